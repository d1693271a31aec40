/**
 * A live region that is always in the page, so screen readers announce the message when it appears.
 */
export function FormError({ message, id }: { message: string | null | undefined; id?: string }) {
  return (
    <div aria-live="assertive" aria-atomic="true" id={id}>
      {message ? <p className="alert alert-error">{message}</p> : null}
    </div>
  );
}

/** Where to go after sign-in: only a path inside this app, never another site. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/sign-in')) return '/';
  return next;
}

export function signInPathFor(pathWithSearch: string): string {
  return pathWithSearch === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(pathWithSearch)}`;
}

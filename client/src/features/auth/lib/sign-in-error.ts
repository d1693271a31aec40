import { describeApiError, type ApiError, type ErrorKey } from '../../../app/errors/api-error';
import { serverMessage, type ServerMessage } from '../../../app/errors/server-message';

export type SignInErrorText =
  | { key: ErrorKey | 'signIn.errors.incorrect' }
  | { key: 'signIn.errors.locked'; minutes: number }
  | { messages: ServerMessage[] };

/**
 * UNAUTHENTICATED from `login` means a wrong email or password, except a lockout, which the server
 * marks with `reason: LOCKED`; BAD_USER_INPUT carries the server's messages, translated by reason.
 */
export function describeSignInError(error: ApiError): SignInErrorText {
  if (error.kind === 'graphql') {
    const { code, extensions, message } = error;
    if (code === 'UNAUTHENTICATED' && extensions.reason === 'LOCKED') {
      const seconds = extensions.retryAfterSeconds;
      if (typeof seconds === 'number' && seconds > 0) {
        return { key: 'signIn.errors.locked', minutes: Math.ceil(seconds / 60) };
      }
      return message ? { messages: [serverMessage(message, null, {})] } : { key: 'errors.generic' };
    }
    if (code === 'UNAUTHENTICATED') return { key: 'signIn.errors.incorrect' };
  }
  return describeApiError(error);
}

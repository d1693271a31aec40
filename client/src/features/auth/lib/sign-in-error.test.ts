import type { ApiError } from '../../../app/errors/api-error';
import { describeSignInError } from './sign-in-error';

const graphql = (code: string, message: string, extensions: Record<string, unknown> = {}): ApiError => ({
  kind: 'graphql',
  code,
  message,
  extensions: { code, ...extensions },
});

describe('describeSignInError', () => {
  it('says the email or password is wrong for UNAUTHENTICATED', () => {
    expect(describeSignInError(graphql('UNAUTHENTICATED', 'Invalid credentials.'))).toEqual({
      key: 'signIn.errors.incorrect',
    });
  });

  it('gives the minutes left of a lockout', () => {
    const locked = graphql('UNAUTHENTICATED', 'Too many failed sign-ins. Try again in 14 minutes.', {
      reason: 'LOCKED',
      retryAfterSeconds: 801,
    });
    expect(describeSignInError(locked)).toEqual({ key: 'signIn.errors.locked', minutes: 14 });
  });

  it("shows the server's lockout message when it gives no time", () => {
    const locked = graphql('UNAUTHENTICATED', 'Too many failed sign-ins.', { reason: 'LOCKED' });
    expect(describeSignInError(locked)).toEqual({ messages: [{ message: 'Too many failed sign-ins.', reason: null, params: {} }] });
  });

  it("shows the server's messages for BAD_USER_INPUT, with their reasons for translation", () => {
    const invalid = graphql('BAD_USER_INPUT', 'Enter a valid email address.', {
      problems: [{ field: 'email', message: 'Enter a valid email address.', reason: 'EMAIL_INVALID', params: {} }],
    });
    expect(describeSignInError(invalid)).toEqual({
      messages: [{ message: 'Enter a valid email address.', reason: 'EMAIL_INVALID', params: {} }],
    });
  });

  it('falls back to the general descriptions', () => {
    expect(describeSignInError({ kind: 'network' })).toEqual({ key: 'errors.network' });
    expect(describeSignInError(graphql('INTERNAL_SERVER_ERROR', 'Internal server error'))).toEqual({
      key: 'errors.generic',
    });
  });
});

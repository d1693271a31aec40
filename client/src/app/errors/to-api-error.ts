import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { fromGraphQLErrors, graphQLErrorsInBody, type ApiError } from './api-error';

/** Turns whatever Apollo threw into an ApiError. */
export function toApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLErrors(error.errors);
  if (ServerError.is(error)) {
    // Request-level failures (e.g. a 400 for invalid variables) still carry GraphQL errors in the body.
    const errors = graphQLErrorsInBody(error.bodyText);
    if (errors) return fromGraphQLErrors(errors);
    return error.statusCode >= 500 ? { kind: 'network' } : { kind: 'unknown', message: error.message };
  }
  if (ServerParseError.is(error)) return { kind: 'network' };
  if (error instanceof TypeError) return { kind: 'network' }; // fetch() rejects with TypeError when offline
  return { kind: 'unknown', message: error instanceof Error ? error.message : String(error) };
}

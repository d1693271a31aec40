import { serverMessage, type ServerMessage } from './server-message';

/** What the UI needs to know about a failed request, independent of Apollo's error classes. */
export type ApiError =
  | {
      kind: 'graphql';
      /** `extensions.code`: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT, … */
      code: string | undefined;
      message: string;
      extensions: Readonly<Record<string, unknown>>;
    }
  | { kind: 'network' }
  | { kind: 'unknown'; message: string };

export interface GraphQLErrorLike {
  message: string;
  extensions?: Readonly<Record<string, unknown>>;
}

export function fromGraphQLErrors(errors: readonly GraphQLErrorLike[]): ApiError {
  const [first] = errors;
  if (!first) return { kind: 'unknown', message: '' };
  const extensions = first.extensions ?? {};
  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  return { kind: 'graphql', code, message: first.message, extensions };
}

/** Reads `{ errors: [...] }` out of a non-2xx response body, if it is a GraphQL response. */
export function graphQLErrorsInBody(bodyText: string): GraphQLErrorLike[] | undefined {
  try {
    const body: unknown = JSON.parse(bodyText);
    if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors)) {
      return undefined;
    }
    const errors: GraphQLErrorLike[] = [];
    for (const item of body.errors as unknown[]) {
      if (typeof item === 'object' && item !== null && 'message' in item && typeof item.message === 'string') {
        const extensions =
          'extensions' in item && typeof item.extensions === 'object' && item.extensions !== null
            ? (item.extensions as Record<string, unknown>)
            : undefined;
        errors.push({ message: item.message, extensions });
      }
    }
    return errors.length > 0 ? errors : undefined;
  } catch {
    return undefined;
  }
}

/** Codes whose server message is written for the user and should be shown (translated when it has a reason). */
const userFacingCodes = new Set(['BAD_USER_INPUT', 'CONFLICT']);

export type ErrorText = { key: ErrorKey } | { messages: ServerMessage[] };
export type ErrorKey =
  | 'errors.network'
  | 'errors.generic'
  | 'errors.notFound'
  | 'errors.forbidden'
  | 'errors.unauthenticated';

/**
 * The messages of a BAD_USER_INPUT or CONFLICT error: one per validation problem
 * (`extensions.problems: [{ field, message, reason?, params? }]`), or the error's own message with
 * `extensions.reason` and `extensions.params`.
 */
export function serverMessages(error: ApiError): ServerMessage[] {
  if (error.kind !== 'graphql') return [];
  const problems = Array.isArray(error.extensions.problems) ? (error.extensions.problems as unknown[]) : [];
  const fromProblems = problems.flatMap((problem): ServerMessage[] => {
    if (typeof problem !== 'object' || problem === null) return [];
    const { message, reason, params } = problem as { message?: unknown; reason?: unknown; params?: unknown };
    return typeof message === 'string' && message ? [serverMessage(message, reason, params)] : [];
  });
  if (fromProblems.length > 0) return fromProblems;
  return error.message ? [serverMessage(error.message, error.extensions.reason, error.extensions.params)] : [];
}

/** Chooses what to tell the user about a failed request. */
export function describeApiError(error: ApiError): ErrorText {
  switch (error.kind) {
    case 'network':
      return { key: 'errors.network' };
    case 'unknown':
      return { key: 'errors.generic' };
    case 'graphql': {
      if (error.code === 'NOT_FOUND') return { key: 'errors.notFound' };
      if (error.code === 'FORBIDDEN') return { key: 'errors.forbidden' };
      if (error.code === 'UNAUTHENTICATED') return { key: 'errors.unauthenticated' };
      const messages = error.code !== undefined && userFacingCodes.has(error.code) ? serverMessages(error) : [];
      return messages.length > 0 ? { messages } : { key: 'errors.generic' };
    }
  }
}

import type { ApiError } from './api-error';
import { serverMessage, type ServerMessage } from './server-message';

/**
 * Per-field messages from a BAD_USER_INPUT or CONFLICT error: the server lists validation problems
 * as `extensions.problems: [{ field, message, reason?, params? }]` and marks a conflict with
 * `extensions.field` (its reason and params beside it). `describe` writes each message for the
 * reader; several messages for one field are joined.
 */
export function fieldErrors(error: ApiError, describe: (message: ServerMessage) => string = (m) => m.message): Record<string, string> {
  if (error.kind !== 'graphql') return {};
  const result: Record<string, string> = {};
  const problems = error.extensions.problems;
  if (Array.isArray(problems)) {
    for (const problem of problems as unknown[]) {
      if (typeof problem !== 'object' || problem === null) continue;
      const { field, message, reason, params } = problem as { field?: unknown; message?: unknown; reason?: unknown; params?: unknown };
      if (typeof field !== 'string' || !field || typeof message !== 'string' || !message) continue;
      const name = field.split('.').at(-1) ?? field;
      const text = describe(serverMessage(message, reason, params));
      result[name] = result[name] ? `${result[name]} ${text}` : text;
    }
  }
  const field = error.extensions.field;
  if (typeof field === 'string' && !result[field] && error.message) {
    result[field] = describe(serverMessage(error.message, error.extensions.reason, error.extensions.params));
  }
  return result;
}

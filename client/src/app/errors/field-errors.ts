import type { ApiError } from './api-error';

/**
 * Per-field messages from a BAD_USER_INPUT or CONFLICT error: the server lists validation problems
 * as `extensions.problems: [{ field, message }]` and marks a conflict with `extensions.field`.
 */
export function fieldErrors(error: ApiError): Record<string, string> {
  if (error.kind !== 'graphql') return {};
  const result: Record<string, string> = {};
  const problems = error.extensions.problems;
  if (Array.isArray(problems)) {
    for (const problem of problems as unknown[]) {
      if (typeof problem !== 'object' || problem === null) continue;
      const field = 'field' in problem && typeof problem.field === 'string' ? problem.field : undefined;
      const message = 'message' in problem && typeof problem.message === 'string' ? problem.message : undefined;
      if (!field || !message) continue;
      const name = field.split('.').at(-1) ?? field;
      result[name] = result[name] ? `${result[name]} ${message}` : message;
    }
  }
  const field = error.extensions.field;
  if (typeof field === 'string' && !result[field] && error.message) result[field] = error.message;
  return result;
}

import { unwrapResolverError } from '@apollo/server/errors';
import { BadRequestException, Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError } from './errors';

const logger = new Logger('GraphQL');

/** GraphQL's own codes for requests that never reached a resolver: passed through as they are. */
const REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * The one place errors become responses: domain errors keep their code and message, validation
 * failures become BAD_USER_INPUT with the fields, and anything unexpected becomes a generic
 * INTERNAL_SERVER_ERROR with a log line. No stack trace ever reaches a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  if (original instanceof BadRequestException) {
    const response = original.getResponse() as { message?: string | string[] };
    const messages = Array.isArray(response.message) ? response.message : [response.message ?? original.message];
    return { ...base, message: messages.join(' '), extensions: { code: 'BAD_USER_INPUT', problems: messages } };
  }
  const code = formatted.extensions?.code;
  const fromResolver = original !== error;
  if (!fromResolver && typeof code === 'string' && REQUEST_CODES.has(code)) {
    return { ...base, extensions: { code } };
  }
  logger.error({ err: original, path: formatted.path }, 'Unexpected error');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

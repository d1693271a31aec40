import { BadRequestException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { BadUserInputError, NotFoundError } from './errors';
import { formatError } from './format-error';

const formatted = { message: 'raw', path: ['person'] };

function fromResolver(error: Error): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, path: ['person'] });
}

describe('formatError', () => {
  it('keeps a domain error’s code, message and details', () => {
    expect(formatError(formatted, fromResolver(new BadUserInputError('Score must be 0..20.', { field: 'score' })))).toMatchObject({
      message: 'Score must be 0..20.',
      extensions: { code: 'BAD_USER_INPUT', field: 'score' },
    });
    expect(formatError(formatted, fromResolver(new NotFoundError('Cohort', 'x'))).extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it('turns a Nest validation failure into BAD_USER_INPUT', () => {
    const result = formatError(formatted, fromResolver(new BadRequestException(['email must be an email'])));
    expect(result).toMatchObject({ message: 'email must be an email', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('hides anything unexpected behind a generic message with no stack', () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'id') at /srv/corridor/dist/x.js:1");
    const result = formatError({ ...formatted, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, fromResolver(error));
    expect(result).toEqual({ message: 'Internal server error', path: ['person'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('passes GraphQL’s own request errors through', () => {
    const error = new GraphQLError('Cannot query field "x" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(formatError({ message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, error).extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});

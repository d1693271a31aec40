import { describeApiError, fromGraphQLErrors, graphQLErrorsInBody, type ApiError, type ErrorText } from './api-error';
import { fieldErrors } from './field-errors';

const graphql = (code: string | undefined, message = 'Server says no.', extensions: Record<string, unknown> = {}): ApiError => ({
  kind: 'graphql',
  code,
  message,
  extensions: { ...(code ? { code } : {}), ...extensions },
});

describe('fromGraphQLErrors', () => {
  it('takes the code and message of the first error', () => {
    expect(
      fromGraphQLErrors([
        { message: 'Person 1 was not found.', extensions: { code: 'NOT_FOUND' } },
        { message: 'Second', extensions: { code: 'FORBIDDEN' } },
      ]),
    ).toEqual({ kind: 'graphql', code: 'NOT_FOUND', message: 'Person 1 was not found.', extensions: { code: 'NOT_FOUND' } });
  });

  it('copes with an error without extensions, and with no errors', () => {
    expect(fromGraphQLErrors([{ message: 'Odd' }])).toMatchObject({ kind: 'graphql', code: undefined });
    expect(fromGraphQLErrors([])).toEqual({ kind: 'unknown', message: '' });
  });
});

describe('graphQLErrorsInBody', () => {
  it('reads errors from a GraphQL response body', () => {
    expect(graphQLErrorsInBody('{"errors":[{"message":"Bad","extensions":{"code":"BAD_USER_INPUT"}}]}')).toEqual([
      { message: 'Bad', extensions: { code: 'BAD_USER_INPUT' } },
    ]);
  });

  it.each(['<html>Bad gateway</html>', '{"data":null}', '{"errors":[]}', '{"errors":[42]}'])('ignores %p', (body) => {
    expect(graphQLErrorsInBody(body)).toBeUndefined();
  });
});

describe('describeApiError', () => {
  const cases: [ApiError, ErrorText][] = [
    [{ kind: 'network' }, { key: 'errors.network' }],
    [{ kind: 'unknown', message: 'boom' }, { key: 'errors.generic' }],
    [graphql('NOT_FOUND'), { key: 'errors.notFound' }],
    [graphql('FORBIDDEN'), { key: 'errors.forbidden' }],
    [graphql('UNAUTHENTICATED'), { key: 'errors.unauthenticated' }],
    [
      graphql('BAD_USER_INPUT', 'Enter a valid email address.'),
      { messages: [{ message: 'Enter a valid email address.', reason: null, params: {} }] },
    ],
    [
      graphql('CONFLICT', 'Another person already uses a@b.org.', { reason: 'EMAIL_TAKEN', params: { email: 'a@b.org' } }),
      { messages: [{ message: 'Another person already uses a@b.org.', reason: 'EMAIL_TAKEN', params: { email: 'a@b.org' } }] },
    ],
    [
      graphql('BAD_USER_INPUT', 'Enter the full name in Latin script. title must be longer than or equal to 3 characters', {
        problems: [
          { field: 'fullName', message: 'Enter the full name in Latin script.', reason: 'FULL_NAME_REQUIRED', params: {} },
          { field: 'title', message: 'title must be longer than or equal to 3 characters', reason: 'TOO_SHORT', params: { min: 3 } },
          'a bare string',
        ],
      }),
      {
        messages: [
          { message: 'Enter the full name in Latin script.', reason: 'FULL_NAME_REQUIRED', params: {} },
          { message: 'title must be longer than or equal to 3 characters', reason: 'TOO_SHORT', params: { min: 3 } },
        ],
      },
    ],
    [graphql('INTERNAL_SERVER_ERROR', 'Internal server error'), { key: 'errors.generic' }],
    [graphql(undefined), { key: 'errors.generic' }],
  ];
  it.each(cases)('describes %p', (error, expected) => {
    expect(describeApiError(error)).toEqual(expected);
  });
});

describe('fieldErrors', () => {
  it('maps validation problems to their fields', () => {
    const error = graphql('BAD_USER_INPUT', 'Enter a valid email address. Bad phone.', {
      problems: [
        { field: 'email', message: 'Enter a valid email address.' },
        { field: 'input.phone', message: 'Bad phone.' },
        { field: 'phone', message: 'Too long.' },
        'a bare string',
      ],
    });
    expect(fieldErrors(error)).toEqual({ email: 'Enter a valid email address.', phone: 'Bad phone. Too long.' });
  });

  it('maps a conflict to its field', () => {
    expect(fieldErrors(graphql('CONFLICT', 'Another person already uses a@b.org.', { field: 'email' }))).toEqual({
      email: 'Another person already uses a@b.org.',
    });
  });

  it('writes each message with the describer given, by its reason and params', () => {
    const error = graphql('BAD_USER_INPUT', 'x', {
      problems: [
        { field: 'input.email', message: 'Enter a valid email address.', reason: 'EMAIL_INVALID', params: {} },
        {
          field: 'position',
          message: 'position must be shorter than or equal to 200 characters',
          reason: 'TOO_LONG',
          params: { max: 200 },
        },
      ],
    });
    const describe = (m: { message: string; reason: string | null; params: Record<string, string | number> }) =>
      `${m.reason}${JSON.stringify(m.params)}`;
    expect(fieldErrors(error, describe)).toEqual({ email: 'EMAIL_INVALID{}', position: 'TOO_LONG{"max":200}' });
    const conflict = graphql('CONFLICT', 'Another person already uses a@b.org.', {
      field: 'email',
      reason: 'EMAIL_TAKEN',
      params: { email: 'a@b.org' },
    });
    expect(fieldErrors(conflict, describe)).toEqual({ email: 'EMAIL_TAKEN{"email":"a@b.org"}' });
  });

  it('has nothing for other errors', () => {
    expect(fieldErrors({ kind: 'network' })).toEqual({});
    expect(fieldErrors(graphql('NOT_FOUND'))).toEqual({});
  });
});

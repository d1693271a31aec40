import type { MockedResponse } from '@apollo/client/testing';
import { CurrentUserQuery } from '../../auth/graphql/current-user';

/** The signed-in user the screens ask for (the shell's query). */
export function currentUserMock(roles: ('VIEWER' | 'COORDINATOR' | 'ADMIN')[]): MockedResponse {
  return {
    request: { query: CurrentUserQuery },
    result: {
      data: {
        me: { __typename: 'User', id: 'u1', email: 'someone@corridor.test', roles, person: null },
      },
    },
  };
}

export const value = (value: number | null, people: number | null, suppressed = false) => ({
  __typename: 'ReportValue' as const,
  value,
  people,
  suppressed,
});

export const cell = (key: string, value: number | null, people: number | null, suppressed = false, label = key) => ({
  __typename: 'ReportCell' as const,
  key,
  label,
  value,
  people,
  suppressed,
});

import { useQuery } from '@apollo/client/react';
import type { Role } from '../../../gql/graphql';
import { CurrentUserQuery } from '../graphql/current-user';

export function useCurrentUser() {
  const result = useQuery(CurrentUserQuery);
  const user = result.data?.me ?? null;
  return { ...result, user };
}

export function hasAnyRole(userRoles: readonly Role[] | undefined, wanted: readonly Role[]): boolean {
  return userRoles?.some((role) => wanted.includes(role)) ?? false;
}

/** Roles that run the programme: people, organisations, nominee import. */
export const staffRoles: readonly Role[] = ['ADMIN', 'COORDINATOR'];

/** Roles that teach or run cohorts: the cohorts, attendance, gradebook and review screens. */
export const teachingRoles: readonly Role[] = ['ADMIN', 'COORDINATOR', 'TRAINER'];

import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { CreatePersonMutation, UpdatePersonMutation } from '../graphql/people';

/**
 * A saved person may enter or leave any filtered list and change an organisation's head count, so
 * the lists are dropped from the cache and load again when next shown.
 */
export function evictPeopleLists(cache: ApolloCache, organisationIds: readonly (string | null | undefined)[]): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'people' });
  for (const id of organisationIds) {
    if (id) cache.evict({ id: cache.identify({ __typename: 'Organisation', id }), fieldName: 'peopleCount' });
  }
  cache.gc();
}

export function useCreatePerson() {
  return useMutation(CreatePersonMutation, {
    update(cache, _result, { variables }) {
      evictPeopleLists(cache, [variables?.input.organisationId]);
    },
  });
}

export function useUpdatePerson(previousOrganisationId: string | null | undefined) {
  return useMutation(UpdatePersonMutation, {
    update(cache, _result, { variables }) {
      evictPeopleLists(cache, [previousOrganisationId, variables?.input.organisationId]);
    },
  });
}

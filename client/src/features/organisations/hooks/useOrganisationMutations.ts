import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { CreateOrganisationMutation, UpdateOrganisationMutation } from '../graphql/organisations';

/** A saved organisation may enter or leave any filtered list (and people lists filter by its type). */
function evictOrganisationLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'organisations' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'people' });
  cache.gc();
}

export function useCreateOrganisation() {
  return useMutation(CreateOrganisationMutation, { update: evictOrganisationLists });
}

export function useUpdateOrganisation() {
  return useMutation(UpdateOrganisationMutation, { update: evictOrganisationLists });
}

import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import {
  MarkSmesDistinctMutation,
  MergeSmesMutation,
  RecordSmeSupportMutation,
  RemoveSmeSupportMutation,
  SmeDuplicatesQuery,
  UpdateSmeMutation,
} from '../graphql/smes';

/** Which SME a cached support record belongs to, read before the record is dropped. */
const SupportSmeFragment = graphql(`
  fragment SmeMutations_supportSme on SmeSupport {
    id
    sme {
      id
    }
  }
`);

/** Root lists that a new, changed or merged SME may enter or leave: they load again when next shown. */
function evictSmeLists(cache: ApolloCache, fields: readonly ('smes' | 'smeMatches' | 'smeDuplicates')[]): void {
  for (const fieldName of fields) cache.evict({ id: 'ROOT_QUERY', fieldName });
}

/** An SME's computed fields (its support and how many leaders gave it) are worked out by the server. */
function evictSmeSupportFields(cache: ApolloCache, smeId: string | undefined): void {
  if (!smeId) return;
  const id = cache.identify({ __typename: 'Sme', id: smeId });
  cache.evict({ id, fieldName: 'supports' });
  cache.evict({ id, fieldName: 'leaderCount' });
}

/** Drops the candidate pairs the decision settled from every cached page of possible duplicates. */
function dropPairs(cache: ApolloCache, settled: (firstId: string, secondId: string) => boolean): void {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      smeDuplicates(existing, { readField }) {
        if (!Array.isArray(existing)) return existing as Reference;
        // Candidates have no id of their own: each is stored inline, with references to its two SMEs.
        return (existing as readonly { first?: Reference; second?: Reference }[]).filter((pair) => {
          const first = readField<string>('id', pair.first);
          const second = readField<string>('id', pair.second);
          return !(first && second && settled(first, second));
        });
      },
    },
  });
}

export function useRecordSmeSupport(progressReportId: string) {
  return useMutation(RecordSmeSupportMutation, {
    update(cache, { data }) {
      const support = data?.recordSmeSupport.support;
      if (!support) return;
      // The record joins the report's list at once, from the payload.
      cache.modify({
        id: cache.identify({ __typename: 'ProgressReport', id: progressReportId }),
        fields: {
          smeSupports(existing: readonly Reference[] = [], { readField, toReference }) {
            if (existing.some((ref) => readField('id', ref) === support.id)) return existing;
            const ref = toReference({ __typename: 'SmeSupport', id: support.id });
            return ref ? [...existing, ref] : existing;
          },
        },
      });
      evictSmeSupportFields(cache, support.sme.id);
      // A new SME may now match what the next leader types, and may pair with another as a duplicate.
      evictSmeLists(cache, ['smes', 'smeMatches', 'smeDuplicates']);
      cache.gc();
    },
  });
}

export function useRemoveSmeSupport(progressReportId: string) {
  return useMutation(RemoveSmeSupportMutation, {
    update(cache, _result, { variables }) {
      const supportId = variables?.input.supportId;
      if (!supportId) return;
      const id = cache.identify({ __typename: 'SmeSupport', id: supportId });
      const cached = id ? cache.readFragment({ id, fragment: SupportSmeFragment }) : null;
      cache.modify({
        id: cache.identify({ __typename: 'ProgressReport', id: progressReportId }),
        fields: {
          smeSupports(existing: readonly Reference[] = [], { readField }) {
            return existing.filter((ref) => readField('id', ref) !== supportId);
          },
        },
      });
      cache.evict({ id });
      evictSmeSupportFields(cache, cached?.sme.id);
      evictSmeLists(cache, ['smes']);
      cache.gc();
    },
  });
}

export function useUpdateSme() {
  return useMutation(UpdateSmeMutation, {
    update(cache) {
      // A changed name, province or phone can move the SME in or out of filtered lists and pairs.
      evictSmeLists(cache, ['smes', 'smeMatches', 'smeDuplicates']);
      cache.gc();
    },
  });
}

export function useMergeSmes() {
  return useMutation(MergeSmesMutation, {
    update(cache, _result, { variables }) {
      const merged = new Set(variables?.input.mergeIds ?? []);
      // Every pair with a merged record is settled; the kept record may pair anew, hence the refetch below.
      dropPairs(cache, (first, second) => merged.has(first) || merged.has(second));
      for (const smeId of merged) {
        const id = cache.identify({ __typename: 'Sme', id: smeId });
        cache.evict({ id, fieldName: 'mergedInto' });
        cache.evict({ id, fieldName: 'supports' });
        cache.evict({ id, fieldName: 'leaderCount' });
      }
      evictSmeLists(cache, ['smes', 'smeMatches']);
    },
    refetchQueries: [SmeDuplicatesQuery],
  });
}

export function useMarkSmesDistinct() {
  return useMutation(MarkSmesDistinctMutation, {
    update(cache, _result, { variables }) {
      if (!variables) return;
      const { firstId, secondId } = variables.input;
      dropPairs(cache, (first, second) => (first === firstId && second === secondId) || (first === secondId && second === firstId));
    },
  });
}

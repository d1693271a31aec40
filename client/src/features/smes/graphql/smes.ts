import { graphql } from '../../../gql';

export const SMES_PAGE_SIZE = 25;
export const DUPLICATES_PAGE_SIZE = 20;

/** The leader's own country and province: a new SME starts there. */
export const SmeLeaderDefaultsQuery = graphql(`
  query SmeLeaderDefaults {
    me {
      id
      person {
        id
        countryCode
        province
      }
    }
  }
`);

/** SMEs already recorded that look like the one being typed. */
export const SmeMatchesQuery = graphql(`
  query SmeMatches($input: SmeMatchInput!) {
    smeMatches(input: $input) {
      sme {
        id
      }
      ...SmeMatchList_match
    }
  }
`);

export const SmesListQuery = graphql(`
  query SmesList($filter: SmesFilter, $first: Int, $after: String) {
    smes(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...SmesTable_sme
        }
      }
    }
  }
`);

export const SmeDetailPageQuery = graphql(`
  query SmeDetailPage($id: ID!) {
    sme(id: $id) {
      id
      name
      ...SmeDetails_sme
      ...SmeEditForm_sme
      ...SmeSupportsTable_sme
    }
  }
`);

export const SmeDuplicatesQuery = graphql(`
  query SmeDuplicates($first: Int) {
    smeDuplicates(first: $first) {
      first {
        id
      }
      second {
        id
      }
      ...DuplicatePair_candidate
    }
  }
`);

export const RecordSmeSupportMutation = graphql(`
  mutation RecordSmeSupport($input: RecordSmeSupportInput!) {
    recordSmeSupport(input: $input) {
      support {
        id
        sme {
          id
          name
        }
        # With support recorded, a report's SMEs reached is the count of its distinct SMEs.
        progressReport {
          id
          smesReached
        }
        ...SmeSupportItem_support
      }
      possibleDuplicates {
        sme {
          id
        }
        ...SmeMatchList_match
      }
    }
  }
`);

export const RemoveSmeSupportMutation = graphql(`
  mutation RemoveSmeSupport($input: RemoveSmeSupportInput!) {
    removeSmeSupport(input: $input) {
      removedId
      progressReport {
        id
        smesReached
      }
    }
  }
`);

// The payload selects every fragment that shows an SME, so all screens update from the cache.
export const UpdateSmeMutation = graphql(`
  mutation UpdateSme($input: UpdateSmeInput!) {
    updateSme(input: $input) {
      sme {
        id
        ...SmeDetails_sme
        ...SmeEditForm_sme
        ...SmesTable_sme
      }
    }
  }
`);

export const MergeSmesMutation = graphql(`
  mutation MergeSmes($input: MergeSmesInput!) {
    mergeSmes(input: $input) {
      sme {
        id
        name
        ...SmesTable_sme
        ...SmeSupportsTable_sme
      }
    }
  }
`);

export const MarkSmesDistinctMutation = graphql(`
  mutation MarkSmesDistinct($input: MarkSmesDistinctInput!) {
    markSmesDistinct(input: $input) {
      first {
        id
      }
      second {
        id
      }
    }
  }
`);

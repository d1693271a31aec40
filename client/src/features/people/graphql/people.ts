import { graphql } from '../../../gql';

export const PEOPLE_PAGE_SIZE = 25;

export const PeopleListQuery = graphql(`
  query PeopleList($filter: PeopleFilter, $first: Int, $after: String) {
    people(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...PeopleTable_person
        }
      }
    }
  }
`);

export const PersonDetailPageQuery = graphql(`
  query PersonDetailPage($id: ID!) {
    person(id: $id) {
      id
      fullName
      ...PersonDetails_person
    }
  }
`);

export const PersonEditPageQuery = graphql(`
  query PersonEditPage($id: ID!) {
    person(id: $id) {
      id
      fullName
      ...PersonForm_person
    }
  }
`);

export const OrganisationOptionsQuery = graphql(`
  query OrganisationOptions($filter: OrganisationsFilter) {
    organisations(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

// Payloads select every fragment that shows a person, so all screens update from the cache.
export const CreatePersonMutation = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      person {
        id
        ...PersonDetails_person
        ...PersonForm_person
        ...PeopleTable_person
      }
    }
  }
`);

export const UpdatePersonMutation = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      person {
        id
        ...PersonDetails_person
        ...PersonForm_person
        ...PeopleTable_person
      }
    }
  }
`);

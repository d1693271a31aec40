import { graphql } from '../../../gql';

export const ORGANISATIONS_PAGE_SIZE = 25;

export const OrganisationsListQuery = graphql(`
  query OrganisationsList($filter: OrganisationsFilter, $first: Int, $after: String) {
    organisations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...OrganisationsTable_organisation
        }
      }
    }
  }
`);

export const OrganisationDetailPageQuery = graphql(`
  query OrganisationDetailPage($id: ID!, $peopleFirst: Int) {
    organisation(id: $id) {
      id
      name
      ...OrganisationDetails_organisation
    }
    people(filter: { organisationId: $id }, first: $peopleFirst) {
      totalCount
      edges {
        node {
          id
          ...PeopleTable_person
        }
      }
    }
  }
`);

export const OrganisationEditPageQuery = graphql(`
  query OrganisationEditPage($id: ID!) {
    organisation(id: $id) {
      id
      name
      ...OrganisationForm_organisation
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      organisation {
        id
        ...OrganisationDetails_organisation
        ...OrganisationForm_organisation
        ...OrganisationsTable_organisation
      }
    }
  }
`);

export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      organisation {
        id
        ...OrganisationDetails_organisation
        ...OrganisationForm_organisation
        ...OrganisationsTable_organisation
      }
    }
  }
`);

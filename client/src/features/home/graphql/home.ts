import { graphql } from '../../../gql';

export const HomePageQuery = graphql(`
  query HomePage {
    me {
      id
      email
      roles
      person {
        id
        fullName
        ...ProfileSummary_person
      }
    }
    courses {
      id
      ...CourseCatalogue_course
      ...ProgrammeSummary_course
    }
  }
`);

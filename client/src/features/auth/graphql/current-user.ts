import { graphql } from '../../../gql';

/** Who is signed in: the shell, the route guards and the home page all read this one cached query. */
export const CurrentUserQuery = graphql(`
  query CurrentUser {
    me {
      id
      email
      roles
      person {
        id
        fullName
      }
    }
  }
`);

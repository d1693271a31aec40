import { graphql } from '../../../gql';

// The server answers `login` with an httpOnly session cookie; the token in the payload is not needed here.
export const SignInMutation = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      user {
        id
        email
        roles
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    logout
  }
`);

import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { relayStylePagination } from '@apollo/client/utilities';
import { currentLanguage } from './i18n';

export function createApolloClient(): ApolloClient {
  // The server resolves localised fields (course titles, objectives, lesson text) from this header.
  const language = new SetContextLink((previous) => {
    const headers = (previous.headers ?? {}) as Record<string, string>;
    return { headers: { ...headers, 'Accept-Language': currentLanguage() } };
  });
  // The session is an httpOnly cookie set by `login`; the browser sends it, the client never sees it.
  const http = new HttpLink({ uri: '/graphql', credentials: 'include' });

  return new ApolloClient({
    link: ApolloLink.from([language, http]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            // Each filter (and page size) is its own list; "load more" appends pages to it.
            people: relayStylePagination(['filter', 'first']),
            organisations: relayStylePagination(['filter', 'first']),
          },
        },
        // One per enrolment and without an id: screens that read different parts of it share it.
        EnrolmentProgress: { merge: true },
        // A cohort's change history pages with "load more", like the lists above.
        Cohort: { fields: { history: relayStylePagination(['first']) } },
      },
    }),
  });
}

import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import {
  CertificateEligibilityQuery,
  CohortCertificatesQuery,
  ReissueCertificateMutation,
  RevokeCertificateMutation,
  StartCertificateIssueMutation,
} from '../graphql/certificates';

/** The public verification of a code answers from the cache otherwise, with the status it had. */
function evictVerifications(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'verifyCertificate' });
  cache.gc();
}

export function useStartCertificateIssue() {
  return useMutation(StartCertificateIssueMutation);
}

/**
 * Revoking changes the certificate itself, which comes back whole and updates in place, and moves
 * its holder in the eligibility preview (out of "already certified").
 */
export function useRevokeCertificate(cohortId: string) {
  return useMutation(RevokeCertificateMutation, {
    refetchQueries: [{ query: CertificateEligibilityQuery, variables: { cohortId } }],
    update(cache) {
      evictVerifications(cache);
    },
  });
}

/**
 * Re-issuing adds a certificate to the cohort and supersedes the old one: the cohort's list is
 * fetched again, and the enrolment's certificate (now the new one) reloads where it is shown.
 */
export function useReissueCertificate(cohortId: string) {
  return useMutation(ReissueCertificateMutation, {
    refetchQueries: [
      { query: CohortCertificatesQuery, variables: { id: cohortId } },
      { query: CertificateEligibilityQuery, variables: { cohortId } },
    ],
    awaitRefetchQueries: true,
    update(cache, { data }) {
      const enrolmentId = data?.reissueCertificate.certificate.enrolment.id;
      if (enrolmentId) cache.evict({ id: cache.identify({ __typename: 'Enrolment', id: enrolmentId }), fieldName: 'certificate' });
      evictVerifications(cache);
    },
  });
}

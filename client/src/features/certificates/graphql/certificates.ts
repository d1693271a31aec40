import { graphql } from '../../../gql';

/** The cohort's Certificates tab: every certificate issued in it (the layout shows the cohort's header). */
export const CohortCertificatesQuery = graphql(`
  query CohortCertificates($id: ID!) {
    cohort(id: $id) {
      id
      title
      certificates {
        id
        status
        ...CertificatesTable_certificate
      }
    }
  }
`);

/** Who qualifies; for the others, the figures of each unmet rule to say it in the reader's language. */
export const CertificateEligibilityQuery = graphql(`
  query CertificateEligibility($cohortId: ID!) {
    certificateEligibility(cohortId: $cohortId) {
      eligible
      ...EligibilityPreview_line
    }
  }
`);

export const StartCertificateIssueMutation = graphql(`
  mutation StartCertificateIssue($input: IssueCertificatesInput!) {
    startCertificateIssue(input: $input) {
      job {
        id
        ...IssueProgress_job
      }
    }
  }
`);

export const CertificateIssueJobQuery = graphql(`
  query CertificateIssueJob($id: ID!) {
    certificateIssueJob(id: $id) {
      id
      state
      ...IssueProgress_job
    }
  }
`);

export const RevokeCertificateMutation = graphql(`
  mutation RevokeCertificate($input: RevokeCertificateInput!) {
    revokeCertificate(input: $input) {
      certificate {
        id
        ...CertificatesTable_certificate
        ...CertificateLinks_certificate
      }
    }
  }
`);

export const ReissueCertificateMutation = graphql(`
  mutation ReissueCertificate($input: ReissueCertificateInput!) {
    reissueCertificate(input: $input) {
      certificate {
        id
        serial
        enrolment {
          id
        }
        ...CertificatesTable_certificate
      }
    }
  }
`);

/** The trainee's certificates: one per enrolment at most (the valid one, else the latest). */
export const MyCertificatesQuery = graphql(`
  query MyCertificates {
    myEnrolments {
      id
      cohort {
        id
        title
        startsOn
        endsOn
        course {
          id
          title
        }
      }
      certificate {
        id
        issuedAt
        ...MyCertificate_certificate
      }
    }
  }
`);

/** Public: what the certificate with this code certifies. */
export const VerifyCertificateQuery = graphql(`
  query VerifyCertificate($code: String!) {
    verifyCertificate(code: $code) {
      code
      found
      status
      serial
      pdfSha256
      ...VerificationResult_verification
    }
  }
`);

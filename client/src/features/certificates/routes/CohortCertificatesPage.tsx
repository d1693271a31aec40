import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { getFragmentData } from '../../../gql';
import { CertificatesTable } from '../components/CertificatesTable';
import { EligibilityPreview, EligibilityPreviewFragment } from '../components/EligibilityPreview';
import { IssueCertificatesPanel } from '../components/IssueCertificatesPanel';
import { CertificateEligibilityQuery, CohortCertificatesQuery } from '../graphql/certificates';
import { groupEligibility } from '../lib/eligibility';
import { cohortZipPath } from '../lib/urls';
import '../certificates.css';

/**
 * /cohorts/:cohortId/certificates, the cohort page's Certificates tab (coordinators and admins):
 * who qualifies, issuing in one batch with progress, and the certificates issued. The cohort's
 * header and tabs come from the teaching feature's CohortLayout.
 */
export default function CohortCertificatesPage() {
  const { t } = useTranslation();
  const { cohortId = '' } = useParams();
  const cohortQuery = useQuery(CohortCertificatesQuery, { variables: { id: cohortId }, fetchPolicy: 'cache-and-network' });
  const eligibilityQuery = useQuery(CertificateEligibilityQuery, { variables: { cohortId }, fetchPolicy: 'cache-and-network' });
  const cohort = cohortQuery.data?.cohort;
  useDocumentTitle(cohort ? t('certificates.cohort.documentTitle', { cohort: cohort.title }) : t('certificates.cohort.title'));

  const refetchCohort = cohortQuery.refetch;
  const refetchEligibility = eligibilityQuery.refetch;
  const reload = useCallback(() => {
    void refetchCohort();
    void refetchEligibility();
  }, [refetchCohort, refetchEligibility]);

  if (!cohortQuery.data) {
    if (cohortQuery.loading) return <Loading />;
    if (cohortQuery.error) return <ErrorMessage error={cohortQuery.error} onRetry={() => void cohortQuery.refetch()} />;
    return null;
  }
  // The layout says when there is no such cohort.
  if (!cohort) return null;

  const lines = eligibilityQuery.data?.certificateEligibility ?? [];
  // Exactly the people the preview lists as qualifying: what the coordinator confirms is what is issued.
  const eligibleIds = groupEligibility(getFragmentData(EligibilityPreviewFragment, lines)).eligible.map((line) => line.enrolment.id);
  const valid = cohort.certificates.filter((certificate) => certificate.status === 'VALID').length;

  return (
    <div className="certificates-tab">
      <section aria-labelledby="certificates-issue" className="certificates-section">
        <h2 id="certificates-issue">{t('certificates.preview.title')}</h2>
        <p className="lead">{t('certificates.preview.intro')}</p>
        {eligibilityQuery.error && !eligibilityQuery.data ? (
          <ErrorMessage error={eligibilityQuery.error} onRetry={() => void eligibilityQuery.refetch()} />
        ) : null}
        {!eligibilityQuery.data && eligibilityQuery.loading ? <Loading /> : null}
        {eligibilityQuery.data ? (
          <EligibilityPreview
            cohortId={cohort.id}
            lines={lines}
            action={<IssueCertificatesPanel cohortId={cohort.id} enrolmentIds={eligibleIds} onFinished={reload} />}
          />
        ) : null}
      </section>

      <section aria-labelledby="certificates-list" className="certificates-section">
        <div className="section-heading">
          <h2 id="certificates-list">{t('certificates.list.heading', { count: cohort.certificates.length })}</h2>
          {valid > 0 && (
            <a href={cohortZipPath(cohort.id)} className="button-secondary" download>
              {t('certificates.list.zip')}
            </a>
          )}
        </div>
        {valid > 0 && <p className="hint">{t('certificates.list.zipHint', { count: valid })}</p>}
        {cohort.certificates.length === 0 ? (
          <p>{t('certificates.list.empty')}</p>
        ) : (
          <CertificatesTable cohortId={cohort.id} certificates={cohort.certificates} />
        )}
      </section>
    </div>
  );
}

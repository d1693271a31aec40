import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { MyCertificate } from '../components/MyCertificate';
import { MyCertificatesQuery } from '../graphql/certificates';
import '../certificates.css';

/** /learning/certificates: every certificate the trainee holds, newest first, to download and share. */
export default function MyCertificatesPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  useDocumentTitle(t('certificates.mine.title'));
  const { data, loading, error, refetch } = useQuery(MyCertificatesQuery, { fetchPolicy: 'cache-and-network' });

  if (!data) {
    if (loading) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return null;
  }
  const held = data.myEnrolments
    .flatMap((enrolment) => (enrolment.certificate ? [{ enrolment, certificate: enrolment.certificate }] : []))
    .sort((a, b) => b.certificate.issuedAt.localeCompare(a.certificate.issuedAt));

  return (
    <section className="page my-certificates-page">
      <p className="breadcrumb">
        <Link to="/learning">{t('learning.back')}</Link>
      </p>
      <h1>{t('certificates.mine.title')}</h1>
      <p className="lead">{t('certificates.mine.intro')}</p>
      {held.length === 0 ? (
        <p className="notice">{t('certificates.mine.empty')}</p>
      ) : (
        <ul className="certificate-cards">
          {held.map(({ enrolment, certificate }) => (
            <li key={certificate.id} className="card" data-testid="certificate-card">
              <p className="eyebrow">{enrolment.cohort.course.title}</p>
              <h2>
                <Link to={`/learning/${enrolment.id}`}>{enrolment.cohort.title}</Link>
              </h2>
              <p className="meta">
                {t('certificates.cohort.dates', {
                  start: format.date(enrolment.cohort.startsOn),
                  end: format.date(enrolment.cohort.endsOn),
                })}
              </p>
              <MyCertificate certificate={certificate} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

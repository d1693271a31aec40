import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { sumHours } from '../../../app/format';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { CertificateStatus } from '../../../gql/graphql';
import { scriptLanguage } from '../lib/script';
import { statusPresentation } from '../lib/status';
import { verifyPath } from '../lib/urls';

export const VerificationResultFragment = graphql(`
  fragment VerificationResult_verification on CertificateVerification {
    code
    serial
    holderName
    holderNativeName
    courseTitle
    modules {
      title
      hours
    }
    startsOn
    endsOn
    attendanceRate
    issuer
    issuedAt
    revokedAt
    revocationReason
    supersededByCode
    pdfUrl
  }
`);

/** Every certified fact of a found certificate, under its status in large type. */
export function VerificationResult({
  verification: verificationRef,
  status,
}: {
  verification: FragmentType<typeof VerificationResultFragment>;
  /** Passed in, not defaulted: the page never guesses a status it was not told. */
  status: CertificateStatus;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const verification = getFragmentData(VerificationResultFragment, verificationRef);
  const look = statusPresentation(status);
  const modules = verification.modules ?? [];
  const issuer = verification.issuer ?? '';

  return (
    <>
      <div className={`verify-status verify-status-${look.tone}`} data-testid="verify-status" data-status={status}>
        <span className="verify-icon" aria-hidden="true">
          {look.icon}
        </span>
        <div className="verify-status-text">
          <h1>{t(`certificates.verify.headline.${status}`)}</h1>
          {status === 'VALID' && <p>{t('certificates.verify.validBody', { issuer })}</p>}
          {status === 'REVOKED' && (
            <>
              <p>
                {verification.revokedAt
                  ? t('certificates.verify.revokedOn', { date: format.date(verification.revokedAt) })
                  : t('certificates.verify.revokedBody')}
              </p>
              {verification.revocationReason ? (
                <p className="verify-reason" data-testid="revocation-reason">
                  {t('certificates.verify.reason', { reason: verification.revocationReason })}
                </p>
              ) : null}
            </>
          )}
          {status === 'SUPERSEDED' && (
            <>
              <p>{t('certificates.verify.supersededBody')}</p>
              {verification.supersededByCode ? (
                <p>
                  <Link to={verifyPath(verification.supersededByCode)} className="verify-successor">
                    {t('certificates.verify.successor')}
                  </Link>
                </p>
              ) : null}
            </>
          )}
        </div>
      </div>

      <article className="card verify-facts" aria-labelledby="verify-holder">
        <p className="verify-label">{t('certificates.verify.certifies')}</p>
        <h2 id="verify-holder" className="verify-holder" data-testid="verify-holder">
          <span className="holder-latin">{verification.holderName}</span>
          {verification.holderNativeName ? (
            <span className="holder-native" lang={scriptLanguage(verification.holderNativeName)}>
              {verification.holderNativeName}
            </span>
          ) : null}
        </h2>
        <p className="verify-label">{t('certificates.verify.completed')}</p>
        <p className="verify-course" lang="en">
          {verification.courseTitle}
        </p>

        <dl className="details verify-details">
          {verification.startsOn && verification.endsOn ? (
            <>
              <dt>{t('certificates.verify.dates')}</dt>
              <dd>
                {t('certificates.cohort.dates', { start: format.date(verification.startsOn), end: format.date(verification.endsOn) })}
              </dd>
            </>
          ) : null}
          {verification.attendanceRate != null ? (
            <>
              <dt>{t('certificates.verify.attendance')}</dt>
              <dd>{format.percent(verification.attendanceRate)}</dd>
            </>
          ) : null}
          {modules.length > 0 ? (
            <>
              <dt>{t('certificates.verify.modules')}</dt>
              <dd>
                <ol className="verify-modules">
                  {modules.map((module, index) => (
                    <li key={index}>
                      <span lang="en">{module.title}</span>
                      <span className="verify-hours">{t('certificates.verify.hours', { hours: format.hours(module.hours) })}</span>
                    </li>
                  ))}
                </ol>
                <p className="verify-total">
                  {t('certificates.verify.totalHours', { hours: format.hours(sumHours(modules.map((module) => module.hours))) })}
                </p>
              </dd>
            </>
          ) : null}
          {issuer ? (
            <>
              <dt>{t('certificates.verify.issuer')}</dt>
              <dd>{issuer}</dd>
            </>
          ) : null}
          {verification.issuedAt ? (
            <>
              <dt>{t('certificates.verify.issuedOn')}</dt>
              <dd>{format.date(verification.issuedAt)}</dd>
            </>
          ) : null}
          <dt>{t('certificates.verify.serial')}</dt>
          <dd className="serial" data-testid="verify-serial">
            {verification.serial}
          </dd>
        </dl>
        {verification.pdfUrl ? (
          <p>
            <a href={verification.pdfUrl} className="button-secondary" target="_blank" rel="noopener">
              {t('certificates.verify.viewPdf')}
            </a>
          </p>
        ) : null}
      </article>
    </>
  );
}

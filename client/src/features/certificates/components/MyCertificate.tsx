import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { CertificateLinks } from './CertificateLinks';
import { CertificateStatusBadge } from './CertificateStatusBadge';

export const MyCertificateFragment = graphql(`
  fragment MyCertificate_certificate on Certificate {
    id
    serial
    status
    issuedAt
    revokedAt
    revocationReason
    ...CertificateLinks_certificate
  }
`);

/**
 * A trainee's own certificate: serial, status and date; while valid, the PDF, the credential and
 * the verify link to share; once revoked, the reason instead.
 */
export function MyCertificate({ certificate: certificateRef }: { certificate: FragmentType<typeof MyCertificateFragment> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const certificate = getFragmentData(MyCertificateFragment, certificateRef);
  return (
    <div className={`my-certificate my-certificate-${certificate.status.toLowerCase()}`} data-testid="my-certificate">
      <p className="status-line">
        <span className="my-certificate-title">{t('certificates.mine.certificate', { serial: certificate.serial })}</span>
        <CertificateStatusBadge status={certificate.status} />
      </p>
      <p className="meta">{t('certificates.mine.issuedOn', { date: format.date(certificate.issuedAt) })}</p>
      {certificate.status === 'VALID' && <CertificateLinks certificate={certificate} />}
      {certificate.status === 'REVOKED' && (
        <p className="status-reason-block">
          {certificate.revokedAt ? t('certificates.mine.revokedOn', { date: format.date(certificate.revokedAt) }) : null}{' '}
          {certificate.revocationReason ? t('certificates.mine.reason', { reason: certificate.revocationReason }) : null}
        </p>
      )}
      {certificate.status === 'SUPERSEDED' && <p className="status-reason-block">{t('certificates.mine.superseded')}</p>}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { verifyPath } from '../lib/urls';
import { CopyLinkButton } from './CopyLinkButton';
import '../certificates.css';

export const CertificateLinksFragment = graphql(`
  fragment CertificateLinks_certificate on Certificate {
    id
    serial
    verificationCode
    pdfUrl
    credentialUrl
    verifyUrl
  }
`);

/**
 * The PDF, the signed credential and the verify link of one certificate. `full` (the trainee's
 * own) uses buttons; `compact` (a row of the coordinator's list) uses short links, each named
 * with the serial for screen readers.
 */
export function CertificateLinks({
  certificate: certificateRef,
  variant = 'full',
}: {
  certificate: FragmentType<typeof CertificateLinksFragment>;
  variant?: 'full' | 'compact';
}) {
  const { t } = useTranslation();
  const certificate = getFragmentData(CertificateLinksFragment, certificateRef);
  const serial = <span className="visually-hidden"> {certificate.serial}</span>;

  if (variant === 'compact') {
    return (
      <ul className="link-list">
        <li>
          <a href={certificate.pdfUrl} target="_blank" rel="noopener">
            {t('certificates.links.pdfShort')}
            {serial}
          </a>
        </li>
        <li>
          <a href={certificate.credentialUrl} download={`${certificate.serial}.jwt`}>
            {t('certificates.links.credential')}
            {serial}
          </a>
        </li>
        <li>
          <Link to={verifyPath(certificate.verificationCode)}>
            {t('certificates.links.verifyPage')}
            {serial}
          </Link>
        </li>
        <li>
          <CopyLinkButton
            url={certificate.verifyUrl}
            label={
              <>
                {t('certificates.links.copyShort')}
                {serial}
              </>
            }
            className="button-link"
          />
        </li>
      </ul>
    );
  }

  return (
    <div className="certificate-links">
      <div className="actions">
        <a href={certificate.pdfUrl} download={`${certificate.serial}.pdf`} className="button-primary">
          {t('certificates.links.pdf')}
        </a>
        <a href={certificate.credentialUrl} download={`${certificate.serial}.jwt`} className="button-secondary">
          {t('certificates.links.credentialDownload')}
        </a>
        <CopyLinkButton url={certificate.verifyUrl} label={t('certificates.links.copyVerify')} />
      </div>
      <p className="meta verify-link">
        {t('certificates.links.verifyLink')}{' '}
        <Link to={verifyPath(certificate.verificationCode)} data-testid="verify-link">
          {certificate.verifyUrl}
        </Link>
      </p>
      <p className="hint">{t('certificates.links.credentialHint')}</p>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { canChange } from '../lib/status';
import { verifyPath } from '../lib/urls';
import { CertificateActionDialog, type CertificateAction } from './CertificateActionDialog';
import { CertificateLinks } from './CertificateLinks';
import { CertificateStatusBadge } from './CertificateStatusBadge';
import { HolderName } from './HolderName';

export const CertificatesTableFragment = graphql(`
  fragment CertificatesTable_certificate on Certificate {
    id
    serial
    status
    issuedAt
    revokedAt
    revocationReason
    supersededBy {
      id
      serial
      verificationCode
    }
    person {
      id
      fullName
      nativeName
    }
    ...CertificateLinks_certificate
  }
`);

/** A cohort's certificates by serial: holder, status, links, and revoke or re-issue for valid ones. */
export function CertificatesTable({
  cohortId,
  certificates: certificateRefs,
}: {
  cohortId: string;
  certificates: readonly FragmentType<typeof CertificatesTableFragment>[];
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const certificates = getFragmentData(CertificatesTableFragment, certificateRefs);
  const [acting, setActing] = useState<{ action: CertificateAction; id: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const chosen = acting ? certificates.find((certificate) => certificate.id === acting.id) : undefined;

  return (
    <>
      <div aria-live="polite">{done ? <p className="alert alert-success">{done}</p> : null}</div>
      <div className="table-scroll stack-on-phone" role="region" aria-label={t('certificates.list.title')} tabIndex={0}>
        <table className="data-table certificates-table" data-testid="certificates-table">
          <caption className="visually-hidden">{t('certificates.list.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('certificates.list.serial')}</th>
              <th scope="col">{t('certificates.list.holder')}</th>
              <th scope="col">{t('certificates.list.status')}</th>
              <th scope="col">{t('certificates.list.issued')}</th>
              <th scope="col">{t('certificates.list.links')}</th>
              <th scope="col">{t('certificates.list.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {certificates.map((certificate) => (
              <tr key={certificate.id} data-testid="certificate-row" data-serial={certificate.serial}>
                <th scope="row" className="serial">
                  {certificate.serial}
                </th>
                <td data-label={t('certificates.list.holder')}>
                  <span className="holder-cell">
                    <HolderName fullName={certificate.person.fullName} nativeName={certificate.person.nativeName} />
                  </span>
                </td>
                <td data-label={t('certificates.list.status')}>
                  <span>
                    <CertificateStatusBadge status={certificate.status} />
                    {certificate.status === 'REVOKED' && (
                      <span className="cell-sub" data-testid="revocation">
                        {certificate.revokedAt ? t('certificates.list.revokedOn', { date: format.date(certificate.revokedAt) }) : null}{' '}
                        {certificate.revocationReason}
                      </span>
                    )}
                    {certificate.status === 'SUPERSEDED' && certificate.supersededBy && (
                      <span className="cell-sub">
                        {t('certificates.list.replacedBy')}{' '}
                        <Link to={verifyPath(certificate.supersededBy.verificationCode)}>{certificate.supersededBy.serial}</Link>
                      </span>
                    )}
                  </span>
                </td>
                <td data-label={t('certificates.list.issued')} className="nowrap">
                  {format.date(certificate.issuedAt)}
                </td>
                <td data-label={t('certificates.list.links')}>
                  <CertificateLinks certificate={certificate} variant="compact" />
                </td>
                <td data-label={t('certificates.list.actions')}>
                  {canChange(certificate.status) ? (
                    <span className="row-buttons">
                      <button
                        type="button"
                        className="button-link danger-link"
                        onClick={() => {
                          setDone(null);
                          setActing({ action: 'revoke', id: certificate.id });
                        }}
                      >
                        {t('certificates.revoke.action')}
                        <span className="visually-hidden"> {certificate.serial}</span>
                      </button>
                      <button
                        type="button"
                        className="button-link"
                        onClick={() => {
                          setDone(null);
                          setActing({ action: 'reissue', id: certificate.id });
                        }}
                      >
                        {t('certificates.reissue.action')}
                        <span className="visually-hidden"> {certificate.serial}</span>
                      </button>
                    </span>
                  ) : (
                    <span className="meta">{t('common.none')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {acting && chosen ? (
        <CertificateActionDialog
          action={acting.action}
          cohortId={cohortId}
          certificate={{ id: chosen.id, serial: chosen.serial, holder: chosen.person.fullName }}
          onClose={() => setActing(null)}
          onDone={(message) => setDone(message)}
        />
      ) : null}
    </>
  );
}

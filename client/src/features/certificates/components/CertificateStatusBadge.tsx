import { useTranslation } from 'react-i18next';
import type { CertificateStatus } from '../../../gql/graphql';
import { statusPresentation } from '../lib/status';

/** VALID, REVOKED or SUPERSEDED as a badge with a mark, so the status never rests on colour alone. */
export function CertificateStatusBadge({ status }: { status: CertificateStatus }) {
  const { t } = useTranslation();
  const look = statusPresentation(status);
  return (
    <span className={`badge ${look.badgeClass}`} data-testid="certificate-status" data-status={status}>
      <span aria-hidden="true">{look.icon} </span>
      {t(`certificates.status.${status}`)}
    </span>
  );
}

import { useTranslation } from 'react-i18next';
import type { SmeMatchReason } from '../../../gql/graphql';
import { useSmeLabels } from '../hooks/useSmeLabels';
import { sortReasons } from '../lib/sme-enums';

/** Why two records may be one business, in words, strongest reason first. */
export function SmeReasons({ reasons, className }: { reasons: readonly SmeMatchReason[]; className?: string }) {
  const { t } = useTranslation();
  const labels = useSmeLabels();
  return (
    <ul className={['sme-reasons', className].filter(Boolean).join(' ')} aria-label={t('smes.duplicates.why')} data-testid="sme-reasons">
      {sortReasons(reasons).map((reason) => (
        <li key={reason} className={`sme-reason sme-reason-${reason.toLowerCase().replace(/_/g, '-')}`} data-reason={reason}>
          {labels.reason(reason)}
        </li>
      ))}
    </ul>
  );
}

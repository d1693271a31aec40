import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { SmeSector } from '../../../gql/graphql';
import { useSmeLabels } from '../hooks/useSmeLabels';
import { SmeReasons } from './SmeReasons';

export const SmeMatchListFragment = graphql(`
  fragment SmeMatchList_match on SmeMatch {
    reasons
    sme {
      id
      name
      countryCode
      province
      sector
      leaderCount
    }
  }
`);

export interface PickedSme {
  id: string;
  name: string;
  countryCode: string;
  province?: string | null;
  sector: SmeSector;
}

/** One line for an SME: where it is and what it does. */
export function SmePlace({ sme }: { sme: { countryCode: string; province?: string | null; sector: SmeSector } }) {
  const enums = useEnumLabels();
  const labels = useSmeLabels();
  return (
    <span className="sme-place">
      {[sme.province, enums.country(sme.countryCode), labels.sector(sme.sector)].filter(Boolean).join(' · ')}
    </span>
  );
}

/**
 * SMEs already in the ledger that look like the one being typed, each with why. With `onPick`, each
 * offers a button to record the support against it instead of creating a duplicate.
 */
export function SmeMatchList({
  matches: matchRefs,
  onPick,
}: {
  matches: readonly FragmentType<typeof SmeMatchListFragment>[];
  onPick?: (sme: PickedSme) => void;
}) {
  const { t } = useTranslation();
  const matches = getFragmentData(SmeMatchListFragment, matchRefs);
  return (
    <ul className="sme-match-list" data-testid="sme-matches">
      {matches.map(({ sme, reasons }) => (
        <li key={sme.id} className="sme-match" data-testid="sme-match">
          <div className="sme-match-text">
            <p className="sme-match-name">{sme.name}</p>
            <p className="meta">
              <SmePlace sme={sme} />
              {' · '}
              {t('smes.leaderCount', { count: sme.leaderCount })}
            </p>
            <SmeReasons reasons={reasons} />
          </div>
          {onPick && (
            <button
              type="button"
              className="button-secondary"
              aria-label={t('smes.supported.pickLabel', { name: sme.name })}
              onClick={() => onPick(sme)}
            >
              {t('smes.supported.pick')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

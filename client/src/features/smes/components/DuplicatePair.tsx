import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmPanel } from '../../../app/components/ConfirmPanel';
import { FormError } from '../../../app/components/FormError';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { useSaveState } from '../../../app/hooks/useSaveState';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { DuplicateSide_SmeFragment } from '../../../gql/graphql';
import { useMarkSmesDistinct, useMergeSmes } from '../hooks/useSmeMutations';
import { useSmeLabels } from '../hooks/useSmeLabels';
import { displayPhone, useEmployeesText } from './SmeDetails';
import { SmeReasons } from './SmeReasons';

export const DuplicateSideFragment = graphql(`
  fragment DuplicateSide_sme on Sme {
    id
    name
    countryCode
    province
    sector
    ownerGender
    womenEmployees
    menEmployees
    registrationNumber
    phone
    leaderCount
    supports {
      id
      leader {
        id
        fullName
      }
    }
  }
`);

export const DuplicatePairFragment = graphql(`
  fragment DuplicatePair_candidate on SmeDuplicateCandidate {
    reasons
    similarity
    first {
      id
      ...DuplicateSide_sme
    }
    second {
      id
      ...DuplicateSide_sme
    }
  }
`);

export type PairDecision = { kind: 'merged'; kept: string; merged: string } | { kind: 'distinct'; first: string; second: string };

/** Which record to keep when nobody has chosen: the one more leaders supported, else the first. */
export function defaultKeep(first: DuplicateSide_SmeFragment, second: DuplicateSide_SmeFragment): string {
  if (second.leaderCount > first.leaderCount) return second.id;
  if (second.leaderCount === first.leaderCount && second.supports.length > first.supports.length) return second.id;
  return first.id;
}

/**
 * Two SMEs the matcher paired, side by side with why they may be one business. The coordinator
 * chooses the record that stays and merges, or says they are different businesses.
 */
export function DuplicatePair({
  candidate: candidateRef,
  onDecided,
}: {
  candidate: FragmentType<typeof DuplicatePairFragment>;
  onDecided: (decision: PairDecision) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const candidate = getFragmentData(DuplicatePairFragment, candidateRef);
  const first = getFragmentData(DuplicateSideFragment, candidate.first);
  const second = getFragmentData(DuplicateSideFragment, candidate.second);
  const [keepId, setKeepId] = useState(() => defaultKeep(first, second));
  const [confirming, setConfirming] = useState(false);
  const [merge, { loading: merging }] = useMergeSmes();
  const [markDistinct, { loading: marking }] = useMarkSmesDistinct();
  const save = useSaveState();
  const groupName = useId();
  const kept = keepId === second.id ? second : first;
  const merged = kept === first ? second : first;
  const titleId = `pair-${first.id}-${second.id}`;

  async function confirmMerge(): Promise<void> {
    save.reset();
    try {
      await merge({ variables: { input: { keepId: kept.id, mergeIds: [merged.id] } } });
      onDecided({ kind: 'merged', kept: kept.name, merged: merged.name });
    } catch (caught: unknown) {
      setConfirming(false);
      save.fail(caught);
    }
  }

  async function distinct(): Promise<void> {
    save.reset();
    try {
      await markDistinct({ variables: { input: { firstId: first.id, secondId: second.id } } });
      onDecided({ kind: 'distinct', first: first.name, second: second.name });
    } catch (caught: unknown) {
      save.fail(caught);
    }
  }

  return (
    <li className="card duplicate-pair" data-testid="duplicate-pair" data-pair={`${first.id}:${second.id}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="duplicate-pair-title">
        {first.name} <span aria-hidden="true">⇄</span>
        <span className="visually-hidden"> · </span> {second.name}
      </h2>
      <div className="duplicate-why">
        <SmeReasons reasons={candidate.reasons} />
        <p className="meta">{t('smes.duplicates.similarity', { percent: format.percent(candidate.similarity) })}</p>
      </div>
      <fieldset className="duplicate-sides" disabled={merging || marking}>
        <legend className="visually-hidden">{t('smes.duplicates.keepLegend')}</legend>
        {[first, second].map((sme, index) => (
          <DuplicateSide
            key={sme.id}
            sme={sme}
            label={index === 0 ? t('smes.duplicates.recordA') : t('smes.duplicates.recordB')}
            other={index === 0 ? second : first}
            radioName={groupName}
            kept={sme.id === kept.id}
            onKeep={() => setKeepId(sme.id)}
          />
        ))}
      </fieldset>
      <FormError message={save.error} />
      {confirming ? (
        <ConfirmPanel
          title={t('smes.duplicates.mergeTitle', { merged: merged.name, kept: kept.name })}
          confirmLabel={t('smes.duplicates.mergeConfirm')}
          cancelLabel={t('common.cancel')}
          busy={merging}
          onConfirm={() => void confirmMerge()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('smes.duplicates.mergeBody', { kept: kept.name })}</p>
        </ConfirmPanel>
      ) : (
        <div className="actions">
          <button type="button" className="button-primary" disabled={merging || marking} onClick={() => setConfirming(true)}>
            {t('smes.duplicates.merge')}
          </button>
          <button type="button" className="button-secondary" disabled={merging || marking} onClick={() => void distinct()}>
            {t('smes.duplicates.distinct')}
          </button>
        </div>
      )}
    </li>
  );
}

function DuplicateSide({
  sme,
  other,
  label,
  radioName,
  kept,
  onKeep,
}: {
  sme: DuplicateSide_SmeFragment;
  other: DuplicateSide_SmeFragment;
  label: string;
  radioName: string;
  kept: boolean;
  onKeep: () => void;
}) {
  const { t } = useTranslation();
  const enums = useEnumLabels();
  const labels = useSmeLabels();
  const employees = useEmployeesText();
  const none = t('common.none');
  const leaders = [...new Set(sme.supports.map((support) => support.leader.fullName))];
  // The values the matcher pairs on (province, registration number, phone) are marked where they agree.
  const same = (a: unknown, b: unknown) => (a != null && a !== '' && a === b ? 'same' : undefined);
  const rows: [string, string, string | undefined][] = [
    [t('smes.field.countryCode'), enums.country(sme.countryCode), undefined],
    [t('smes.field.province'), sme.province ?? none, same(sme.province, other.province)],
    [t('smes.field.sector'), labels.sector(sme.sector), undefined],
    [t('smes.field.ownerGender'), sme.ownerGender ? enums.gender(sme.ownerGender) : none, undefined],
    [t('smes.field.employees'), employees(sme.womenEmployees, sme.menEmployees) ?? none, undefined],
    [t('smes.field.registrationNumber'), sme.registrationNumber ?? none, same(sme.registrationNumber, other.registrationNumber)],
    [t('smes.field.phone'), sme.phone ? displayPhone(sme.phone) : none, same(sme.phone, other.phone)],
    [t('smes.field.leaders'), leaders.length > 0 ? leaders.join(', ') : String(sme.leaderCount), undefined],
  ];
  return (
    <div className={kept ? 'duplicate-side duplicate-side-kept' : 'duplicate-side'} data-testid="duplicate-side">
      <p className="eyebrow">{label}</p>
      <h3 className="duplicate-side-name" id={`${radioName}-${sme.id}`}>
        <Link to={`/smes/${sme.id}`}>{sme.name}</Link>
      </h3>
      <dl className="duplicate-facts">
        {rows.map(([term, value, mark]) => (
          <div key={term} className={mark ? 'fact-same' : undefined}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <label className="checkbox keep-choice">
        <input type="radio" name={radioName} checked={kept} aria-describedby={`${radioName}-${sme.id}`} onChange={onKeep} />
        {t('smes.duplicates.keep')}
      </label>
    </div>
  );
}

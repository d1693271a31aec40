import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmPanel } from '../../../app/components/ConfirmPanel';
import { FormError } from '../../../app/components/FormError';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { useSaveState } from '../../../app/hooks/useSaveState';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { SmeSupportItem_SupportFragment } from '../../../gql/graphql';
import { SmeLeaderDefaultsQuery } from '../graphql/smes';
import { useRemoveSmeSupport } from '../hooks/useSmeMutations';
import { useSmeLabels } from '../hooks/useSmeLabels';
import { AddSmeSupportForm, type SupportOutcome } from './AddSmeSupportForm';
import { SmeMatchList, SmePlace } from './SmeMatchList';

export const SmeSupportItemFragment = graphql(`
  fragment SmeSupportItem_support on SmeSupport {
    id
    kind
    supportedOn
    result
    sme {
      id
      name
      countryCode
      province
      sector
    }
  }
`);

export const SmeSupportsFragment = graphql(`
  fragment SmeSupports_report on ProgressReport {
    id
    reportedOn
    smeSupports {
      id
      ...SmeSupportItem_support
    }
  }
`);

/**
 * "SMEs supported" on one progress report of the leader's action plan: the support recorded with
 * it, a way to add more (finding SMEs already in the ledger first) and to remove a mistaken record.
 */
export function SmeSupports({ report: reportRef, today }: { report: FragmentType<typeof SmeSupportsFragment>; today: string }) {
  const { t } = useTranslation();
  const report = getFragmentData(SmeSupportsFragment, reportRef);
  const supports = getFragmentData(SmeSupportItemFragment, report.smeSupports);
  const { data: defaults } = useQuery(SmeLeaderDefaultsQuery);
  const [adding, setAdding] = useState(false);
  const [outcome, setOutcome] = useState<SupportOutcome | { removed: string } | null>(null);
  const person = defaults?.me?.person;
  const headingId = `sme-supports-${report.id}`;

  return (
    <section className="sme-supports" aria-labelledby={headingId} data-testid="sme-supports">
      <h3 id={headingId}>{t('smes.supported.title')}</h3>
      {supports.length === 0 ? (
        <p className="meta">{t('smes.supported.none')}</p>
      ) : (
        <ul className="sme-support-list">
          {supports.map((support) => (
            <SupportItem key={support.id} support={support} reportId={report.id} onRemoved={(name) => setOutcome({ removed: name })} />
          ))}
        </ul>
      )}
      <div aria-live="polite">{outcome && !adding ? <OutcomeNotice outcome={outcome} /> : null}</div>
      {adding ? (
        <AddSmeSupportForm
          progressReportId={report.id}
          defaultCountry={person?.countryCode ?? ''}
          defaultProvince={person?.province}
          defaultDate={report.reportedOn <= today ? report.reportedOn : today}
          onDone={(result) => {
            setAdding(false);
            setOutcome(result);
          }}
        />
      ) : (
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setOutcome(null);
            setAdding(true);
          }}
        >
          {t('smes.supported.add')}
        </button>
      )}
    </section>
  );
}

function OutcomeNotice({ outcome }: { outcome: SupportOutcome | { removed: string } }) {
  const { t } = useTranslation();
  if ('removed' in outcome) return <p className="alert alert-success">{t('smes.supported.removed', { name: outcome.removed })}</p>;
  return (
    <>
      <p className="alert alert-success" data-testid="sme-support-saved">
        {t('smes.supported.saved', { name: outcome.smeName })}
      </p>
      {outcome.possibleDuplicates.length > 0 && (
        <div className="notice sme-possible-duplicates" data-testid="sme-possible-duplicates">
          <p>{t('smes.supported.possibleDuplicates', { count: outcome.possibleDuplicates.length, name: outcome.smeName })}</p>
          <SmeMatchList matches={outcome.possibleDuplicates} />
        </div>
      )}
    </>
  );
}

function SupportItem({
  support,
  reportId,
  onRemoved,
}: {
  support: SmeSupportItem_SupportFragment;
  reportId: string;
  onRemoved: (name: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useSmeLabels();
  const [confirming, setConfirming] = useState(false);
  const [remove, { loading }] = useRemoveSmeSupport(reportId);
  const save = useSaveState();

  async function confirm(): Promise<void> {
    save.reset();
    try {
      await remove({ variables: { input: { supportId: support.id } } });
      onRemoved(support.sme.name);
    } catch (caught: unknown) {
      save.fail(caught);
    }
  }

  return (
    <li className="sme-support card" data-testid="sme-support">
      <div className="sme-support-head">
        <div>
          <p className="sme-match-name">{support.sme.name}</p>
          <p className="meta">
            <SmePlace sme={support.sme} />
          </p>
        </div>
        {!confirming && (
          <button
            type="button"
            className="button-link"
            aria-label={t('smes.supported.removeLabel', { name: support.sme.name })}
            onClick={() => setConfirming(true)}
          >
            {t('smes.supported.remove')}
          </button>
        )}
      </div>
      <p className="sme-support-what">
        <span className="badge badge-update">{labels.kind(support.kind)}</span>{' '}
        <time dateTime={support.supportedOn}>{format.date(support.supportedOn)}</time>
      </p>
      {support.result && <p className="prewrap">{support.result}</p>}
      <FormError message={save.error} />
      {confirming && (
        <ConfirmPanel
          title={t('smes.supported.removeTitle', { name: support.sme.name })}
          confirmLabel={t('smes.supported.removeConfirm')}
          cancelLabel={t('common.cancel')}
          busy={loading}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('smes.supported.removeBody')}</p>
        </ConfirmPanel>
      )}
    </li>
  );
}

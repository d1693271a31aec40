import { skipToken, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '../../../app/components/fields';
import { FormError } from '../../../app/components/FormError';
import { useSaveState } from '../../../app/hooks/useSaveState';
import type { FragmentType } from '../../../gql';
import type { SmeMatchInput } from '../../../gql/graphql';
import { SmeMatchesQuery } from '../graphql/smes';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { useRecordSmeSupport } from '../hooks/useSmeMutations';
import { useSmeLabels } from '../hooks/useSmeLabels';
import {
  emptySme,
  emptySupport,
  smeProblems,
  supportProblems,
  toMatchInput,
  toNewSmeInput,
  toSupportInput,
  type FormProblem,
  type SmeField,
  type SmeValues,
  type SupportField,
  type SupportValues,
} from '../lib/sme-form';
import { SmeFields } from './SmeFields';
import { SmeMatchList, SmePlace, type PickedSme, type SmeMatchListFragment } from './SmeMatchList';

/** How long typing must pause before the ledger is searched. */
export const MATCH_DELAY_MS = 350;

export interface SupportOutcome {
  smeName: string;
  possibleDuplicates: readonly FragmentType<typeof SmeMatchListFragment>[];
}

/**
 * The leader records support to an SME with a progress report. Typing the name looks up SMEs already
 * in the ledger (debounced), so the leader picks the same business instead of adding it twice; only
 * for a new SME are its details asked for.
 */
export function AddSmeSupportForm({
  progressReportId,
  defaultCountry,
  defaultProvince,
  defaultDate,
  onDone,
}: {
  progressReportId: string;
  defaultCountry: string;
  defaultProvince?: string | null;
  defaultDate: string;
  onDone: (outcome: SupportOutcome | null) => void;
}) {
  const { t } = useTranslation();
  const labels = useSmeLabels();
  const [sme, setSme] = useState<SmeValues>(() => emptySme(defaultCountry, defaultProvince ?? ''));
  const [support, setSupport] = useState<SupportValues>(() => emptySupport(defaultDate));
  const [picked, setPicked] = useState<PickedSme | null>(null);
  const [problems, setProblems] = useState<FormProblem<SmeField | SupportField>[]>([]);
  const [record, { loading: saving }] = useRecordSmeSupport(progressReportId);
  const save = useSaveState();

  // Look-ups wait for a pause in typing; the key is a string so an unchanged input is not a new search.
  const matchInput = picked ? null : toMatchInput(sme);
  const typedKey = matchInput ? JSON.stringify(matchInput) : '';
  const settledKey = useDebouncedValue(typedKey, MATCH_DELAY_MS);
  const settledInput = settledKey ? (JSON.parse(settledKey) as SmeMatchInput) : null;
  const {
    data,
    previousData,
    loading: lookingUp,
  } = useQuery(SmeMatchesQuery, settledInput ? { variables: { input: settledInput }, fetchPolicy: 'cache-first' } : skipToken);
  const matches = typedKey ? (data ?? previousData)?.smeMatches : undefined;
  const searched = Boolean(typedKey) && settledKey === typedKey && !lookingUp && data !== undefined;

  const setSmeField = <K extends SmeField>(field: K, value: SmeValues[K]) => setSme((previous) => ({ ...previous, [field]: value }));
  const setSupportField =
    <K extends SupportField>(field: K) =>
    (value: SupportValues[K]) =>
      setSupport((previous) => ({ ...previous, [field]: value }));
  const errorFor = (field: SmeField | SupportField): string | undefined => {
    const problem = problems.find((item) => item.field === field);
    if (problem) return problem.problem === 'number' ? t('smes.numberError') : t('common.requiredError');
    return save.fields[field];
  };

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    save.reset();
    const found = [...(picked ? [] : smeProblems(sme)), ...supportProblems(support)];
    setProblems(found);
    if (found.length > 0) return;
    try {
      const { data: saved } = await record({
        variables: {
          input: {
            progressReportId,
            ...(picked ? { smeId: picked.id } : { sme: toNewSmeInput(sme) }),
            ...toSupportInput(support),
          },
        },
      });
      const payload = saved?.recordSmeSupport;
      if (!payload) return;
      onDone({ smeName: payload.support.sme.name, possibleDuplicates: payload.possibleDuplicates });
    } catch (caught: unknown) {
      save.fail(caught);
    }
  }

  const titleId = `sme-form-title-${progressReportId}`;
  const prefix = `sme-${progressReportId}`;
  return (
    <form className="form card sme-support-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={titleId}>
      <h4 id={titleId}>{t('smes.supported.formTitle')}</h4>
      <FormError message={problems.length > 0 ? t('common.fixErrors') : save.error} />

      {picked ? (
        <div className="sme-picked" data-testid="sme-picked">
          <p className="meta">{t('smes.supported.picked')}</p>
          <p className="sme-match-name">{picked.name}</p>
          <p className="meta">
            <SmePlace sme={picked} />
          </p>
          <button type="button" className="button-link" onClick={() => setPicked(null)}>
            {t('smes.supported.change')}
          </button>
        </div>
      ) : (
        <>
          <SmeFields
            idPrefix={prefix}
            fields={['name']}
            nameHint={t('smes.supported.nameHint')}
            values={sme}
            errorFor={errorFor}
            onChange={setSmeField}
          />
          <div className="form-grid">
            <SmeFields idPrefix={prefix} fields={['countryCode', 'province']} values={sme} errorFor={errorFor} onChange={setSmeField} />
          </div>
          <div className="sme-matches" aria-live="polite">
            {matches && matches.length > 0 ? (
              <>
                <p className="sme-matches-title">{t('smes.supported.matchesTitle', { count: matches.length })}</p>
                <SmeMatchList
                  matches={matches}
                  onPick={(chosen) => {
                    setPicked(chosen);
                    setProblems([]);
                  }}
                />
                <p className="meta">{t('smes.supported.notListed')}</p>
              </>
            ) : searched ? (
              <p className="meta">{t('smes.supported.noMatch')}</p>
            ) : typedKey && lookingUp ? (
              <p className="meta">{t('smes.supported.lookingUp')}</p>
            ) : null}
          </div>
          <fieldset className="row-group sme-new">
            <legend>{t('smes.supported.newTitle')}</legend>
            <p className="hint">{t('smes.supported.newHint')}</p>
            <div className="form-grid">
              <SmeFields idPrefix={prefix} fields={['sector', 'ownerGender']} values={sme} errorFor={errorFor} onChange={setSmeField} />
            </div>
            <div className="sme-employees">
              <SmeFields
                idPrefix={prefix}
                fields={['womenEmployees', 'menEmployees']}
                values={sme}
                errorFor={errorFor}
                onChange={setSmeField}
              />
            </div>
            <div className="form-grid">
              <SmeFields
                idPrefix={prefix}
                fields={['registrationNumber', 'phone']}
                values={sme}
                errorFor={errorFor}
                onChange={setSmeField}
              />
            </div>
          </fieldset>
        </>
      )}

      <fieldset className="row-group">
        <legend>{t('smes.supported.supportTitle')}</legend>
        <div className="form-grid">
          <SelectField
            id={`${prefix}-kind`}
            label={t('smes.supported.kind')}
            required
            value={support.kind}
            options={labels.kindOptions}
            emptyLabel={t('common.choose')}
            error={errorFor('kind')}
            onValueChange={(value) => setSupportField('kind')(value as SupportValues['kind'])}
          />
          <TextField
            id={`${prefix}-date`}
            type="date"
            label={t('smes.supported.date')}
            required
            value={support.supportedOn}
            error={errorFor('supportedOn')}
            onValueChange={setSupportField('supportedOn')}
          />
        </div>
        <TextAreaField
          id={`${prefix}-result`}
          label={t('smes.supported.result')}
          hint={t('smes.supported.resultHint')}
          rows={3}
          maxLength={2000}
          value={support.result}
          error={errorFor('result')}
          onValueChange={setSupportField('result')}
        />
      </fieldset>

      <div className="actions">
        <button type="submit" className="button-primary" disabled={saving}>
          {saving ? t('common.saving') : t('smes.supported.save')}
        </button>
        <button type="button" className="button-link" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

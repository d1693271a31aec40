import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../app/components/FormError';
import { useSaveState } from '../../../app/hooks/useSaveState';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useUpdateSme } from '../hooks/useSmeMutations';
import { smeProblems, smeValuesFrom, toUpdateSmeInput, type FormProblem, type SmeField, type SmeValues } from '../lib/sme-form';
import { SmeFields } from './SmeFields';

export const SmeEditFormFragment = graphql(`
  fragment SmeEditForm_sme on Sme {
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
  }
`);

/** A coordinator corrects an SME's details. */
export function SmeEditForm({ sme: smeRef, onDone }: { sme: FragmentType<typeof SmeEditFormFragment>; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const sme = getFragmentData(SmeEditFormFragment, smeRef);
  const [values, setValues] = useState<SmeValues>(() => smeValuesFrom(sme));
  const [problems, setProblems] = useState<FormProblem<SmeField>[]>([]);
  const [update, { loading }] = useUpdateSme();
  const save = useSaveState();
  const errorFor = (field: SmeField): string | undefined => {
    const problem = problems.find((item) => item.field === field);
    if (problem) return problem.problem === 'number' ? t('smes.numberError') : t('common.requiredError');
    return save.fields[field];
  };

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    save.reset();
    const found = smeProblems(values);
    setProblems(found);
    if (found.length > 0) return;
    try {
      await update({ variables: { input: toUpdateSmeInput(sme.id, values) } });
      onDone(true);
    } catch (caught: unknown) {
      save.fail(caught);
    }
  }

  return (
    <form className="form card editing-panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="sme-edit-title">
      <h2 id="sme-edit-title">{t('smes.detail.editTitle')}</h2>
      <FormError message={problems.length > 0 ? t('common.fixErrors') : save.error} />
      <SmeFields
        idPrefix="sme-edit"
        fields={['name']}
        values={values}
        errorFor={errorFor}
        onChange={(field, value) => setValues((previous) => ({ ...previous, [field]: value }))}
      />
      <div className="form-grid">
        <SmeFields
          idPrefix="sme-edit"
          fields={['countryCode', 'province', 'sector', 'ownerGender', 'womenEmployees', 'menEmployees', 'registrationNumber', 'phone']}
          values={values}
          errorFor={errorFor}
          onChange={(field, value) => setValues((previous) => ({ ...previous, [field]: value }))}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button-primary" disabled={loading}>
          {loading ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button-link" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField, type Option } from '../../../app/components/fields';
import { FormError } from '../../../app/components/FormError';
import { languages } from '../../../app/i18n/languages';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import {
  cohortFormProblems,
  cohortFormValues,
  emptyCohortForm,
  type CohortFormField,
  type CohortFormProblem,
  type CohortFormValues,
} from '../lib/cohort-form';
import { TrainerPicker, type TrainerPickerFragment } from './TrainerPicker';

export const CohortFormFragment = graphql(`
  fragment CohortForm_cohort on Cohort {
    id
    title
    startsOn
    endsOn
    venue
    language
    capacity
    enrolmentOpensOn
    enrolmentClosesOn
    checkInGraceMinutes
    course {
      id
    }
    trainers {
      id
    }
  }
`);

/**
 * A new cohort (course and trainers chosen here) or an edit of one (its course is fixed; trainers
 * are changed in their own section).
 */
export function CohortForm({
  cohort: cohortRef,
  courses,
  trainers,
  submitting,
  errorText,
  fieldErrors,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  cohort?: FragmentType<typeof CohortFormFragment>;
  courses?: readonly { id: string; title: string }[];
  trainers?: readonly FragmentType<typeof TrainerPickerFragment>[];
  submitting: boolean;
  errorText: string | null;
  fieldErrors: Record<string, string>;
  submitLabel: string;
  onSubmit: (values: CohortFormValues) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const cohort = cohortRef ? getFragmentData(CohortFormFragment, cohortRef) : undefined;
  const [values, setValues] = useState<CohortFormValues>(() => (cohort ? cohortFormValues(cohort) : emptyCohortForm));
  const [problems, setProblems] = useState<Partial<Record<CohortFormField, CohortFormProblem>>>({});
  const creating = !cohort;

  const set = (field: CohortFormField) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }));
  const problemText = (problem: CohortFormProblem): string => t(`teaching.form.problems.${problem}`);
  const errorFor = (field: CohortFormField): string | undefined => {
    const problem = problems[field];
    return problem ? problemText(problem) : fieldErrors[field];
  };

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const found = cohortFormProblems(values);
    setProblems(found);
    if (Object.keys(found).length === 0) onSubmit(values);
  }

  const courseOptions: Option[] = (courses ?? []).map((course) => ({ value: course.id, label: course.title }));
  const languageOptions: Option[] = languages.map((language) => ({ value: language.code, label: language.name, lang: language.code }));
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={submitLabel}>
      <FormError message={Object.keys(problems).length > 0 ? t('common.fixErrors') : errorText} />
      <div className="form-grid">
        {creating && (
          <SelectField
            id="cohort-course"
            label={t('teaching.cohort.course')}
            required
            value={values.courseId}
            options={courseOptions}
            emptyLabel={t('common.choose')}
            error={errorFor('courseId')}
            onValueChange={set('courseId')}
          />
        )}
        <TextField
          id="cohort-title"
          label={t('teaching.cohort.title')}
          required
          value={values.title}
          error={errorFor('title')}
          onValueChange={set('title')}
        />
        <TextField
          id="cohort-startsOn"
          label={t('teaching.cohort.startsOn')}
          type="date"
          required
          value={values.startsOn}
          error={errorFor('startsOn')}
          onValueChange={set('startsOn')}
        />
        <TextField
          id="cohort-endsOn"
          label={t('teaching.cohort.endsOn')}
          type="date"
          required
          value={values.endsOn}
          error={errorFor('endsOn')}
          onValueChange={set('endsOn')}
        />
        <TextField
          id="cohort-venue"
          label={t('teaching.cohort.venue')}
          value={values.venue}
          error={errorFor('venue')}
          onValueChange={set('venue')}
        />
        <SelectField
          id="cohort-language"
          label={t('teaching.cohort.language')}
          required
          value={values.language}
          options={languageOptions}
          error={errorFor('language')}
          onValueChange={set('language')}
        />
        <TextField
          id="cohort-capacity"
          label={t('teaching.cohort.capacity')}
          type="number"
          inputMode="numeric"
          min={1}
          max={1000}
          required
          value={values.capacity}
          error={errorFor('capacity')}
          onValueChange={set('capacity')}
        />
        <TextField
          id="cohort-checkInGraceMinutes"
          label={t('teaching.cohort.checkInGraceMinutes')}
          hint={t('teaching.form.graceHint')}
          type="number"
          inputMode="numeric"
          min={0}
          max={240}
          required
          value={values.checkInGraceMinutes}
          error={errorFor('checkInGraceMinutes')}
          onValueChange={set('checkInGraceMinutes')}
        />
        <TextField
          id="cohort-enrolmentOpensOn"
          label={t('teaching.cohort.enrolmentOpensOn')}
          hint={t('teaching.form.opensHint')}
          type="date"
          value={values.enrolmentOpensOn}
          error={errorFor('enrolmentOpensOn')}
          onValueChange={set('enrolmentOpensOn')}
        />
        <TextField
          id="cohort-enrolmentClosesOn"
          label={t('teaching.cohort.enrolmentClosesOn')}
          hint={t('teaching.form.closesHint')}
          type="date"
          value={values.enrolmentClosesOn}
          error={errorFor('enrolmentClosesOn')}
          onValueChange={set('enrolmentClosesOn')}
        />
      </div>
      {creating && trainers && (
        <TrainerPicker
          id="cohort-trainers"
          trainers={trainers}
          value={values.trainerIds}
          onValueChange={(trainerIds) => setValues((previous) => ({ ...previous, trainerIds }))}
        />
      )}
      {fieldErrors.trainerIds ? <p className="field-error">{fieldErrors.trainerIds}</p> : null}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={submitting}>
          {submitting ? t('common.saving') : submitLabel}
        </button>
        <button type="button" className="button-link" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

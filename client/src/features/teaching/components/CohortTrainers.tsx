import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/components/ErrorMessage';
import { FormError } from '../../../app/components/FormError';
import { Loading } from '../../../app/components/Loading';
import { nativeNameLanguage } from '../../../app/i18n/languages';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { TrainerOptionsQuery, UpdateCohortMutation } from '../graphql/cohort';
import { TrainerPicker } from './TrainerPicker';

export const CohortTrainersFragment = graphql(`
  fragment CohortTrainers_cohort on Cohort {
    id
    trainers {
      id
      email
      person {
        id
        fullName
        nativeName
        countryCode
      }
    }
  }
`);

/** Who teaches the cohort; a coordinator can change it. */
export function CohortTrainers({ cohort: cohortRef, canEdit }: { cohort: FragmentType<typeof CohortTrainersFragment>; canEdit: boolean }) {
  const { t } = useTranslation();
  const cohort = getFragmentData(CohortTrainersFragment, cohortRef);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <section aria-labelledby="cohort-trainers" className="card">
      <div className="section-heading">
        <h2 id="cohort-trainers">{t('teaching.cohort.trainers')}</h2>
        {canEdit && !editing && (
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t('teaching.trainers.change')}
          </button>
        )}
      </div>
      <div aria-live="polite">{saved ? <p className="alert alert-success">{t('common.saved')}</p> : null}</div>
      {editing ? (
        <EditTrainers
          cohortId={cohort.id}
          current={cohort.trainers.map((trainer) => trainer.id)}
          onDone={(didSave) => {
            setEditing(false);
            setSaved(didSave);
          }}
        />
      ) : cohort.trainers.length === 0 ? (
        <p className="meta">{t('teaching.trainers.none')}</p>
      ) : (
        <ul className="plain-list" data-testid="cohort-trainer-list">
          {cohort.trainers.map((trainer) => (
            <li key={trainer.id}>
              <strong>{trainer.person?.fullName ?? trainer.email}</strong>
              {trainer.person?.nativeName ? (
                <span lang={nativeNameLanguage(trainer.person.countryCode)}> {trainer.person.nativeName}</span>
              ) : null}
              <span className="meta"> · {trainer.email}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function EditTrainers({ cohortId, current, onDone }: { cohortId: string; current: string[]; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { data, loading } = useQuery(TrainerOptionsQuery);
  const [updateCohort, { loading: saving }] = useMutation(UpdateCohortMutation);
  const [value, setValue] = useState<string[]>(current);
  const [error, setError] = useState<string | null>(null);

  async function save(): Promise<void> {
    setError(null);
    try {
      await updateCohort({ variables: { input: { id: cohortId, trainerIds: value } } });
      onDone(true);
    } catch (caught: unknown) {
      setError(errorText(caught));
    }
  }

  if (!data) return loading ? <Loading /> : null;
  return (
    <div className="form">
      <FormError message={error} />
      <TrainerPicker id="edit-trainers" trainers={data.trainers} value={value} onValueChange={setValue} disabled={saving} />
      <div className="actions">
        <button type="button" className="button-primary" disabled={saving} onClick={() => void save()}>
          {saving ? t('common.saving') : t('teaching.trainers.save')}
        </button>
        <button type="button" className="button-link" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

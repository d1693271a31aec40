import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorMessage, useErrorText } from '../../../app/components/ErrorMessage';
import { FormError } from '../../../app/components/FormError';
import { Loading } from '../../../app/components/Loading';
import { useSaveState } from '../../../app/hooks/useSaveState';
import { hasAnyRole, staffRoles, useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { CohortDetails } from '../components/CohortDetails';
import { CohortForm } from '../components/CohortForm';
import { CohortTrainers } from '../components/CohortTrainers';
import { ConfirmPanel } from '../../../app/components/ConfirmPanel';
import { CohortOverviewQuery } from '../graphql/cohort';
import { useUpdateCohort } from '../hooks/useTeachingMutations';
import { toUpdateCohortInput, type CohortFormValues } from '../lib/cohort-form';

/** The cohort's facts and trainers; coordinators edit, cancel or reinstate it. */
export default function CohortOverviewTab() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { cohortId = '' } = useParams();
  const { user } = useCurrentUser();
  const isStaff = hasAnyRole(user?.roles, staffRoles);
  const { data, loading, error, refetch } = useQuery(CohortOverviewQuery, { variables: { id: cohortId } });
  const [updateCohort, { loading: saving }] = useUpdateCohort(cohortId);
  const save = useSaveState();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [cancelError, setCancelError] = useState<string | null>(null);

  if (!data) {
    if (loading) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return null;
  }
  const cohort = data.cohort;
  if (!cohort) return null;
  const cancelled = cohort.cancelled;

  async function submit(values: CohortFormValues): Promise<void> {
    save.reset();
    try {
      await updateCohort({ variables: { input: toUpdateCohortInput(cohortId, values) } });
      setEditing(false);
      setMessage(t('common.saved'));
    } catch (caught: unknown) {
      save.fail(caught);
    }
  }

  async function setCancelled(value: boolean): Promise<void> {
    setCancelError(null);
    try {
      await updateCohort({ variables: { input: { id: cohortId, cancelled: value } } });
      setConfirming(false);
      setMessage(value ? t('teaching.overview.cancelledDone') : t('teaching.overview.reinstatedDone'));
    } catch (caught: unknown) {
      setCancelError(errorText(caught));
    }
  }

  return (
    <>
      <section aria-labelledby="overview-title" className="card">
        <div className="section-heading">
          <h2 id="overview-title">{t('teaching.overview.title')}</h2>
          {isStaff && !editing && (
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setMessage(null);
                save.reset();
                setEditing(true);
              }}
            >
              {t('common.edit')}
            </button>
          )}
        </div>
        <div aria-live="polite">{message ? <p className="alert alert-success">{message}</p> : null}</div>
        {editing ? (
          <CohortForm
            key={cohort.id}
            cohort={cohort}
            submitting={saving}
            errorText={save.error}
            fieldErrors={save.fields}
            submitLabel={t('common.save')}
            onSubmit={(values) => void submit(values)}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <CohortDetails cohort={cohort} />
        )}
      </section>
      <CohortTrainers cohort={cohort} canEdit={isStaff} />
      {isStaff && !editing && (
        <section aria-labelledby="cancel-title" className="danger-zone">
          <h2 id="cancel-title">{cancelled ? t('teaching.overview.reinstateTitle') : t('teaching.overview.cancelTitle')}</h2>
          <p className="hint">{cancelled ? t('teaching.overview.reinstateHint') : t('teaching.overview.cancelHint')}</p>
          <FormError message={cancelError} />
          {confirming ? (
            <ConfirmPanel
              title={
                cancelled
                  ? t('teaching.overview.confirmReinstate', { title: cohort.title })
                  : t('teaching.overview.confirmCancel', { title: cohort.title })
              }
              confirmLabel={cancelled ? t('teaching.overview.reinstate') : t('teaching.overview.cancel')}
              cancelLabel={t('teaching.keep')}
              busy={saving}
              onConfirm={() => void setCancelled(!cancelled)}
              onCancel={() => setConfirming(false)}
            />
          ) : (
            <button
              type="button"
              className={cancelled ? 'button-secondary' : 'button-secondary button-danger'}
              onClick={() => setConfirming(true)}
            >
              {cancelled ? t('teaching.overview.reinstate') : t('teaching.overview.cancel')}
            </button>
          )}
        </section>
      )}
    </>
  );
}

import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { useSaveState } from '../../../app/hooks/useSaveState';
import { CohortForm } from '../components/CohortForm';
import { NewCohortPageQuery, TrainerOptionsQuery } from '../graphql/cohort';
import { useCreateCohort } from '../hooks/useTeachingMutations';
import { toCreateCohortInput, type CohortFormValues } from '../lib/cohort-form';

/** A coordinator creates a cohort of a course, then goes on to schedule its sessions. */
export default function NewCohortPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('teaching.newCohort.title'));
  const navigate = useNavigate();
  const courses = useQuery(NewCohortPageQuery);
  const trainers = useQuery(TrainerOptionsQuery);
  const [createCohort, { loading }] = useCreateCohort();
  const save = useSaveState();

  async function submit(values: CohortFormValues): Promise<void> {
    save.reset();
    try {
      const { data } = await createCohort({ variables: { input: toCreateCohortInput(values) } });
      if (data) await navigate(`/cohorts/${data.createCohort.cohort.id}/sessions`, { state: { created: true } });
    } catch (caught: unknown) {
      save.fail(caught);
    }
  }

  const failed = courses.error ?? trainers.error;
  return (
    <section className="page">
      <h1>{t('teaching.newCohort.title')}</h1>
      <p className="lead">{t('teaching.newCohort.intro')}</p>
      {failed && !(courses.data && trainers.data) ? (
        <ErrorMessage error={failed} onRetry={() => void Promise.all([courses.refetch(), trainers.refetch()])} />
      ) : null}
      {courses.data && trainers.data ? (
        <CohortForm
          courses={courses.data.courses}
          trainers={trainers.data.trainers}
          submitting={loading}
          errorText={save.error}
          fieldErrors={save.fields}
          submitLabel={t('teaching.newCohort.submit')}
          onSubmit={(values) => void submit(values)}
          onCancel={() => void navigate('/cohorts')}
        />
      ) : !failed ? (
        <Loading />
      ) : null}
    </section>
  );
}

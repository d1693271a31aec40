import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { TextAreaField } from '../../../app/components/fields';
import { FormError } from '../../../app/components/FormError';
import { Loading } from '../../../app/components/Loading';
import { NotFound } from '../../../app/components/NotFound';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { useSaveState } from '../../../app/hooks/useSaveState';
import { languages } from '../../../app/i18n/languages';
import { EnrolmentStatusBadge } from '../components/EnrolmentStatusBadge';
import { ApplyPageQuery } from '../graphql/learning';
import { useApplyForCohort } from '../hooks/useLearningMutations';

/** /learning/apply/:cohortId: apply to an open cohort, with an optional motivation. */
export default function ApplyPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const { cohortId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ApplyPageQuery, { variables: { cohortId } });
  const [motivation, setMotivation] = useState('');
  const [apply, { loading: applying }] = useApplyForCohort();
  const save = useSaveState();
  const cohort = data?.cohort;
  useDocumentTitle(cohort ? t('learning.apply.title', { cohort: cohort.title }) : t('learning.title'));

  if (!data) {
    if (loading) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return null;
  }
  if (!cohort) return <NotFound message={t('learning.apply.notFound')} />;

  const existing = data.myEnrolments.find((enrolment) => enrolment.cohort.id === cohort.id && enrolment.status !== 'WITHDRAWN');
  const language = languages.find((candidate) => candidate.code === cohort.language);
  const placesLeft = Math.max(0, cohort.capacity - cohort.seatsTaken);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    save.reset();
    try {
      const { data: applied } = await apply({ variables: { input: { cohortId, motivation: motivation.trim() || null } } });
      if (applied) await navigate(`/learning/${applied.applyForCohort.enrolment.id}`, { state: { applied: true } });
    } catch (caught: unknown) {
      save.fail(caught);
    }
  }

  return (
    <section className="page page-reading apply-page">
      <p className="breadcrumb">
        <Link to={`/courses/${encodeURIComponent(cohort.course.slug)}`}>{t('module.back', { course: cohort.course.title })}</Link>
      </p>
      <p className="eyebrow">{cohort.course.title}</p>
      <h1>{t('learning.apply.title', { cohort: cohort.title })}</h1>
      <dl className="details card">
        <dt>{t('learning.enrolment.dates')}</dt>
        <dd>{t('learning.dates', { start: format.date(cohort.startsOn), end: format.date(cohort.endsOn) })}</dd>
        {cohort.venue && (
          <>
            <dt>{t('learning.enrolment.venue')}</dt>
            <dd>{cohort.venue}</dd>
          </>
        )}
        <dt>{t('learning.enrolment.language')}</dt>
        <dd lang={language?.code}>{language?.name ?? cohort.language}</dd>
        <dt>{t('learning.cohorts.places')}</dt>
        <dd>{t('learning.cohorts.placesLeft', { count: placesLeft, capacity: cohort.capacity })}</dd>
        <dt>{t('learning.cohorts.lastDay')}</dt>
        <dd>{format.date(cohort.lastApplicationDay)}</dd>
      </dl>
      {existing && (
        <p className="notice">
          {t('learning.apply.already')} <EnrolmentStatusBadge status={existing.status} />{' '}
          <Link to={`/learning/${existing.id}`}>{t('learning.apply.seeApplication')}</Link>
        </p>
      )}
      {!cohort.enrolmentOpen && !existing ? (
        <p className="notice">{cohort.cancelled ? t('learning.cohorts.cancelled') : t('learning.apply.closed')}</p>
      ) : !existing ? (
        <form className="form" onSubmit={(event) => void submit(event)} noValidate>
          <FormError message={save.error} />
          <TextAreaField
            id="apply-motivation"
            label={t('learning.apply.motivation')}
            hint={t('learning.apply.motivationHint')}
            rows={5}
            maxLength={2000}
            value={motivation}
            error={save.fields.motivation}
            onValueChange={setMotivation}
          />
          <p className="meta">{t('learning.apply.next')}</p>
          <div className="actions">
            <button type="submit" className="button-primary" disabled={applying}>
              {applying ? t('learning.apply.applying') : t('learning.apply.submit')}
            </button>
            <Link to={`/courses/${encodeURIComponent(cohort.course.slug)}`} className="button-link">
              {t('common.cancel')}
            </Link>
          </div>
        </form>
      ) : null}
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { NotFound } from '../../../app/components/NotFound';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { useSaveState } from '../../../app/hooks/useSaveState';
import { getFragmentData } from '../../../gql';
import { ActionPlanForm, ActionPlanFormFragment } from '../components/ActionPlanForm';
import { ProgressReports } from '../components/ProgressReports';
import { ActionPlanPageQuery } from '../graphql/learning';
import { useSaveActionPlan, useSubmitActionPlan } from '../hooks/useLearningMutations';
import { toSaveActionPlanInput, type ActionPlanFormValues } from '../lib/action-plan-form';

/** /learning/:enrolmentId/action-plan[/:planId]: write a new plan, or edit, submit and report on one. */
export default function ActionPlanPage() {
  const { t } = useTranslation();
  const { enrolmentId = '', planId } = useParams();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { data: current, previousData, loading, error, refetch } = useQuery(ActionPlanPageQuery, { fetchPolicy: 'cache-and-network' });
  const data = current ?? previousData;
  const [savePlan, { loading: saving }] = useSaveActionPlan(enrolmentId);
  const [submitPlan, { loading: submitting }] = useSubmitActionPlan(enrolmentId);
  const save = useSaveState();
  const notice = (location.state as { notice?: 'saved' | 'submitted' } | null)?.notice;
  const enrolment = data?.myEnrolments.find((candidate) => candidate.id === enrolmentId);
  const plan = planId ? enrolment?.actionPlans.find((candidate) => candidate.id === planId) : undefined;
  const planModule = plan ? getFragmentData(ActionPlanFormFragment, plan).module : null;
  const title = !planId
    ? t('learning.plan.newTitle')
    : planModule
      ? t('learning.plans.forModule', { module: planModule.title })
      : t('learning.plan.title');
  useDocumentTitle(title);

  if (!data) {
    if (loading) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return null;
  }
  if (!enrolment || (planId && !plan)) {
    if (loading) return <Loading />;
    return <NotFound message={t('learning.plan.notFound')} />;
  }

  async function saveValues(values: ActionPlanFormValues): Promise<string | null> {
    const { data: saved } = await savePlan({ variables: { input: toSaveActionPlanInput(values, { enrolmentId, id: planId }) } });
    return saved?.saveActionPlan.actionPlan.id ?? null;
  }

  async function onSave(values: ActionPlanFormValues): Promise<void> {
    save.reset();
    try {
      const id = await saveValues(values);
      if (id) await navigate(`/learning/${enrolmentId}/action-plan/${id}`, { replace: true, state: { notice: 'saved' } });
    } catch (caught: unknown) {
      save.fail(caught);
    }
  }

  // Submitting saves the form first, so what the trainer reviews is what is on screen.
  async function onSubmit(values: ActionPlanFormValues): Promise<void> {
    save.reset();
    try {
      const id = await saveValues(values);
      if (!id) return;
      await submitPlan({ variables: { id } });
      await navigate(`/learning/${enrolmentId}/action-plan/${id}`, { replace: true, state: { notice: 'submitted' } });
    } catch (caught: unknown) {
      save.fail(caught);
    }
  }

  const moduleParam = searchParams.get('module') ?? undefined;
  return (
    <section className="page page-reading action-plan-page">
      <p className="breadcrumb">
        <Link to={`/learning/${enrolmentId}`}>{t('learning.tests.back', { cohort: enrolment.cohort.title })}</Link>
      </p>
      <h1>{title}</h1>
      {!plan && <p className="lead">{t('learning.plan.intro')}</p>}
      <div aria-live="polite">
        {notice === 'saved' && plan?.status !== 'SUBMITTED' ? <p className="alert alert-success">{t('learning.plan.saved')}</p> : null}
        {notice === 'submitted' ? <p className="alert alert-success">{t('learning.plan.submittedNotice')}</p> : null}
      </div>
      <ActionPlanForm
        key={plan?.id ?? 'new'}
        plan={plan}
        modules={enrolment.cohort.course.modules}
        initialModuleId={enrolment.cohort.course.modules.some((module) => module.id === moduleParam) ? moduleParam : undefined}
        busy={saving || submitting}
        errorText={save.error}
        onSave={(values) => void onSave(values)}
        onSubmit={(values) => void onSubmit(values)}
      />
      {plan && <ProgressReports plan={plan} />}
    </section>
  );
}

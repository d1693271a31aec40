import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { ActionPlanStatusBadge } from './ActionPlanStatusBadge';

export const ActionPlanListFragment = graphql(`
  fragment ActionPlanList_plan on ActionPlan {
    id
    status
    objectives
    updatedAt
    module {
      id
      title
    }
    progressReports {
      id
      smesReached
    }
  }
`);

/** The trainee's action plans for this cohort, each opening in the editor. */
export function ActionPlanList({
  plans: planRefs,
  enrolmentId,
  canWrite,
}: {
  plans: readonly FragmentType<typeof ActionPlanListFragment>[];
  enrolmentId: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const plans = getFragmentData(ActionPlanListFragment, planRefs);
  return (
    <>
      {plans.length === 0 ? (
        <p>{t('learning.plans.none')}</p>
      ) : (
        <ul className="plan-list">
          {plans.map((plan) => {
            const reached = plan.progressReports.reduce((total, report) => total + report.smesReached, 0);
            return (
              <li key={plan.id} className="card">
                <h3>
                  <Link to={`/learning/${enrolmentId}/action-plan/${plan.id}`}>
                    {plan.module ? t('learning.plans.forModule', { module: plan.module.title }) : t('learning.plans.untitled')}
                  </Link>{' '}
                  <ActionPlanStatusBadge status={plan.status} />
                </h3>
                {plan.objectives && <p className="clamp-3">{plan.objectives}</p>}
                <p className="meta">
                  {t('learning.plans.updated', { date: format.date(plan.updatedAt) })}
                  {plan.progressReports.length > 0 && (
                    <>
                      <span aria-hidden="true"> · </span>
                      {t('learning.plans.reports', { count: plan.progressReports.length })}
                      <span aria-hidden="true"> · </span>
                      {t('learning.plans.smesReached', { count: reached })}
                    </>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {canWrite && (
        <p>
          <Link to={`/learning/${enrolmentId}/action-plan`} className="button-secondary">
            {t('learning.plans.new')}
          </Link>
        </p>
      )}
    </>
  );
}

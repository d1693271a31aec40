import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import type { ActionPlanReview } from '../../../gql/graphql';
import { PlanReviewCard } from '../components/PlanReviewCard';
import { CohortActionPlansQuery } from '../graphql/delivery';

/** Submitted plans to review first (oldest first), then every plan with its progress reports. */
export default function ActionPlansTab() {
  const { t } = useTranslation();
  const { cohortId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CohortActionPlansQuery, {
    variables: { id: cohortId },
    fetchPolicy: 'cache-and-network',
  });
  const [message, setMessage] = useState<string | null>(null);

  if (!data) {
    if (loading) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return null;
  }
  const cohort = data.cohort;
  if (!cohort) return null;
  const toReview = cohort.actionPlans
    .filter((plan) => plan.status === 'SUBMITTED')
    .sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''));
  const others = cohort.actionPlans.filter((plan) => plan.status !== 'SUBMITTED').sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const onReviewed = (name: string, decision: ActionPlanReview) =>
    setMessage(decision === 'ACCEPT' ? t('teaching.plans.accepted', { name }) : t('teaching.plans.returned', { name }));

  return (
    <>
      <section aria-labelledby="plans-review">
        <h2 id="plans-review">{t('teaching.plans.toReview', { count: toReview.length })}</h2>
        <div aria-live="polite">{message ? <p className="alert alert-success">{message}</p> : null}</div>
        {toReview.length === 0 ? (
          <p>{t('teaching.plans.noneToReview')}</p>
        ) : (
          <div className="plan-cards">
            {toReview.map((plan) => (
              <PlanReviewCard
                key={plan.id}
                cohortId={cohort.id}
                plan={plan}
                canReview={cohort.viewerTeaches}
                headingLevel={3}
                onReviewed={onReviewed}
              />
            ))}
          </div>
        )}
      </section>
      <section aria-labelledby="plans-all">
        <h2 id="plans-all">{t('teaching.plans.others', { count: others.length })}</h2>
        {others.length === 0 ? (
          <p>{t('teaching.plans.noOthers')}</p>
        ) : (
          <div className="plan-cards">
            {others.map((plan) => (
              <PlanReviewCard key={plan.id} cohortId={cohort.id} plan={plan} canReview={false} headingLevel={3} />
            ))}
          </div>
        )}
      </section>
    </>
  );
}

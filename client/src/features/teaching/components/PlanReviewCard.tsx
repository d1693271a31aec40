import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/components/ErrorMessage';
import { TextAreaField } from '../../../app/components/fields';
import { FormError } from '../../../app/components/FormError';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { nativeNameLanguage } from '../../../app/i18n/languages';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { ActionPlanReview } from '../../../gql/graphql';
import { useReviewActionPlan } from '../hooks/useTeachingMutations';
import { PlanStatusBadge } from './StatusBadges';

export const PlanReviewCardFragment = graphql(`
  fragment PlanReviewCard_plan on ActionPlan {
    id
    status
    objectives
    supportNeeded
    reviewerComment
    reviewedAt
    submittedAt
    updatedAt
    activities {
      title
      startsOn
      endsOn
    }
    smes {
      name
      province
      note
    }
    module {
      id
      title
    }
    reviewedBy {
      id
      email
      person {
        id
        fullName
      }
    }
    enrolment {
      id
      person {
        id
        fullName
        nativeName
        countryCode
        organisation {
          id
          name
        }
      }
    }
    progressReports {
      id
      reportedOn
      done
      results
      challenges
      smesReached
    }
  }
`);

/** An action plan in full; a submitted one can be accepted, or returned with what to change. */
export function PlanReviewCard({
  cohortId,
  plan: planRef,
  canReview,
  headingLevel,
  onReviewed,
}: {
  cohortId: string;
  plan: FragmentType<typeof PlanReviewCardFragment>;
  canReview: boolean;
  headingLevel: 3 | 4;
  onReviewed?: (name: string, decision: ActionPlanReview) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorText = useErrorText();
  const plan = getFragmentData(PlanReviewCardFragment, planRef);
  const [reviewActionPlan, { loading }] = useReviewActionPlan(cohortId);
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const [commentMissing, setCommentMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const person = plan.enrolment.person;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const Sub = headingLevel === 3 ? 'h4' : 'h5';
  const prefix = `plan-${plan.id}`;
  const totalReached = plan.progressReports.reduce((sum, report) => sum + report.smesReached, 0);

  async function review(decision: ActionPlanReview): Promise<void> {
    setError(null);
    const trimmed = comment.trim();
    if (decision === 'RETURN' && trimmed === '') {
      setCommentMissing(true);
      return;
    }
    try {
      await reviewActionPlan({ variables: { input: { actionPlanId: plan.id, decision, comment: trimmed || null } } });
      onReviewed?.(person.fullName, decision);
    } catch (caught: unknown) {
      setError(errorText(caught));
    }
  }

  const dates = (startsOn?: string | null, endsOn?: string | null) =>
    startsOn && endsOn
      ? t('teaching.dateRange', { start: format.date(startsOn), end: format.date(endsOn) })
      : startsOn
        ? format.date(startsOn)
        : endsOn
          ? format.date(endsOn)
          : '';

  return (
    <article className="card plan-card" aria-labelledby={`${prefix}-title`} data-testid="plan-card">
      <p className="status-line">
        <PlanStatusBadge status={plan.status} />
        {plan.submittedAt ? <span className="meta">{t('teaching.plans.submitted', { date: format.date(plan.submittedAt) })}</span> : null}
      </p>
      <Heading id={`${prefix}-title`}>
        {person.fullName}
        {person.nativeName ? (
          <span className="native-name" lang={nativeNameLanguage(person.countryCode)}>
            {' '}
            {person.nativeName}
          </span>
        ) : null}
      </Heading>
      <p className="meta">{[plan.module?.title, person.organisation?.name].filter(Boolean).join(' · ')}</p>

      <Sub>{t('teaching.plans.objectives')}</Sub>
      <p className="prewrap">{plan.objectives}</p>
      {plan.activities.length > 0 ? (
        <>
          <Sub>{t('teaching.plans.activities')}</Sub>
          <ul className="plan-items">
            {plan.activities.map((activity, index) => (
              <li key={index}>
                {activity.title}
                {activity.startsOn || activity.endsOn ? <span className="meta"> · {dates(activity.startsOn, activity.endsOn)}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {plan.smes.length > 0 ? (
        <>
          <Sub>{t('teaching.plans.smes')}</Sub>
          <ul className="plan-items">
            {plan.smes.map((sme, index) => (
              <li key={index}>
                {sme.name}
                {sme.province || sme.note ? <span className="meta"> · {[sme.province, sme.note].filter(Boolean).join(' · ')}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {plan.supportNeeded ? (
        <>
          <Sub>{t('teaching.plans.supportNeeded')}</Sub>
          <p className="prewrap">{plan.supportNeeded}</p>
        </>
      ) : null}
      {plan.reviewerComment ? (
        <div className={`reviewer-comment${plan.status === 'RETURNED' ? ' returned' : ''}`}>
          <p className="reviewer-comment-title">
            {t('teaching.plans.comment', { name: plan.reviewedBy?.person?.fullName ?? plan.reviewedBy?.email ?? '' })}
          </p>
          <p className="prewrap">{plan.reviewerComment}</p>
        </div>
      ) : null}
      {plan.progressReports.length > 0 ? (
        <details className="plan-reports">
          <summary>{t('teaching.plans.reports', { count: plan.progressReports.length, smes: totalReached })}</summary>
          <ol className="report-list">
            {plan.progressReports.map((report) => (
              <li key={report.id}>
                <p className="report-meta">
                  {format.date(report.reportedOn)} · {t('teaching.plans.smesReached', { count: report.smesReached })}
                </p>
                <p className="prewrap">{report.done}</p>
                {report.results ? <p className="prewrap">{t('teaching.plans.results', { text: report.results })}</p> : null}
                {report.challenges ? <p className="prewrap">{t('teaching.plans.challenges', { text: report.challenges })}</p> : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}

      {canReview && plan.status === 'SUBMITTED' ? (
        <div className="plan-review">
          <FormError message={error} />
          {returning ? (
            <>
              <TextAreaField
                id={`${prefix}-comment`}
                label={t('teaching.plans.returnComment')}
                hint={t('teaching.plans.returnHint')}
                required
                rows={4}
                maxLength={4000}
                value={comment}
                error={commentMissing ? t('teaching.plans.commentRequired') : undefined}
                onValueChange={(value) => {
                  setComment(value);
                  setCommentMissing(false);
                }}
              />
              <div className="actions">
                <button type="button" className="button-primary" disabled={loading} onClick={() => void review('RETURN')}>
                  {t('teaching.plans.confirmReturn')}
                </button>
                <button type="button" className="button-link" onClick={() => setReturning(false)}>
                  {t('common.cancel')}
                </button>
              </div>
            </>
          ) : (
            <>
              <TextAreaField
                id={`${prefix}-accept-comment`}
                label={t('teaching.plans.acceptComment')}
                rows={2}
                maxLength={4000}
                value={comment}
                onValueChange={setComment}
              />
              <div className="actions">
                <button
                  type="button"
                  className="button-primary"
                  disabled={loading}
                  aria-label={t('teaching.plans.acceptLabel', { name: person.fullName })}
                  onClick={() => void review('ACCEPT')}
                >
                  {t('teaching.plans.accept')}
                </button>
                <button type="button" className="button-secondary" disabled={loading} onClick={() => setReturning(true)}>
                  {t('teaching.plans.return')}
                </button>
              </div>
            </>
          )}
        </div>
      ) : null}
    </article>
  );
}

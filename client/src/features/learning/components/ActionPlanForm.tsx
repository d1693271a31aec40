import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '../../../app/components/fields';
import { FormError } from '../../../app/components/FormError';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { ActionPlanForm_PlanFragment } from '../../../gql/graphql';
import {
  actionPlanFormValues,
  emptyActionPlanForm,
  emptyActivity,
  emptySme,
  planProblems,
  type ActionPlanFormValues,
  type ActivityRow,
  type PlanProblem,
  type SmeRow,
} from '../lib/action-plan-form';
import { ActionPlanStatusBadge } from './ActionPlanStatusBadge';
import { ConfirmPanel } from '../../../app/components/ConfirmPanel';

export const ActionPlanFormFragment = graphql(`
  fragment ActionPlanForm_plan on ActionPlan {
    id
    status
    objectives
    supportNeeded
    reviewerComment
    reviewedAt
    submittedAt
    updatedAt
    module {
      id
      title
    }
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
  }
`);

const EDITABLE = ['DRAFT', 'RETURNED'];

function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/**
 * Write or edit an action plan: what the trainee will do after the module, for which SMEs, and what
 * support they need. Saved as a draft any time; submitted for a trainer's review once complete.
 * Submitted and accepted plans are shown read-only.
 */
export function ActionPlanForm({
  plan: planRef,
  modules,
  initialModuleId,
  busy,
  errorText,
  onSave,
  onSubmit,
}: {
  plan?: FragmentType<typeof ActionPlanFormFragment>;
  modules: readonly { id: string; title: string; position: number }[];
  initialModuleId?: string;
  busy: boolean;
  errorText: string | null;
  onSave: (values: ActionPlanFormValues) => void;
  onSubmit: (values: ActionPlanFormValues) => void;
}) {
  const { t } = useTranslation();
  const plan = planRef ? getFragmentData(ActionPlanFormFragment, planRef) : undefined;
  const [values, setValues] = useState<ActionPlanFormValues>(() =>
    plan ? actionPlanFormValues(plan) : emptyActionPlanForm(initialModuleId),
  );
  const [problems, setProblems] = useState<PlanProblem[]>([]);
  const [confirming, setConfirming] = useState(false);

  if (plan && !EDITABLE.includes(plan.status)) return <ActionPlanView plan={plan} />;

  const set =
    <K extends keyof ActionPlanFormValues>(field: K) =>
    (value: ActionPlanFormValues[K]) =>
      setValues((previous) => ({ ...previous, [field]: value }));
  const setActivity = (key: string, patch: Partial<ActivityRow>) =>
    setValues((previous) => ({
      ...previous,
      activities: previous.activities.map((row) => (row.key === key ? { ...row, ...patch } : row)),
    }));
  const setSme = (key: string, patch: Partial<SmeRow>) =>
    setValues((previous) => ({ ...previous, smes: previous.smes.map((row) => (row.key === key ? { ...row, ...patch } : row)) }));
  const rowProblem = (field: 'activity' | 'sme', key: string, problem: string) =>
    problems.some((item) => item.field === field && 'key' in item && item.key === key && item.problem === problem);
  const fieldProblem = (field: 'objectives' | 'activities') => problems.some((item) => item.field === field);

  function check(intent: 'save' | 'submit'): boolean {
    const found = planProblems(values, intent);
    setProblems(found);
    return found.length === 0;
  }

  function save(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setConfirming(false);
    if (check('save')) onSave(values);
  }

  const moduleOptions = [...modules]
    .sort((a, b) => a.position - b.position)
    .map((module) => ({ value: module.id, label: `${t('course.modulePosition', { position: module.position })} · ${module.title}` }));

  return (
    <form className="form action-plan-form" onSubmit={save} noValidate>
      {plan && <PlanStatus plan={plan} />}
      <FormError message={problems.length > 0 ? t('common.fixErrors') : errorText} />
      <SelectField
        id="plan-module"
        label={t('learning.plan.module')}
        hint={t('learning.plan.moduleHint')}
        value={values.moduleId}
        options={moduleOptions}
        emptyLabel={t('learning.plan.noModule')}
        onValueChange={set('moduleId')}
      />
      <TextAreaField
        id="plan-objectives"
        label={t('learning.plan.objectives')}
        hint={t('learning.plan.objectivesHint')}
        required
        rows={5}
        value={values.objectives}
        error={fieldProblem('objectives') ? t('common.requiredError') : undefined}
        onValueChange={set('objectives')}
      />

      <fieldset className="row-group">
        <legend>{t('learning.plan.activities')}</legend>
        <p className="hint">{t('learning.plan.activitiesHint')}</p>
        {fieldProblem('activities') && <p className="field-error">{t('learning.plan.activitiesRequired')}</p>}
        <ol className="row-list">
          {values.activities.map((row, index) => (
            <li key={row.key} className="row-item" data-testid="activity-row">
              <p className="row-title">{t('learning.plan.activityN', { n: index + 1 })}</p>
              <TextField
                id={`activity-${row.key}-title`}
                label={t('learning.plan.activityTitle')}
                value={row.title}
                error={rowProblem('activity', row.key, 'title') ? t('learning.plan.activityTitleMissing') : undefined}
                onValueChange={(title) => setActivity(row.key, { title })}
              />
              <div className="row-dates">
                <TextField
                  id={`activity-${row.key}-starts`}
                  type="date"
                  label={t('learning.plan.startsOn')}
                  value={row.startsOn}
                  onValueChange={(startsOn) => setActivity(row.key, { startsOn })}
                />
                <TextField
                  id={`activity-${row.key}-ends`}
                  type="date"
                  label={t('learning.plan.endsOn')}
                  value={row.endsOn}
                  min={row.startsOn || undefined}
                  error={rowProblem('activity', row.key, 'endsBeforeStart') ? t('learning.plan.endsBeforeStart') : undefined}
                  onValueChange={(endsOn) => setActivity(row.key, { endsOn })}
                />
              </div>
              <button
                type="button"
                className="button-link"
                onClick={() =>
                  setValues((previous) => ({ ...previous, activities: previous.activities.filter((item) => item.key !== row.key) }))
                }
              >
                {t('learning.plan.removeActivity', { n: index + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            const row = emptyActivity();
            setValues((previous) => ({ ...previous, activities: [...previous.activities, row] }));
            focusSoon(`activity-${row.key}-title`);
          }}
        >
          {t('learning.plan.addActivity')}
        </button>
      </fieldset>

      <fieldset className="row-group">
        <legend>{t('learning.plan.smes')}</legend>
        <p className="hint">{t('learning.plan.smesHint')}</p>
        <ol className="row-list">
          {values.smes.map((row, index) => (
            <li key={row.key} className="row-item" data-testid="sme-row">
              <p className="row-title">{t('learning.plan.smeN', { n: index + 1 })}</p>
              <TextField
                id={`sme-${row.key}-name`}
                label={t('learning.plan.smeName')}
                value={row.name}
                error={rowProblem('sme', row.key, 'name') ? t('learning.plan.smeNameMissing') : undefined}
                onValueChange={(name) => setSme(row.key, { name })}
              />
              <TextField
                id={`sme-${row.key}-province`}
                label={t('person.province')}
                value={row.province}
                onValueChange={(province) => setSme(row.key, { province })}
              />
              <TextField
                id={`sme-${row.key}-note`}
                label={t('learning.plan.smeNote')}
                value={row.note}
                onValueChange={(note) => setSme(row.key, { note })}
              />
              <button
                type="button"
                className="button-link"
                onClick={() => setValues((previous) => ({ ...previous, smes: previous.smes.filter((item) => item.key !== row.key) }))}
              >
                {t('learning.plan.removeSme', { n: index + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            const row = emptySme();
            setValues((previous) => ({ ...previous, smes: [...previous.smes, row] }));
            focusSoon(`sme-${row.key}-name`);
          }}
        >
          {t('learning.plan.addSme')}
        </button>
      </fieldset>

      <TextAreaField
        id="plan-support"
        label={t('learning.plan.supportNeeded')}
        hint={t('learning.plan.supportHint')}
        rows={3}
        value={values.supportNeeded}
        onValueChange={set('supportNeeded')}
      />

      {confirming ? (
        <ConfirmPanel
          title={t('learning.plan.confirmSubmit')}
          confirmLabel={busy ? t('common.saving') : t('learning.plan.submit')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          onConfirm={() => onSubmit(values)}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('learning.plan.confirmSubmitHelp')}</p>
        </ConfirmPanel>
      ) : (
        <div className="actions">
          <button type="submit" className="button-secondary" disabled={busy}>
            {busy ? t('common.saving') : t('learning.plan.saveDraft')}
          </button>
          <button
            type="button"
            className="button-primary"
            disabled={busy}
            onClick={() => {
              if (check('submit')) setConfirming(true);
            }}
          >
            {t('learning.plan.submit')}
          </button>
        </div>
      )}
    </form>
  );
}

type PlanData = ActionPlanForm_PlanFragment;

/** Status, dates and the trainer's comment. */
function PlanStatus({ plan }: { plan: PlanData }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <div className="plan-status">
      <p>
        <ActionPlanStatusBadge status={plan.status} />{' '}
        <span className="meta">
          {plan.submittedAt
            ? t('learning.plan.submittedOn', { date: format.date(plan.submittedAt) })
            : t('learning.plan.savedOn', { date: format.date(plan.updatedAt) })}
        </span>
      </p>
      {plan.status === 'DRAFT' && <p className="meta">{t('learning.plan.draftHelp')}</p>}
      {plan.status === 'SUBMITTED' && <p className="meta">{t('learning.plan.submittedHelp')}</p>}
      {plan.reviewerComment && (
        <div className={plan.status === 'RETURNED' ? 'reviewer-comment returned' : 'reviewer-comment'} data-testid="reviewer-comment">
          <p className="reviewer-comment-title">
            {plan.status === 'RETURNED' ? t('learning.plan.returnedComment') : t('learning.plan.reviewerComment')}
          </p>
          <p className="prewrap">{plan.reviewerComment}</p>
        </div>
      )}
    </div>
  );
}

/** A submitted or accepted plan, read-only. */
function ActionPlanView({ plan }: { plan: PlanData }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const none = t('common.none');
  const dates = (startsOn?: string | null, endsOn?: string | null) =>
    startsOn && endsOn
      ? t('learning.dates', { start: format.date(startsOn), end: format.date(endsOn) })
      : startsOn
        ? t('learning.plan.fromDate', { date: format.date(startsOn) })
        : endsOn
          ? t('learning.plan.byDate', { date: format.date(endsOn) })
          : null;
  return (
    <div className="action-plan-view" data-testid="action-plan-view">
      <PlanStatus plan={plan} />
      <dl className="details card">
        <dt>{t('learning.plan.module')}</dt>
        <dd>{plan.module?.title ?? t('learning.plan.noModule')}</dd>
        <dt>{t('learning.plan.objectives')}</dt>
        <dd className="prewrap">{plan.objectives || none}</dd>
        <dt>{t('learning.plan.activities')}</dt>
        <dd>
          {plan.activities.length === 0 ? (
            none
          ) : (
            <ol className="plain-list numbered">
              {plan.activities.map((activity, index) => (
                <li key={index}>
                  {activity.title}
                  {dates(activity.startsOn, activity.endsOn) && (
                    <span className="meta"> · {dates(activity.startsOn, activity.endsOn)}</span>
                  )}
                </li>
              ))}
            </ol>
          )}
        </dd>
        <dt>{t('learning.plan.smes')}</dt>
        <dd>
          {plan.smes.length === 0 ? (
            none
          ) : (
            <ul className="plain-list">
              {plan.smes.map((sme, index) => (
                <li key={index}>
                  <strong>{sme.name}</strong>
                  {sme.province && <span className="meta"> · {sme.province}</span>}
                  {sme.note && <span className="meta"> · {sme.note}</span>}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('learning.plan.supportNeeded')}</dt>
        <dd className="prewrap">{plan.supportNeeded ?? none}</dd>
      </dl>
    </div>
  );
}

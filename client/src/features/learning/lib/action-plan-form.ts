import type { SaveActionPlanInput } from '../../../gql/graphql';

export interface ActivityRow {
  /** Identifies the row on screen only; never sent. */
  key: string;
  title: string;
  startsOn: string;
  endsOn: string;
}

export interface SmeRow {
  key: string;
  name: string;
  province: string;
  note: string;
}

/** What the action plan form edits: every field as the text in its control. */
export interface ActionPlanFormValues {
  moduleId: string;
  objectives: string;
  activities: ActivityRow[];
  smes: SmeRow[];
  supportNeeded: string;
}

let rowCount = 0;
export function newRowKey(): string {
  rowCount += 1;
  return `row-${rowCount}`;
}

export const emptyActivity = (): ActivityRow => ({ key: newRowKey(), title: '', startsOn: '', endsOn: '' });
export const emptySme = (): SmeRow => ({ key: newRowKey(), name: '', province: '', note: '' });

export function emptyActionPlanForm(moduleId = ''): ActionPlanFormValues {
  return { moduleId, objectives: '', activities: [emptyActivity()], smes: [emptySme()], supportNeeded: '' };
}

export interface ActionPlanLike {
  objectives: string;
  supportNeeded?: string | null;
  module?: { id: string } | null;
  activities: readonly { title: string; startsOn?: string | null; endsOn?: string | null }[];
  smes: readonly { name: string; province?: string | null; note?: string | null }[];
}

export function actionPlanFormValues(plan: ActionPlanLike): ActionPlanFormValues {
  const activities = plan.activities.map((activity) => ({
    key: newRowKey(),
    title: activity.title,
    startsOn: activity.startsOn ?? '',
    endsOn: activity.endsOn ?? '',
  }));
  const smes = plan.smes.map((sme) => ({ key: newRowKey(), name: sme.name, province: sme.province ?? '', note: sme.note ?? '' }));
  return {
    moduleId: plan.module?.id ?? '',
    objectives: plan.objectives,
    activities: activities.length ? activities : [emptyActivity()],
    smes: smes.length ? smes : [emptySme()],
    supportNeeded: plan.supportNeeded ?? '',
  };
}

const isBlankActivity = (row: ActivityRow) => !row.title.trim() && !row.startsOn && !row.endsOn;
const isBlankSme = (row: SmeRow) => !row.name.trim() && !row.province.trim() && !row.note.trim();
const optional = (value: string): string | null => (value.trim() === '' ? null : value.trim());

export type PlanProblem =
  | { field: 'objectives'; problem: 'required' }
  | { field: 'activities'; problem: 'required' }
  | { field: 'activity'; key: string; problem: 'title' | 'endsBeforeStart' }
  | { field: 'sme'; key: string; problem: 'name' };

/**
 * What stops the plan from being saved (a row without its description, an activity that ends
 * before it starts) or, when submitting, from being sent for review (no objectives, no activity).
 * Fully blank rows are ignored: they are the empty row the form offers.
 */
export function planProblems(values: ActionPlanFormValues, intent: 'save' | 'submit'): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const activities = values.activities.filter((row) => !isBlankActivity(row));
  if (intent === 'submit' && !values.objectives.trim()) problems.push({ field: 'objectives', problem: 'required' });
  if (intent === 'submit' && activities.length === 0) problems.push({ field: 'activities', problem: 'required' });
  for (const row of activities) {
    if (row.title.trim().length < 2) problems.push({ field: 'activity', key: row.key, problem: 'title' });
    if (row.startsOn && row.endsOn && row.endsOn < row.startsOn)
      problems.push({ field: 'activity', key: row.key, problem: 'endsBeforeStart' });
  }
  for (const row of values.smes.filter((sme) => !isBlankSme(sme))) {
    if (row.name.trim().length < 2) problems.push({ field: 'sme', key: row.key, problem: 'name' });
  }
  return problems;
}

/** Call only when planProblems(values, 'save') is empty. Blank rows are dropped, text is trimmed. */
export function toSaveActionPlanInput(values: ActionPlanFormValues, ids: { enrolmentId: string; id?: string | null }): SaveActionPlanInput {
  return {
    id: ids.id ?? null,
    enrolmentId: ids.enrolmentId,
    moduleId: optional(values.moduleId),
    objectives: values.objectives.trim(),
    activities: values.activities
      .filter((row) => !isBlankActivity(row))
      .map((row) => ({ title: row.title.trim(), startsOn: row.startsOn || null, endsOn: row.endsOn || null })),
    smes: values.smes
      .filter((row) => !isBlankSme(row))
      .map((row) => ({ name: row.name.trim(), province: optional(row.province), note: optional(row.note) })),
    supportNeeded: optional(values.supportNeeded),
  };
}

/** What a progress report form edits. */
export interface ProgressReportValues {
  reportedOn: string;
  done: string;
  results: string;
  challenges: string;
  smesReached: string;
}

export const emptyProgressReport = (today: string): ProgressReportValues => ({
  reportedOn: today,
  done: '',
  results: '',
  challenges: '',
  smesReached: '',
});

export type ReportProblem = { field: 'reportedOn' | 'done'; problem: 'required' } | { field: 'smesReached'; problem: 'number' };

export function reportProblems(values: ProgressReportValues): ReportProblem[] {
  const problems: ReportProblem[] = [];
  if (!values.reportedOn) problems.push({ field: 'reportedOn', problem: 'required' });
  if (values.done.trim().length < 2) problems.push({ field: 'done', problem: 'required' });
  if (values.smesReached.trim() && !/^\d{1,5}$/.test(values.smesReached.trim())) problems.push({ field: 'smesReached', problem: 'number' });
  return problems;
}

export function toProgressReportInput(values: ProgressReportValues, actionPlanId: string) {
  return {
    actionPlanId,
    reportedOn: values.reportedOn,
    done: values.done.trim(),
    results: optional(values.results),
    challenges: optional(values.challenges),
    smesReached: values.smesReached.trim() ? Number(values.smesReached.trim()) : null,
  };
}

import type { RequirementKind } from '../../../gql/graphql';

export interface RequirementFacts {
  kind: RequirementKind;
  met: boolean;
  actual?: number | null;
  required?: number | null;
  moduleId?: string | null;
  /** The server's English sentence: shown only when the figures to say it in the interface language are missing. */
  description: string;
}

/** A sentence key with the values it needs; one member per set of placeholders, so calls stay typed. */
export type RequirementText =
  | {
      key:
        | 'learning.requirement.approved.met'
        | 'learning.requirement.approved.missing'
        | 'learning.requirement.actionPlan.met'
        | 'learning.requirement.actionPlan.missing';
      values: Record<string, never>;
    }
  | {
      key: 'learning.requirement.sessionsHeld.met' | 'learning.requirement.sessionsHeld.missing';
      values: { held: string; scheduled: string };
    }
  | { key: 'learning.requirement.attendance.met' | 'learning.requirement.attendance.missing'; values: { actual: string; required: string } }
  | { key: 'learning.requirement.attendance.noSessions'; values: { required: string } }
  | {
      key: 'learning.requirement.postTest.met' | 'learning.requirement.postTest.notPassed';
      values: { module: string; actual: string; required: string };
    }
  | { key: 'learning.requirement.postTest.notTaken'; values: { module: string; required: string } }
  | { text: string };

export interface RequirementFormatters {
  /** A 0..1 rate: 0.8 → "80%". */
  percent: (rate: number) => string;
  /** A test score, 0..100: 73.3 → "73.3%". */
  score: (score: number) => string;
  count: (value: number) => string;
}

/**
 * One completion rule as a sentence in the interface language, from its kind and figures (the
 * server's description is English). The module title comes from the caller, looked up by moduleId.
 */
export function requirementText(
  requirement: RequirementFacts,
  moduleTitle: string | undefined,
  format: RequirementFormatters,
): RequirementText {
  const { met, actual, required } = requirement;
  const fallback = { text: requirement.description };
  switch (requirement.kind) {
    case 'ENROLMENT_APPROVED':
      return { key: met ? 'learning.requirement.approved.met' : 'learning.requirement.approved.missing', values: {} };
    case 'SESSIONS_HELD':
      if (actual == null || required == null) return fallback;
      return {
        key: met ? 'learning.requirement.sessionsHeld.met' : 'learning.requirement.sessionsHeld.missing',
        values: { held: format.count(actual), scheduled: format.count(required) },
      };
    case 'ATTENDANCE':
      if (required == null) return fallback;
      if (actual == null) return { key: 'learning.requirement.attendance.noSessions', values: { required: format.percent(required) } };
      return {
        key: met ? 'learning.requirement.attendance.met' : 'learning.requirement.attendance.missing',
        values: { actual: format.percent(actual), required: format.percent(required) },
      };
    case 'POST_TEST_PASSED':
      if (!moduleTitle || required == null) return fallback;
      if (actual == null)
        return { key: 'learning.requirement.postTest.notTaken', values: { module: moduleTitle, required: format.score(required) } };
      return {
        key: met ? 'learning.requirement.postTest.met' : 'learning.requirement.postTest.notPassed',
        values: { module: moduleTitle, actual: format.score(actual), required: format.score(required) },
      };
    case 'ACTION_PLAN_ACCEPTED':
      return { key: met ? 'learning.requirement.actionPlan.met' : 'learning.requirement.actionPlan.missing', values: {} };
    default:
      return fallback;
  }
}

import { ActionPlanStatus, AttendanceStatus, EnrolmentStatus } from '../common/enums';
import type { CompletionRules } from '../courses/course.entity';

export const ATTENDED: readonly AttendanceStatus[] = [AttendanceStatus.PRESENT, AttendanceStatus.LATE];

export type RequirementKind = 'ENROLMENT_APPROVED' | 'SESSIONS_HELD' | 'ATTENDANCE' | 'POST_TEST_PASSED' | 'ACTION_PLAN_ACCEPTED';

/** One completion rule and whether it is met, with the figures a person needs to read it. */
export interface Requirement {
  kind: RequirementKind;
  met: boolean;
  /** For POST_TEST_PASSED: the module. */
  moduleId: string | null;
  moduleTitle: string | null;
  /** ATTENDANCE: rates 0..1; POST_TEST_PASSED: best score and pass mark; SESSIONS_HELD: counts. */
  actual: number | null;
  required: number | null;
  /** The rule in plain English, e.g. "Attendance 62% of the required 80%." */
  description: string;
}

export interface CompletionFacts {
  status: EnrolmentStatus;
  rules: CompletionRules;
  sessionsHeld: number;
  sessionsScheduled: number;
  sessionsAttended: number;
  /** Every module that has a post-test, in order, with the best score so far (null = not taken). */
  postTests: { moduleId: string; moduleTitle: string; bestScore: number | null; passScore: number }[];
  actionPlanStatuses: ActionPlanStatus[];
}

export function attendanceRate(held: number, attended: number): number | null {
  return held === 0 ? null : attended / held;
}

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/**
 * The completion rules of a course applied to one enrolment: the enrolment is approved (or already
 * completed), every session has been held, the attendance rate reaches the minimum, every post-test
 * is passed (if the course requires it) and an action plan is accepted (if it requires one).
 */
export function evaluateCompletion(facts: CompletionFacts): { completed: boolean; requirements: Requirement[] } {
  const requirements: Requirement[] = [];
  const add = (requirement: Omit<Requirement, 'moduleId' | 'moduleTitle' | 'actual' | 'required'> & Partial<Requirement>) =>
    requirements.push({ moduleId: null, moduleTitle: null, actual: null, required: null, ...requirement });

  const enrolled = facts.status === EnrolmentStatus.APPROVED || facts.status === EnrolmentStatus.COMPLETED;
  add({ kind: 'ENROLMENT_APPROVED', met: enrolled, description: enrolled ? 'Enrolment approved.' : `Enrolment is ${facts.status.toLowerCase()}, not approved.` });

  const allHeld = facts.sessionsScheduled > 0 && facts.sessionsHeld >= facts.sessionsScheduled;
  add({
    kind: 'SESSIONS_HELD',
    met: allHeld,
    actual: facts.sessionsHeld,
    required: facts.sessionsScheduled,
    description: allHeld ? 'All sessions held.' : `${facts.sessionsHeld} of ${facts.sessionsScheduled} sessions held so far.`,
  });

  const rate = attendanceRate(facts.sessionsHeld, facts.sessionsAttended);
  const attendanceMet = rate !== null && rate >= facts.rules.minAttendanceRate;
  add({
    kind: 'ATTENDANCE',
    met: attendanceMet,
    actual: rate,
    required: facts.rules.minAttendanceRate,
    description:
      rate === null
        ? `No session held yet; attendance of ${percent(facts.rules.minAttendanceRate)} is required.`
        : `Attendance ${percent(rate)} of the required ${percent(facts.rules.minAttendanceRate)}.`,
  });

  if (facts.rules.requirePostTestPass) {
    for (const test of facts.postTests) {
      const met = test.bestScore !== null && test.bestScore >= test.passScore;
      add({
        kind: 'POST_TEST_PASSED',
        met,
        moduleId: test.moduleId,
        moduleTitle: test.moduleTitle,
        actual: test.bestScore,
        required: test.passScore,
        description:
          test.bestScore === null
            ? `Post-test of “${test.moduleTitle}” not taken (pass mark ${test.passScore}).`
            : `Post-test of “${test.moduleTitle}”: ${test.bestScore} of the pass mark ${test.passScore}${met ? '' : ', not passed'}.`,
      });
    }
  }

  if (facts.rules.requireActionPlan) {
    const accepted = facts.actionPlanStatuses.includes(ActionPlanStatus.ACCEPTED);
    add({
      kind: 'ACTION_PLAN_ACCEPTED',
      met: accepted,
      description: accepted ? 'Action plan accepted.' : facts.actionPlanStatuses.length ? 'Action plan not yet accepted.' : 'No action plan submitted.',
    });
  }

  return { completed: facts.status === EnrolmentStatus.COMPLETED || requirements.every((r) => r.met), requirements };
}

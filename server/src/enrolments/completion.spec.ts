import { ActionPlanStatus, EnrolmentStatus } from '../common/enums';
import { evaluateCompletion, type CompletionFacts } from './completion';

const rules = { minAttendanceRate: 0.8, requirePostTestPass: true, requireActionPlan: true, postTestAttempts: 2 };
const complete: CompletionFacts = {
  status: EnrolmentStatus.APPROVED,
  rules,
  sessionsScheduled: 8,
  sessionsHeld: 8,
  sessionsAttended: 7,
  postTests: [
    { moduleId: 'm1', moduleTitle: 'Cluster mapping', bestScore: 80, passScore: 60 },
    { moduleId: 'm3', moduleTitle: 'Export consortia', bestScore: 60, passScore: 60 },
  ],
  actionPlanStatuses: [ActionPlanStatus.RETURNED, ActionPlanStatus.ACCEPTED],
};
const missing = (facts: CompletionFacts) => evaluateCompletion(facts).requirements.filter((r) => !r.met).map((r) => r.description);

describe('completion rules', () => {
  it('completes when every rule is met (a pass mark reached exactly counts)', () => {
    expect(evaluateCompletion(complete).completed).toBe(true);
    expect(missing(complete)).toEqual([]);
  });

  it('says in plain words what is missing', () => {
    const facts = { ...complete, sessionsAttended: 5, postTests: [{ ...complete.postTests[0] }, { ...complete.postTests[1], bestScore: 45 }], actionPlanStatuses: [ActionPlanStatus.SUBMITTED] };
    expect(evaluateCompletion(facts).completed).toBe(false);
    expect(missing(facts)).toEqual(['Attendance 63% of the required 80%.', 'Post-test of “Export consortia”: 45 of the pass mark 60, not passed.', 'Action plan not yet accepted.']);
  });

  it('waits for every session to be held', () => {
    const facts = { ...complete, sessionsHeld: 5, sessionsAttended: 5 };
    expect(evaluateCompletion(facts).completed).toBe(false);
    expect(missing(facts)).toEqual(['5 of 8 sessions held so far.']);
  });

  it('reports a post-test not taken and no action plan', () => {
    const facts = { ...complete, postTests: [{ ...complete.postTests[0], bestScore: null }], actionPlanStatuses: [] };
    expect(missing(facts)).toEqual(['Post-test of “Cluster mapping” not taken (pass mark 60).', 'No action plan submitted.']);
  });

  it('leaves out rules the course does not require', () => {
    const facts = { ...complete, rules: { ...rules, requirePostTestPass: false, requireActionPlan: false }, postTests: [{ ...complete.postTests[0], bestScore: 10 }], actionPlanStatuses: [] };
    expect(evaluateCompletion(facts).completed).toBe(true);
    expect(evaluateCompletion(facts).requirements.map((r) => r.kind)).toEqual(['ENROLMENT_APPROVED', 'SESSIONS_HELD', 'ATTENDANCE']);
  });

  it('does not complete a pending or withdrawn enrolment, and keeps a completed one completed', () => {
    expect(evaluateCompletion({ ...complete, status: EnrolmentStatus.WITHDRAWN }).completed).toBe(false);
    expect(evaluateCompletion({ ...complete, status: EnrolmentStatus.COMPLETED, sessionsAttended: 0 }).completed).toBe(true);
  });

  it('treats no held session as no attendance rate yet', () => {
    const facts = { ...complete, sessionsHeld: 0, sessionsAttended: 0 };
    const attendance = evaluateCompletion(facts).requirements.find((r) => r.kind === 'ATTENDANCE')!;
    expect(attendance).toMatchObject({ met: false, actual: null, description: 'No session held yet; attendance of 80% is required.' });
  });
});

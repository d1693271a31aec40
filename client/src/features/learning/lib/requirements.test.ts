import { requirementText, type RequirementFacts } from './requirements';

const format = {
  percent: (rate: number) => `${Math.round(rate * 1000) / 10}%`,
  score: (score: number) => `${score}%`,
  count: (value: number) => String(value),
};

const requirement = (facts: Partial<RequirementFacts> & Pick<RequirementFacts, 'kind'>): RequirementFacts => ({
  met: false,
  actual: null,
  required: null,
  moduleId: null,
  description: 'The server says so.',
  ...facts,
});

describe('requirementText', () => {
  it.each<[RequirementFacts, string | undefined, ReturnType<typeof requirementText>]>([
    [requirement({ kind: 'ENROLMENT_APPROVED', met: true }), undefined, { key: 'learning.requirement.approved.met', values: {} }],
    [requirement({ kind: 'ENROLMENT_APPROVED' }), undefined, { key: 'learning.requirement.approved.missing', values: {} }],
    [
      requirement({ kind: 'SESSIONS_HELD', actual: 4, required: 7 }),
      undefined,
      { key: 'learning.requirement.sessionsHeld.missing', values: { held: '4', scheduled: '7' } },
    ],
    [
      requirement({ kind: 'SESSIONS_HELD', met: true, actual: 7, required: 7 }),
      undefined,
      { key: 'learning.requirement.sessionsHeld.met', values: { held: '7', scheduled: '7' } },
    ],
    [
      requirement({ kind: 'ATTENDANCE', actual: 0.75, required: 0.8 }),
      undefined,
      { key: 'learning.requirement.attendance.missing', values: { actual: '75%', required: '80%' } },
    ],
    [
      requirement({ kind: 'ATTENDANCE', met: true, actual: 0.9, required: 0.8 }),
      undefined,
      { key: 'learning.requirement.attendance.met', values: { actual: '90%', required: '80%' } },
    ],
    [
      requirement({ kind: 'ATTENDANCE', actual: null, required: 0.8 }),
      undefined,
      { key: 'learning.requirement.attendance.noSessions', values: { required: '80%' } },
    ],
    [
      requirement({ kind: 'POST_TEST_PASSED', met: true, actual: 73.3, required: 60, moduleId: 'm1' }),
      'Demand-Driven Service Design',
      { key: 'learning.requirement.postTest.met', values: { module: 'Demand-Driven Service Design', actual: '73.3%', required: '60%' } },
    ],
    [
      requirement({ kind: 'POST_TEST_PASSED', actual: 40, required: 60, moduleId: 'm1' }),
      'Trade',
      { key: 'learning.requirement.postTest.notPassed', values: { module: 'Trade', actual: '40%', required: '60%' } },
    ],
    [
      requirement({ kind: 'POST_TEST_PASSED', required: 60, moduleId: 'm1' }),
      'Trade',
      { key: 'learning.requirement.postTest.notTaken', values: { module: 'Trade', required: '60%' } },
    ],
    [requirement({ kind: 'ACTION_PLAN_ACCEPTED', met: true }), undefined, { key: 'learning.requirement.actionPlan.met', values: {} }],
    [requirement({ kind: 'ACTION_PLAN_ACCEPTED' }), undefined, { key: 'learning.requirement.actionPlan.missing', values: {} }],
  ])('says %p', (facts, moduleTitle, expected) => {
    expect(requirementText(facts, moduleTitle, format)).toEqual(expected);
  });

  it('falls back to the server’s sentence when a figure or the module is missing', () => {
    expect(requirementText(requirement({ kind: 'SESSIONS_HELD', actual: null, required: 7 }), undefined, format)).toEqual({
      text: 'The server says so.',
    });
    expect(
      requirementText(requirement({ kind: 'POST_TEST_PASSED', actual: 70, required: 60, moduleId: 'gone' }), undefined, format),
    ).toEqual({
      text: 'The server says so.',
    });
    expect(requirementText(requirement({ kind: 'ATTENDANCE', actual: 0.5, required: null }), undefined, format)).toEqual({
      text: 'The server says so.',
    });
  });
});

import { moduleOfAssessment, sortTests, testAvailability, type TestWindowFacts } from './tests';

const modules = [
  { id: 'm2', position: 2, assessments: [{ id: 'pre2' }, { id: 'post2' }] },
  { id: 'm1', position: 1, assessments: [{ id: 'pre1' }, { id: 'post1' }, { id: 'assignment1' }] },
];

describe('moduleOfAssessment', () => {
  it('finds the module by one of its assessments', () => {
    expect(moduleOfAssessment(modules, 'post2')?.id).toBe('m2');
    expect(moduleOfAssessment(modules, 'nope')).toBeUndefined();
  });
});

describe('sortTests', () => {
  it('orders by module, pre-test first', () => {
    const tests = [
      { assessment: { id: 'post2', kind: 'POST_TEST' } },
      { assessment: { id: 'post1', kind: 'POST_TEST' } },
      { assessment: { id: 'pre2', kind: 'PRE_TEST' } },
      { assessment: { id: 'pre1', kind: 'PRE_TEST' } },
    ];
    expect(sortTests(tests, modules).map((test) => test.assessment.id)).toEqual(['pre1', 'post1', 'pre2', 'post2']);
  });
});

describe('testAvailability', () => {
  const test = (facts: Partial<TestWindowFacts>): TestWindowFacts => ({
    state: 'OPEN',
    opensAt: null,
    closesAt: '2026-12-05T09:30:00Z',
    attemptsUsed: 0,
    attemptsAllowed: 2,
    canAttempt: true,
    ...facts,
  });

  it.each<[TestWindowFacts, ReturnType<typeof testAvailability>]>([
    [test({}), { kind: 'open', attemptsLeft: 2, closesAt: '2026-12-05T09:30:00Z' }],
    [test({ attemptsUsed: 1 }), { kind: 'open', attemptsLeft: 1, closesAt: '2026-12-05T09:30:00Z' }],
    [test({ attemptsUsed: 2, canAttempt: false }), { kind: 'usedUp', closesAt: '2026-12-05T09:30:00Z' }],
    [test({ canAttempt: false }), { kind: 'notEnrolled' }],
    [
      test({ state: 'NOT_YET_OPEN', opensAt: '2026-12-12T01:30:00Z', canAttempt: false }),
      { kind: 'notYetOpen', opensAt: '2026-12-12T01:30:00Z' },
    ],
    [test({ state: 'NOT_YET_OPEN', canAttempt: false }), { kind: 'notYetOpen', opensAt: null }],
    [test({ state: 'CLOSED', canAttempt: false }), { kind: 'closed', closedAt: '2026-12-05T09:30:00Z' }],
  ])('reads %p', (facts, expected) => {
    expect(testAvailability(facts)).toEqual(expected);
  });
});

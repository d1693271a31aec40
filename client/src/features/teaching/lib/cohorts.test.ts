import { cohortsFilterFromParams, cohortsVariables, inPeriod, sessionPhase, todaysSessions } from './cohorts';

const at = (hours: number, minutes = 0) => new Date(2026, 2, 5, hours, minutes);
const session = (id: string, start: Date, end: Date, cancelled = false) => ({
  id,
  startsAt: start.toISOString(),
  endsAt: end.toISOString(),
  cancelled,
});

describe('cohorts filter', () => {
  it('reads the period and course from the URL, current by default', () => {
    expect(cohortsFilterFromParams(new URLSearchParams(''))).toEqual({ period: 'current', courseId: null });
    expect(cohortsFilterFromParams(new URLSearchParams('period=past&course=c1'))).toEqual({ period: 'past', courseId: 'c1' });
    expect(cohortsFilterFromParams(new URLSearchParams('period=nonsense'))).toEqual({ period: 'current', courseId: null });
  });

  it('asks the server for current cohorts, and for all of them otherwise', () => {
    expect(cohortsVariables({ period: 'current', courseId: null })).toEqual({ courseId: null, current: true });
    expect(cohortsVariables({ period: 'past', courseId: 'c1' })).toEqual({ courseId: 'c1', current: null });
  });

  it('keeps only ended cohorts for "past"', () => {
    const cohorts = [{ endsOn: '2026-03-04' }, { endsOn: '2026-03-05' }, { endsOn: '2026-04-01' }];
    expect(inPeriod(cohorts, 'past', at(10))).toEqual([{ endsOn: '2026-03-04' }]);
    expect(inPeriod(cohorts, 'all', at(10))).toHaveLength(3);
  });
});

describe('sessions', () => {
  const now = at(10);

  it('knows whether a session is running, coming, over or cancelled', () => {
    expect(sessionPhase(session('s', at(9), at(12)), now)).toBe('inProgress');
    expect(sessionPhase(session('s', at(13), at(16)), now)).toBe('upcoming');
    expect(sessionPhase(session('s', at(7), at(9)), now)).toBe('ended');
    expect(sessionPhase(session('s', at(9), at(12), true), now)).toBe('cancelled');
  });

  it('lists today’s sessions in progress or still to come, soonest first, across cohorts', () => {
    const tomorrow = new Date(2026, 2, 6, 9);
    const cohorts = [
      {
        id: 'c1',
        sessions: [
          session('later', at(14), at(16)),
          session('over', at(7), at(9)),
          session('tomorrow', tomorrow, new Date(2026, 2, 6, 12)),
        ],
      },
      { id: 'c2', sessions: [session('now', at(9), at(12)), session('cancelled', at(11), at(12), true)] },
    ];
    expect(todaysSessions(cohorts, now).map(({ cohort, session }) => `${cohort.id}:${session.id}`)).toEqual(['c2:now', 'c1:later']);
  });
});

import { checkInSessions, isCurrent, localDate, modulesPassed, nextSession, sortCurrentFirst, type EnrolmentDates } from './enrolments';

const enrolment = (id: string, status: EnrolmentDates['status'], startsOn: string, endsOn: string) => ({
  id,
  status,
  cohort: { startsOn, endsOn },
});

describe('current and past enrolments', () => {
  const today = '2026-11-28';
  const running = enrolment('running', 'APPROVED', '2026-11-21', '2026-12-12');
  const applied = enrolment('applied', 'PENDING', '2026-12-28', '2027-01-07');
  const waiting = enrolment('waiting', 'WAITLISTED', '2026-12-01', '2026-12-10');
  const finished = enrolment('finished', 'COMPLETED', '2016-06-06', '2016-06-16');
  const older = enrolment('older', 'APPROVED', '2015-01-05', '2015-01-09');
  const rejected = enrolment('rejected', 'REJECTED', '2026-12-28', '2027-01-07');
  const withdrawn = enrolment('withdrawn', 'WITHDRAWN', '2026-11-21', '2026-12-12');

  it.each([
    [running, true],
    [applied, true],
    [waiting, true],
    [finished, false],
    [older, false],
    [rejected, false],
    [withdrawn, false],
  ])('%p is current: %p', (item, expected) => {
    expect(isCurrent(item, today)).toBe(expected);
  });

  it('counts the last day of a cohort as current', () => {
    expect(isCurrent(enrolment('last', 'APPROVED', '2026-11-20', today), today)).toBe(true);
  });

  it('puts current enrolments first, soonest first, then the rest newest first', () => {
    const { current, past } = sortCurrentFirst([finished, applied, older, running, rejected, waiting], today);
    expect(current.map((item) => item.id)).toEqual(['running', 'waiting', 'applied']);
    expect(past.map((item) => item.id)).toEqual(['rejected', 'finished', 'older']);
  });
});

describe('nextSession', () => {
  const session = (id: string, startsAt: string, endsAt: string, cancelled = false) => ({ id, startsAt, endsAt, cancelled });
  const sessions = [
    session('later', '2026-12-05T01:30:00Z', '2026-12-05T09:30:00Z'),
    session('done', '2026-11-27T01:30:00Z', '2026-11-27T09:30:00Z'),
    session('cancelled', '2026-11-29T01:30:00Z', '2026-11-29T09:30:00Z', true),
    session('now', '2026-11-28T01:30:00Z', '2026-11-28T09:30:00Z'),
  ];

  it('is the session in progress when there is one', () => {
    expect(nextSession(sessions, new Date('2026-11-28T05:00:00Z'))?.id).toBe('now');
  });

  it('skips finished and cancelled sessions', () => {
    expect(nextSession(sessions, new Date('2026-11-28T10:00:00Z'))?.id).toBe('later');
  });

  it('is null when every session is over', () => {
    expect(nextSession(sessions, new Date('2027-01-01T00:00:00Z'))).toBeNull();
    expect(nextSession([], new Date())).toBeNull();
  });
});

describe('checkInSessions', () => {
  it('lists only sessions in progress with check-in open', () => {
    const sessions = [
      { id: 'open', cancelled: false, inProgress: true, checkInOpen: true },
      { id: 'no-code', cancelled: false, inProgress: true, checkInOpen: false },
      { id: 'not-started', cancelled: false, inProgress: false, checkInOpen: false },
      { id: 'cancelled', cancelled: true, inProgress: true, checkInOpen: true },
    ];
    expect(checkInSessions(sessions).map((session) => session.id)).toEqual(['open']);
  });
});

describe('modulesPassed and localDate', () => {
  it('counts modules with a passed post-test', () => {
    expect(modulesPassed([{ postTestPassed: true }, { postTestPassed: false }, { postTestPassed: true }])).toEqual({ passed: 2, total: 3 });
  });

  it('writes the local date as YYYY-MM-DD', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

import {
  buildSessionSlots,
  localDay,
  localInstant,
  localTime,
  parseDays,
  scheduleProblems,
  sessionDays,
  type ScheduleDraft,
} from './schedule';

const draft: ScheduleDraft = {
  moduleId: 'm1',
  firstDate: '2026-03-05', // a Thursday
  days: '3',
  startTime: '08:30',
  endTime: '16:30',
  skipWeekends: false,
  venue: '',
};

describe('sessionDays', () => {
  it('counts consecutive days', () => {
    expect(sessionDays('2026-03-05', 3, false)).toEqual(['2026-03-05', '2026-03-06', '2026-03-07']);
  });

  it('leaves out Saturdays and Sundays when asked, still giving the number of days asked for', () => {
    expect(sessionDays('2026-03-05', 4, true)).toEqual(['2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10']);
  });

  it('crosses month and year ends', () => {
    expect(sessionDays('2026-12-30', 3, false)).toEqual(['2026-12-30', '2026-12-31', '2027-01-01']);
    expect(sessionDays('2028-02-28', 2, false)).toEqual(['2028-02-28', '2028-02-29']);
  });

  it('gives nothing for a bad date or no days', () => {
    expect(sessionDays('2026-02-30', 2, false)).toEqual([]);
    expect(sessionDays('2026-03-05', 0, false)).toEqual([]);
  });
});

describe('buildSessionSlots', () => {
  it('makes one session per day at the same local hours', () => {
    const slots = buildSessionSlots(draft);
    expect(slots).toHaveLength(3);
    expect(slots[0]).toEqual({
      moduleId: 'm1',
      startsAt: new Date(2026, 2, 5, 8, 30).toISOString(),
      endsAt: new Date(2026, 2, 5, 16, 30).toISOString(),
    });
    expect(slots[2]?.startsAt).toBe(new Date(2026, 2, 7, 8, 30).toISOString());
    expect(slots.map((slot) => localTime(slot.startsAt))).toEqual(['08:30', '08:30', '08:30']);
  });

  it('sends the venue only when one is given (the server defaults to the cohort’s)', () => {
    expect(buildSessionSlots({ ...draft, days: '1', venue: '  Room 2 ' })[0]?.venue).toBe('Room 2');
    expect(buildSessionSlots({ ...draft, days: '1' })[0]).not.toHaveProperty('venue');
  });
});

describe('scheduleProblems', () => {
  it('accepts a complete draft', () => {
    expect(scheduleProblems(draft)).toEqual({});
  });

  it.each<[Partial<ScheduleDraft>, Record<string, string>]>([
    [{ moduleId: '' }, { moduleId: 'moduleRequired' }],
    [{ firstDate: '' }, { firstDate: 'dateRequired' }],
    [{ firstDate: '2026-13-01' }, { firstDate: 'dateRequired' }],
    [{ days: '0' }, { days: 'daysInvalid' }],
    [{ days: '2.5' }, { days: 'daysInvalid' }],
    [{ days: '31' }, { days: 'daysInvalid' }],
    [{ startTime: '' }, { startTime: 'timeRequired' }],
    [{ endTime: '08:30' }, { endTime: 'endBeforeStart' }],
    [{ endTime: '07:00' }, { endTime: 'endBeforeStart' }],
  ])('flags %p', (change, expected) => {
    expect(scheduleProblems({ ...draft, ...change })).toEqual(expected);
  });
});

describe('helpers', () => {
  it('parses the number of days', () => {
    expect(parseDays(' 5 ')).toBe(5);
    expect(parseDays('')).toBeNull();
    expect(parseDays('-1')).toBeNull();
  });

  it('reads local days and times', () => {
    expect(localDay(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
    expect(localTime(localInstant('2026-01-09', '07:05'))).toBe('07:05');
    expect(() => localInstant('2026-01-09', '25:00')).toThrow();
  });
});

import { formatDate, formatDateTime, formatHours, formatPercent, formatTime, sumHours } from './format';

describe('formatHours', () => {
  it.each([
    [12, 'en', '12'],
    [1.5, 'en', '1.5'],
    [1.5, 'vi', '1,5'],
    [2.25, 'th', '2.25'],
    [1 / 3, 'en', '0.33'],
  ])('formats %p in %s as %p', (hours, language, expected) => {
    expect(formatHours(hours, language)).toBe(expected);
  });

  it('uses the digits the language uses (Myanmar digits where the ICU data has them)', () => {
    expect(formatHours(12, 'my')).toMatch(/^(12|၁၂)$/);
  });
});

describe('formatPercent', () => {
  it('shows a rate as a percentage', () => {
    expect(formatPercent(0.8, 'en')).toBe('80%');
    expect(formatPercent(0.755, 'en')).toBe('75.5%');
  });
});

describe('formatDate', () => {
  it('formats an ISO date-time', () => {
    expect(formatDate('2017-03-05T00:00:00Z', 'en')).toMatch(/2017/);
  });

  it('returns text that does not parse unchanged', () => {
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });

  it('shows a calendar date as that day in any time zone', () => {
    expect(formatDate('2016-06-06', 'en')).toBe('Jun 6, 2016');
  });
});

describe('formatDateTime and formatTime', () => {
  it('show the date and the time of day', () => {
    expect(formatDateTime('2026-11-28T02:30:00Z', 'en')).toMatch(/Nov 2[78], 2026.*\d{1,2}:\d{2}/);
    expect(formatTime('2026-11-28T02:30:00Z', 'en')).toMatch(/^\d{1,2}:30/);
  });

  it('return text that does not parse unchanged', () => {
    expect(formatDateTime('soon', 'en')).toBe('soon');
    expect(formatTime('soon', 'en')).toBe('soon');
  });
});

describe('sumHours', () => {
  it('adds without floating-point artefacts', () => {
    expect(sumHours([0.1, 0.2])).toBe(0.3);
    expect(sumHours([])).toBe(0);
    expect(sumHours([12, 7.5, 6])).toBe(25.5);
  });
});

import { createReportFormat, progressFill, progressPercent } from './report-format';

const texts = { suppressed: 'fewer than 3', none: '—', points: (value: string) => `${value} pp` };

describe('report formatting', () => {
  const en = createReportFormat('en', texts);

  it('formats each unit: counts, fractions as percents, percentage points', () => {
    expect(en.value('PEOPLE', 1024)).toBe('1,024');
    expect(en.value('SMES', 1200.4)).toBe('1,200');
    expect(en.value('PERCENT', 0.625)).toBe('62.5%');
    expect(en.value('PERCENT', 0.5)).toBe('50%');
    expect(en.value('POINTS', 12.345)).toBe('12.3 pp');
    expect(en.score(73.33)).toBe('73.3%');
    expect(en.pointsChange(12.5)).toBe('+12.5 pp');
    expect(en.pointsChange(-3)).toBe('-3 pp');
    expect(en.pointsChange(0)).toBe('0 pp');
  });

  it('says "fewer than 3" for a suppressed figure and a dash when there is none', () => {
    expect(en.figure('PEOPLE', { value: null, suppressed: true })).toBe('fewer than 3');
    // Suppression wins even if a value slipped through.
    expect(en.figure('PERCENT', { value: 0.5, suppressed: true })).toBe('fewer than 3');
    expect(en.figure('PERCENT', { value: null, suppressed: false })).toBe('—');
    expect(en.figure('PEOPLE', { value: 0, suppressed: false })).toBe('0');
    expect(en.figureWith({ value: 40, suppressed: false }, en.score)).toBe('40%');
  });

  it('uses the interface language for digits and separators', () => {
    const vi = createReportFormat('vi', { ...texts, points: (value) => `${value} điểm` });
    expect(vi.value('PEOPLE', 1024)).toBe('1.024');
    expect(vi.value('PERCENT', 0.625)).toMatch(/^62,5\s?%$/);
    expect(vi.value('POINTS', 12.5)).toBe('12,5 điểm');
    expect(createReportFormat('th', texts).value('PEOPLE', 38)).toBe('38');
  });

  it('fills a progress bar from 0 to 100 and labels progress past the target as it is', () => {
    expect(progressFill(0.654)).toBe(65.4);
    expect(progressFill(1.25)).toBe(100);
    expect(progressFill(-0.2)).toBe(0);
    expect(progressFill(null)).toBe(0);
    expect(progressPercent(1.25)).toBe(125);
  });
});

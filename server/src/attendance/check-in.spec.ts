import { AttendanceStatus } from '../common/enums';
import { checkInStatus, inProgress, newCheckInCode, normaliseCode } from './attendance.service';

describe('self check-in rules', () => {
  const start = new Date('2026-03-02T08:30:00Z');
  it('is PRESENT up to the grace period and LATE after it', () => {
    expect(checkInStatus(start, 15, new Date('2026-03-02T08:30:00Z'))).toBe(AttendanceStatus.PRESENT);
    expect(checkInStatus(start, 15, new Date('2026-03-02T08:45:00Z'))).toBe(AttendanceStatus.PRESENT);
    expect(checkInStatus(start, 15, new Date('2026-03-02T08:45:01Z'))).toBe(AttendanceStatus.LATE);
    expect(checkInStatus(start, 0, new Date('2026-03-02T08:30:01Z'))).toBe(AttendanceStatus.LATE);
  });

  it('counts a session in progress from its start until (not including) its end, unless cancelled', () => {
    const session = { startsAt: start, endsAt: new Date('2026-03-02T16:30:00Z'), cancelled: false };
    expect(inProgress(session, new Date('2026-03-02T08:29:59Z'))).toBe(false);
    expect(inProgress(session, start)).toBe(true);
    expect(inProgress(session, new Date('2026-03-02T16:30:00Z'))).toBe(false);
    expect(inProgress({ ...session, cancelled: true }, new Date('2026-03-02T10:00:00Z'))).toBe(false);
  });

  it('makes codes that are easy to read out, and reads them back forgivingly', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newCheckInCode()));
    expect(codes.size).toBeGreaterThan(195);
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(normaliseCode(' ab3-k9 z ')).toBe('AB3K9Z');
  });
});

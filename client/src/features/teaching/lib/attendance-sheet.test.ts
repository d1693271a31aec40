import {
  allowedStatuses,
  changedLines,
  currentMark,
  emptyDraft,
  isDirty,
  markUnmarkedPresent,
  pruneDraft,
  setNote,
  setStatus,
  sheetMarks,
  statusForKey,
  tally,
  type SheetLine,
} from './attendance-sheet';

const lines: SheetLine[] = [
  { enrolmentId: 'a', saved: null },
  { enrolmentId: 'b', saved: { status: 'LATE', note: 'Checked in at 9:20' } },
  { enrolmentId: 'c', saved: null },
  { enrolmentId: 'd', saved: null },
];
const [a, b, c] = lines as [SheetLine, SheetLine, SheetLine, SheetLine];

describe('attendance sheet', () => {
  it('starts clean, showing what is recorded', () => {
    expect(isDirty(lines, emptyDraft)).toBe(false);
    expect(currentMark(b, emptyDraft)).toEqual({ status: 'LATE', note: 'Checked in at 9:20' });
    expect(currentMark(a, emptyDraft)).toEqual({ status: null, note: '' });
  });

  it('marks everyone not yet marked present, keeping marks already there', () => {
    const draft = markUnmarkedPresent(lines, emptyDraft);
    expect(lines.map((line) => currentMark(line, draft).status)).toEqual(['PRESENT', 'LATE', 'PRESENT', 'PRESENT']);
    expect(changedLines(lines, draft)).toEqual(['a', 'c', 'd']);
  });

  it('then records the exceptions, and the whole sheet goes in one call', () => {
    let draft = markUnmarkedPresent(lines, emptyDraft);
    draft = setStatus(draft, c, 'ABSENT');
    draft = setNote(draft, c, '  Sick  ');
    draft = setStatus(draft, a, 'LATE');
    expect(sheetMarks(lines, draft)).toEqual([
      { enrolmentId: 'a', status: 'LATE', note: null },
      { enrolmentId: 'b', status: 'LATE', note: 'Checked in at 9:20' },
      { enrolmentId: 'c', status: 'ABSENT', note: 'Sick' },
      { enrolmentId: 'd', status: 'PRESENT', note: null },
    ]);
    expect(tally(lines, draft)).toEqual({ PRESENT: 1, LATE: 2, EXCUSED: 0, ABSENT: 1, UNMARKED: 0 });
  });

  it('is not dirty when a line is changed back to what is recorded', () => {
    const changed = setStatus(emptyDraft, b, 'PRESENT');
    expect(isDirty(lines, changed)).toBe(true);
    const back = setStatus(changed, b, 'LATE');
    expect(isDirty(lines, back)).toBe(false);
    expect(back).toEqual({});
  });

  it('treats a blank note and a missing note alike', () => {
    const draft = setNote(emptyDraft, b, 'Checked in at 9:20  ');
    expect(isDirty(lines, draft)).toBe(false);
  });

  it('leaves out lines with a note but no status', () => {
    const draft = setNote(emptyDraft, a, 'Phoned in');
    expect(isDirty(lines, draft)).toBe(true);
    expect(sheetMarks(lines, draft).map((mark) => mark.enrolmentId)).toEqual(['b']);
    expect(tally(lines, draft).UNMARKED).toBe(3);
  });

  it('keeps unsaved changes when the sheet refreshes, dropping those the server now has', () => {
    let draft = setStatus(emptyDraft, a, 'PRESENT');
    draft = setStatus(draft, c, 'ABSENT');
    const refreshed: SheetLine[] = [{ enrolmentId: 'a', saved: { status: 'PRESENT', note: null } }, b, c];
    expect(pruneDraft(refreshed, draft)).toEqual({ c: { status: 'ABSENT', note: '' } });
  });

  it.each([
    ['p', 'PRESENT'],
    ['P', 'PRESENT'],
    ['l', 'LATE'],
    ['e', 'EXCUSED'],
    ['A', 'ABSENT'],
    ['x', null],
    ['Enter', null],
  ])('maps the key %p to %p', (key, status) => {
    expect(statusForKey(key)).toBe(status);
  });

  it('allows only EXCUSED before a session starts, and nothing for a cancelled one', () => {
    const now = new Date('2026-03-05T09:00:00Z');
    expect(allowedStatuses({ startsAt: '2026-03-05T10:00:00Z', cancelled: false }, now)).toEqual(['EXCUSED']);
    expect(allowedStatuses({ startsAt: '2026-03-05T08:00:00Z', cancelled: false }, now)).toEqual(['PRESENT', 'LATE', 'EXCUSED', 'ABSENT']);
    expect(allowedStatuses({ startsAt: '2026-03-05T08:00:00Z', cancelled: true }, now)).toEqual([]);
  });
});

import type { AttendanceMarkInput, AttendanceStatus } from '../../../gql/graphql';

/** One person's mark as the sheet shows it; a status of null means not marked yet. */
export interface Mark {
  status: AttendanceStatus | null;
  note: string;
}

/** A line of the sheet: the enrolment and what the server has recorded for it. */
export interface SheetLine {
  enrolmentId: string;
  saved: { status: AttendanceStatus; note?: string | null } | null;
}

/**
 * The trainer's changes not yet saved, by enrolment. Lines without an entry show what the server
 * has, so marks that arrive meanwhile (self check-ins) appear on lines nobody has touched.
 */
export type Draft = Readonly<Record<string, Mark>>;

export const emptyDraft: Draft = {};

/** The order of the buttons on each line. */
export const sheetStatuses: readonly AttendanceStatus[] = ['PRESENT', 'LATE', 'EXCUSED', 'ABSENT'];

/** Keyboard shortcuts on a line, the same in every interface language (shown on the buttons). */
export const statusShortcuts: Readonly<Record<AttendanceStatus, string>> = {
  PRESENT: 'P',
  LATE: 'L',
  EXCUSED: 'E',
  ABSENT: 'A',
};

/** The status a key press stands for (P, L, E, A in either case), or null. */
export function statusForKey(key: string): AttendanceStatus | null {
  const upper = key.toUpperCase();
  return sheetStatuses.find((status) => statusShortcuts[status] === upper) ?? null;
}

function savedMark(line: SheetLine): Mark {
  return { status: line.saved?.status ?? null, note: line.saved?.note ?? '' };
}

/** What the line shows: the trainer's change, else the recorded mark, else nothing. */
export function currentMark(line: SheetLine, draft: Draft): Mark {
  return draft[line.enrolmentId] ?? savedMark(line);
}

function sameMark(a: Mark, b: Mark): boolean {
  return a.status === b.status && a.note.trim() === b.note.trim();
}

function withMark(draft: Draft, line: SheetLine, mark: Mark): Draft {
  const next: Record<string, Mark> = { ...draft };
  // Changing a line back to what is recorded is not a change.
  if (sameMark(mark, savedMark(line))) delete next[line.enrolmentId];
  else next[line.enrolmentId] = mark;
  return next;
}

export function setStatus(draft: Draft, line: SheetLine, status: AttendanceStatus): Draft {
  return withMark(draft, line, { ...currentMark(line, draft), status });
}

export function setNote(draft: Draft, line: SheetLine, note: string): Draft {
  return withMark(draft, line, { ...currentMark(line, draft), note });
}

/** "Mark everyone present": every line not marked yet becomes PRESENT; marks already there stay. */
export function markUnmarkedPresent(lines: readonly SheetLine[], draft: Draft): Draft {
  return lines.reduce((next, line) => (currentMark(line, next).status === null ? setStatus(next, line, 'PRESENT') : next), draft);
}

/** Lines whose shown mark differs from the recorded one. */
export function changedLines(lines: readonly SheetLine[], draft: Draft): string[] {
  return lines.filter((line) => !sameMark(currentMark(line, draft), savedMark(line))).map((line) => line.enrolmentId);
}

export function isDirty(lines: readonly SheetLine[], draft: Draft): boolean {
  return changedLines(lines, draft).length > 0;
}

/** The whole sheet for recordAttendance: every line that has a status. */
export function sheetMarks(lines: readonly SheetLine[], draft: Draft): AttendanceMarkInput[] {
  return lines.flatMap((line) => {
    const mark = currentMark(line, draft);
    if (mark.status === null) return [];
    const note = mark.note.trim();
    return [{ enrolmentId: line.enrolmentId, status: mark.status, note: note === '' ? null : note }];
  });
}

export type SheetTally = Record<AttendanceStatus | 'UNMARKED', number>;

export function tally(lines: readonly SheetLine[], draft: Draft): SheetTally {
  const counts: SheetTally = { PRESENT: 0, LATE: 0, EXCUSED: 0, ABSENT: 0, UNMARKED: 0 };
  for (const line of lines) counts[currentMark(line, draft).status ?? 'UNMARKED'] += 1;
  return counts;
}

/** Drops changes that the server now has (after a save or a refresh), keeping the rest. */
export function pruneDraft(lines: readonly SheetLine[], draft: Draft): Draft {
  const next: Record<string, Mark> = {};
  for (const line of lines) {
    const mark = draft[line.enrolmentId];
    if (mark && !sameMark(mark, savedMark(line))) next[line.enrolmentId] = mark;
  }
  return next;
}

export interface SessionTiming {
  startsAt: string;
  cancelled: boolean;
}

/** The statuses a trainer may record: none for a cancelled session, only EXCUSED before it starts. */
export function allowedStatuses(session: SessionTiming, now: Date): readonly AttendanceStatus[] {
  if (session.cancelled) return [];
  if (new Date(session.startsAt).getTime() > now.getTime()) return ['EXCUSED'];
  return sheetStatuses;
}

import { isOneOf } from '../../../app/enums';

/** The actions the server writes to a cohort's change history (ChangeRecord.action). */
export const historyActions = [
  'applied',
  'approved',
  'rejected',
  'waitlisted',
  'withdrawn',
  'enrolled',
  'completed',
  'recorded',
  'changed',
  'checked-in',
  'scored',
  'rescored',
  'submitted',
  'accepted',
  'returned',
  'created',
  'updated',
  'cancelled',
  'scheduled',
] as const;
export type HistoryAction = (typeof historyActions)[number];

/** The kinds of record a change is about (ChangeRecord.subjectType). */
export const historySubjects = ['enrolment', 'attendance', 'assessment-result', 'action-plan', 'cohort', 'session'] as const;
export type HistorySubject = (typeof historySubjects)[number];

/** Known actions and subjects by name; anything newer is shown as the server wrote it. */
export function knownAction(action: string): HistoryAction | null {
  return isOneOf(historyActions, action) ? action : null;
}

export function knownSubject(subject: string): HistorySubject | null {
  return isOneOf(historySubjects, subject) ? subject : null;
}

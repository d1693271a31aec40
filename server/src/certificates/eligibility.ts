import type { EnrolmentProgress } from '../enrolments/progress.service';

export interface Eligibility {
  eligible: boolean;
  /** Why not, one reason a line, in plain words. */
  reasons: string[];
}

/**
 * An enrolment qualifies when every completion rule is met and it holds no valid certificate yet.
 * One whose certificate was revoked is left out of a cohort-wide batch (a revocation is a decision
 * a batch must not undo); naming the enrolment explicitly issues anew.
 */
export function eligibility(
  progress: EnrolmentProgress | undefined,
  validSerial: string | null,
  revokedSerial: string | null = null,
): Eligibility {
  if (validSerial) return { eligible: false, reasons: [`Already holds certificate ${validSerial}.`] };
  if (revokedSerial) {
    return { eligible: false, reasons: [`Certificate ${revokedSerial} was revoked; choose this person by name to issue a new one.`] };
  }
  if (!progress) return { eligible: false, reasons: ['No progress is recorded for this enrolment.'] };
  const reasons = progress.requirements.filter((r) => !r.met).map((r) => r.description);
  return { eligible: progress.completed && reasons.length === 0, reasons };
}

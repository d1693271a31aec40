import type { EnrolmentProgress } from '../enrolments/progress.service';

export interface Eligibility {
  eligible: boolean;
  /** Why not, one reason a line, in plain words. */
  reasons: string[];
}

/** An enrolment qualifies when every completion rule is met and it holds no valid certificate yet. */
export function eligibility(progress: EnrolmentProgress | undefined, validSerial: string | null): Eligibility {
  if (validSerial) return { eligible: false, reasons: [`Already holds certificate ${validSerial}.`] };
  if (!progress) return { eligible: false, reasons: ['No progress is recorded for this enrolment.'] };
  const reasons = progress.requirements.filter((r) => !r.met).map((r) => r.description);
  return { eligible: progress.completed && reasons.length === 0, reasons };
}

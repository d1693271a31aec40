/**
 * The arithmetic that turns the sums the learning queries return into figures. Pure, so the
 * definitions (Hake's class-average gain, averages over participants) are unit-tested apart from SQL.
 */

/** What the knowledge-gain query adds up for one group of (enrolment, module) pairs. */
export interface GainSums {
  /** Pairs with both a pre-test and a post-test. */
  paired: number;
  /** Distinct people among the paired. */
  people: number;
  /** Pairs with exactly one of the two tests. */
  leftOut: number;
  /** Sum over paired pairs of the pre-test percent. */
  preSum: number;
  /** Sum over paired pairs of the post-test percent. */
  postSum: number;
  /** Paired pairs whose post-test percent is above their pre-test percent. */
  improved: number;
}

/** What the participation query adds up for one group of participants. */
export interface ParticipationSums {
  people: number;
  /** Participants (enrolments) whose cohort has held at least one session. */
  rated: number;
  /** Sum over those of attended / held. */
  rateSum: number;
  /** Participants whose cohort has ended. */
  ended: number;
  /** Of those, the ones whose enrolment is COMPLETED. */
  completed: number;
}

/** part / whole, or null when there is no whole to take a share of. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** Scores at or above this are treated as full marks, so float noise never divides by ~0. */
const FULL_MARKS = 100 - 1e-9;

/** Hake's class-average normalised gain: the share of the possible improvement that was made. */
export function normalisedGain(meanPre: number | null, meanPost: number | null): number | null {
  if (meanPre === null || meanPost === null || meanPre >= FULL_MARKS) return null;
  return (meanPost - meanPre) / (100 - meanPre);
}

export function gainFigures(sums: GainSums): {
  paired: number;
  people: number;
  leftOut: number;
  meanPre: number | null;
  meanPost: number | null;
  meanGain: number | null;
  normalisedGain: number | null;
  improvedShare: number | null;
} {
  const meanPre = share(sums.preSum, sums.paired);
  const meanPost = share(sums.postSum, sums.paired);
  return {
    paired: sums.paired,
    people: sums.people,
    leftOut: sums.leftOut,
    meanPre,
    meanPost,
    meanGain: meanPre === null || meanPost === null ? null : meanPost - meanPre,
    normalisedGain: normalisedGain(meanPre, meanPost),
    improvedShare: share(sums.improved, sums.paired),
  };
}

export function participationFigures(sums: ParticipationSums): {
  people: number;
  attendanceRate: number | null;
  completionRate: number | null;
} {
  return { people: sums.people, attendanceRate: share(sums.rateSum, sums.rated), completionRate: share(sums.completed, sums.ended) };
}

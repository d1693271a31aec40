import type { ApiError } from '../../../app/errors/api-error';
import type { AssessmentKind, AssessmentScoreInput } from '../../../gql/graphql';

/** Columns within a module, in the order the course runs. */
export const kindOrder: readonly AssessmentKind[] = ['PRE_TEST', 'POST_TEST', 'ASSIGNMENT', 'ACTION_PLAN'];

/** Assignments and action plans take a trainer's score; tests score themselves. */
export function isTrainerScored(kind: AssessmentKind): boolean {
  return kind === 'ASSIGNMENT' || kind === 'ACTION_PLAN';
}

export interface ColumnAssessment {
  id: string;
  kind: AssessmentKind;
}

/** Modules in course order, each with its assessments in kindOrder; modules without any are left out. */
export function gradebookColumns<M extends { position: number; assessments: readonly ColumnAssessment[] }>(
  modules: readonly M[],
): { module: M; assessments: M['assessments'][number][] }[] {
  return [...modules]
    .sort((x, y) => x.position - y.position)
    .map((module) => ({
      module,
      assessments: [...module.assessments].sort((x, y) => kindOrder.indexOf(x.kind) - kindOrder.indexOf(y.kind)),
    }))
    .filter((column) => column.assessments.length > 0);
}

export interface ResultLike {
  score: number;
  passed: boolean;
  attempt: number;
  assessment: { id: string };
}

/**
 * The result a cell shows: the first pre-test attempt (the baseline), the best post-test attempt
 * (what completion counts), and the latest score of anything a trainer scores.
 */
export function cellResult<R extends ResultLike>(results: readonly R[], assessment: ColumnAssessment): R | null {
  const attempts = results.filter((result) => result.assessment.id === assessment.id);
  if (attempts.length === 0) return null;
  const pick = (better: (x: R, y: R) => boolean) => attempts.reduce((best, result) => (better(result, best) ? result : best));
  switch (assessment.kind) {
    case 'PRE_TEST':
      return pick((x, y) => x.attempt < y.attempt);
    case 'POST_TEST':
      return pick((x, y) => x.score > y.score || (x.score === y.score && x.attempt < y.attempt));
    case 'ASSIGNMENT':
    case 'ACTION_PLAN':
      return pick((x, y) => x.attempt > y.attempt);
  }
}

export type CellState = 'passed' | 'failed' | 'missing' | 'baseline';

/** A pre-test is a starting point, not something to pass: it shows its score without a verdict. */
export function cellState(result: Pick<ResultLike, 'passed'> | null, kind?: AssessmentKind): CellState {
  if (!result) return 'missing';
  if (kind === 'PRE_TEST') return 'baseline';
  return result.passed ? 'passed' : 'failed';
}

/** The mark beside a score, so pass and fail read without colour. */
export const cellSymbol: Record<CellState, string> = { passed: '✓', failed: '✗', missing: '—', baseline: '' };

/** One person's line in score mode, as typed. */
export interface ScoreRow {
  enrolmentId: string;
  score: string;
  feedback: string;
}

export type ScoreProblem = { kind: 'notANumber' } | { kind: 'outOfRange'; max: number } | { kind: 'server'; message: string };

/** A typed score: a number (a decimal comma is accepted), empty for "not scored", or invalid. */
export function parseScore(text: string): number | null | 'invalid' {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return 'invalid';
  return Number(trimmed);
}

/**
 * The rows to send to recordAssessmentResults (every row with a score; blank rows are skipped) and
 * the problems found before sending. Send only when there are no problems.
 */
export function scoreInput(
  rows: readonly ScoreRow[],
  maxScore: number,
): { results: AssessmentScoreInput[]; problems: Record<string, ScoreProblem> } {
  const results: AssessmentScoreInput[] = [];
  const problems: Record<string, ScoreProblem> = {};
  for (const row of rows) {
    const score = parseScore(row.score);
    if (score === null) continue;
    if (score === 'invalid') problems[row.enrolmentId] = { kind: 'notANumber' };
    else if (score > maxScore) problems[row.enrolmentId] = { kind: 'outOfRange', max: maxScore };
    else {
      const feedback = row.feedback.trim();
      results.push({ enrolmentId: row.enrolmentId, score, feedback: feedback === '' ? null : feedback });
    }
  }
  return { results, problems };
}

/**
 * A BAD_USER_INPUT from recordAssessmentResults lists the bad rows as `extensions.rows: [{ index,
 * message }]`, by their place in the request: this maps them back to the people sent.
 */
export function serverRowProblems(error: ApiError, sent: readonly AssessmentScoreInput[]): Record<string, ScoreProblem> {
  if (error.kind !== 'graphql' || error.code !== 'BAD_USER_INPUT' || !Array.isArray(error.extensions.rows)) return {};
  const problems: Record<string, ScoreProblem> = {};
  for (const row of error.extensions.rows as unknown[]) {
    if (typeof row !== 'object' || row === null) continue;
    const index = 'index' in row && typeof row.index === 'number' ? row.index : undefined;
    const message = 'message' in row && typeof row.message === 'string' ? row.message : '';
    const enrolmentId = index === undefined ? undefined : sent[index]?.enrolmentId;
    if (!enrolmentId) continue;
    const previous = problems[enrolmentId];
    problems[enrolmentId] = { kind: 'server', message: previous?.kind === 'server' ? `${previous.message} ${message}` : message };
  }
  return problems;
}

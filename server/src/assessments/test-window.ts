import { AssessmentKind } from '../common/enums';
import { DAY_MS } from '../common/dates';

/** How long the post-test stays open after a module's last session ends. */
export const POST_TEST_OPEN_DAYS = 7;

export interface SessionTimes {
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
}

/** When a test can be taken in one cohort; null ends mean "no limit yet". */
export interface TestWindow {
  opensAt: Date | null;
  closesAt: Date | null;
}

/**
 * The pre-test is open until the module's first session ends; the post-test from the start of the
 * module's last session until POST_TEST_OPEN_DAYS after it ends. A module with no sessions yet has
 * an open-ended pre-test and no post-test.
 */
export function testWindow(kind: AssessmentKind, sessions: readonly SessionTimes[]): TestWindow | null {
  const held = sessions.filter((session) => !session.cancelled).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  if (kind === AssessmentKind.PRE_TEST) return { opensAt: null, closesAt: held[0]?.endsAt ?? null };
  if (kind !== AssessmentKind.POST_TEST) return null;
  const last = held.at(-1);
  if (!last) return { opensAt: null, closesAt: null };
  return { opensAt: last.startsAt, closesAt: new Date(last.endsAt.getTime() + POST_TEST_OPEN_DAYS * DAY_MS) };
}

export type WindowState = 'NOT_YET_OPEN' | 'OPEN' | 'CLOSED';

export function windowState(kind: AssessmentKind, window: TestWindow, now: Date): WindowState {
  // A post-test with no sessions scheduled cannot open.
  if (kind === AssessmentKind.POST_TEST && !window.opensAt) return 'NOT_YET_OPEN';
  if (window.opensAt && now < window.opensAt) return 'NOT_YET_OPEN';
  if (window.closesAt && now >= window.closesAt) return 'CLOSED';
  return 'OPEN';
}

export interface QuizQuestion {
  id: string;
  correctChoiceIds: readonly string[];
}

/**
 * Marks each question of the bank: right when the chosen set equals the correct set (so "choose
 * all that apply" needs every right choice and no wrong one). Unanswered counts wrong.
 */
export function markQuiz(questions: readonly QuizQuestion[], answers: Record<string, readonly string[]>): { questionId: string; correct: boolean }[] {
  return questions.map((question) => {
    const chosen = new Set(answers[question.id] ?? []);
    const right = new Set(question.correctChoiceIds);
    return { questionId: question.id, correct: chosen.size === right.size && [...right].every((id) => chosen.has(id)) };
  });
}

/** Scores answers against the bank as `markQuiz` marks them. Returns a percentage with one decimal. */
export function scoreQuiz(questions: readonly QuizQuestion[], answers: Record<string, readonly string[]>): { score: number; correct: number } {
  const correct = markQuiz(questions, answers).filter((mark) => mark.correct).length;
  const score = questions.length ? Math.round((1000 * correct) / questions.length) / 10 : 0;
  return { score, correct };
}

import type { QuizAnswerInput } from '../../../gql/graphql';

/** Chosen choice ids by question id. */
export type QuizAnswers = Readonly<Record<string, readonly string[]>>;

export interface QuizQuestionShape {
  id: string;
  multipleAnswers: boolean;
  choices: readonly { id: string }[];
}

/**
 * Ticks or unticks one choice. A single-answer question keeps only the latest choice; a
 * "choose all that apply" question keeps its choices in the order the question lists them.
 */
export function chooseAnswer(answers: QuizAnswers, question: QuizQuestionShape, choiceId: string, checked: boolean): QuizAnswers {
  if (!question.multipleAnswers) return { ...answers, [question.id]: checked ? [choiceId] : [] };
  const chosen = new Set(answers[question.id] ?? []);
  if (checked) chosen.add(choiceId);
  else chosen.delete(choiceId);
  return { ...answers, [question.id]: question.choices.map((choice) => choice.id).filter((id) => chosen.has(id)) };
}

export function isAnswered(answers: QuizAnswers, questionId: string): boolean {
  return (answers[questionId]?.length ?? 0) > 0;
}

export function answeredCount(questions: readonly { id: string }[], answers: QuizAnswers): number {
  return questions.filter((question) => isAnswered(answers, question.id)).length;
}

/** Positions (from 1) of the questions still unanswered. */
export function unansweredPositions(questions: readonly { id: string }[], answers: QuizAnswers): number[] {
  return questions.flatMap((question, index) => (isAnswered(answers, question.id) ? [] : [index + 1]));
}

/** The answers to send: every answered question, in the test's order. Unanswered ones count as wrong. */
export function toQuizAnswerInputs(questions: readonly { id: string }[], answers: QuizAnswers): QuizAnswerInput[] {
  return questions
    .filter((question) => isAnswered(answers, question.id))
    .map((question) => ({ questionId: question.id, choiceIds: [...(answers[question.id] ?? [])] }));
}

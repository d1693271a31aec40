import { answeredCount, chooseAnswer, isAnswered, toQuizAnswerInputs, unansweredPositions, type QuizAnswers } from './quiz';

const single = { id: 'q1', multipleAnswers: false, choices: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] };
const multiple = { id: 'q2', multipleAnswers: true, choices: [{ id: 'x' }, { id: 'y' }, { id: 'z' }] };
const third = { id: 'q3', multipleAnswers: false, choices: [{ id: 'm' }, { id: 'n' }] };

describe('quiz answers', () => {
  it('keeps one choice for a single-answer question', () => {
    let answers: QuizAnswers = {};
    answers = chooseAnswer(answers, single, 'a', true);
    answers = chooseAnswer(answers, single, 'c', true);
    expect(answers).toEqual({ q1: ['c'] });
  });

  it('keeps every ticked choice of a multiple-answer question, in the question’s order', () => {
    let answers: QuizAnswers = {};
    answers = chooseAnswer(answers, multiple, 'z', true);
    answers = chooseAnswer(answers, multiple, 'x', true);
    answers = chooseAnswer(answers, multiple, 'z', true);
    expect(answers).toEqual({ q2: ['x', 'z'] });
    answers = chooseAnswer(answers, multiple, 'x', false);
    expect(answers).toEqual({ q2: ['z'] });
  });

  it('does not change the previous answers object', () => {
    const before: QuizAnswers = { q1: ['a'] };
    chooseAnswer(before, single, 'b', true);
    expect(before).toEqual({ q1: ['a'] });
  });

  it('counts a question with every choice unticked as unanswered', () => {
    const answers = chooseAnswer(chooseAnswer({}, multiple, 'y', true), multiple, 'y', false);
    expect(isAnswered(answers, 'q2')).toBe(false);
    expect(answeredCount([single, multiple, third], { ...answers, q1: ['a'] })).toBe(1);
    expect(unansweredPositions([single, multiple, third], { ...answers, q1: ['a'] })).toEqual([2, 3]);
  });

  it('sends the answered questions in the test’s order', () => {
    const answers: QuizAnswers = { q3: ['n'], q1: ['b'], q2: [] };
    expect(toQuizAnswerInputs([single, multiple, third], answers)).toEqual([
      { questionId: 'q1', choiceIds: ['b'] },
      { questionId: 'q3', choiceIds: ['n'] },
    ]);
  });
});

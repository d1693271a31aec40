import { AssessmentKind } from '../common/enums';
import { markQuiz, POST_TEST_OPEN_DAYS, scoreQuiz, testWindow, windowState } from './test-window';

const at = (iso: string) => new Date(iso);
const session = (start: string, end: string, cancelled = false) => ({ startsAt: at(start), endsAt: at(end), cancelled });
const SESSIONS = [session('2026-03-02T08:30:00Z', '2026-03-02T16:30:00Z'), session('2026-03-03T08:30:00Z', '2026-03-03T16:30:00Z'), session('2026-03-04T08:30:00Z', '2026-03-04T16:30:00Z', true)];

describe('test windows', () => {
  it('closes the pre-test when the module’s first session ends', () => {
    const window = testWindow(AssessmentKind.PRE_TEST, SESSIONS)!;
    expect(window).toEqual({ opensAt: null, closesAt: at('2026-03-02T16:30:00Z') });
    expect(windowState(AssessmentKind.PRE_TEST, window, at('2026-03-01T00:00:00Z'))).toBe('OPEN');
    expect(windowState(AssessmentKind.PRE_TEST, window, at('2026-03-02T16:29:59Z'))).toBe('OPEN');
    expect(windowState(AssessmentKind.PRE_TEST, window, at('2026-03-02T16:30:00Z'))).toBe('CLOSED');
  });

  it('opens the post-test when the last (not cancelled) session starts and closes it a week after it ends', () => {
    const window = testWindow(AssessmentKind.POST_TEST, SESSIONS)!;
    expect(window.opensAt).toEqual(at('2026-03-03T08:30:00Z'));
    expect(window.closesAt).toEqual(new Date(at('2026-03-03T16:30:00Z').getTime() + POST_TEST_OPEN_DAYS * 86_400_000));
    expect(windowState(AssessmentKind.POST_TEST, window, at('2026-03-03T08:29:00Z'))).toBe('NOT_YET_OPEN');
    expect(windowState(AssessmentKind.POST_TEST, window, at('2026-03-03T09:00:00Z'))).toBe('OPEN');
    expect(windowState(AssessmentKind.POST_TEST, window, at('2026-03-10T16:30:00Z'))).toBe('CLOSED');
  });

  it('keeps the pre-test open and the post-test shut while no session is scheduled', () => {
    const now = at('2026-03-01T00:00:00Z');
    expect(windowState(AssessmentKind.PRE_TEST, testWindow(AssessmentKind.PRE_TEST, [])!, now)).toBe('OPEN');
    expect(windowState(AssessmentKind.POST_TEST, testWindow(AssessmentKind.POST_TEST, [])!, now)).toBe('NOT_YET_OPEN');
    expect(testWindow(AssessmentKind.ASSIGNMENT, SESSIONS)).toBeNull();
  });
});

describe('scoring', () => {
  const bank = [
    { id: 'q1', correctChoiceIds: ['a'] },
    { id: 'q2', correctChoiceIds: ['b', 'c'] },
    { id: 'q3', correctChoiceIds: ['d'] },
  ];

  it('counts a question right only when the chosen set is exactly the right set', () => {
    expect(scoreQuiz(bank, { q1: ['a'], q2: ['c', 'b'], q3: ['d'] })).toEqual({ score: 100, correct: 3 });
    expect(scoreQuiz(bank, { q1: ['a'], q2: ['b'], q3: ['d'] })).toEqual({ score: 66.7, correct: 2 });
    expect(scoreQuiz(bank, { q1: ['a'], q2: ['b', 'c', 'x'] })).toEqual({ score: 33.3, correct: 1 });
  });

  it('scores unanswered questions as wrong, and an empty bank as zero', () => {
    expect(scoreQuiz(bank, {})).toEqual({ score: 0, correct: 0 });
    expect(scoreQuiz([], {})).toEqual({ score: 0, correct: 0 });
  });

  it('marks every question of the bank, answered or not, for item analysis', () => {
    expect(markQuiz(bank, { q1: ['a'], q2: ['b'] })).toEqual([
      { questionId: 'q1', correct: true },
      { questionId: 'q2', correct: false },
      { questionId: 'q3', correct: false },
    ]);
  });
});

import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const QuizQuestionFragment = graphql(`
  fragment QuizQuestion_question on Question {
    id
    prompt
    multipleAnswers
    choices {
      id
      label
    }
  }
`);

/** One question on its own card: radio buttons, or checkboxes when more than one answer may be right. */
export function QuizQuestion({
  question: questionRef,
  position,
  total,
  chosen,
  onChoose,
}: {
  question: FragmentType<typeof QuizQuestionFragment>;
  position: number;
  total: number;
  chosen: readonly string[];
  onChoose: (choiceId: string, checked: boolean) => void;
}) {
  const { t } = useTranslation();
  const question = getFragmentData(QuizQuestionFragment, questionRef);
  const name = `question-${question.id}`;
  return (
    <fieldset className="card quiz-question" data-testid="quiz-question">
      <legend>
        <span className="eyebrow">{t('learning.quiz.position', { position, total })}</span>
        <span className="quiz-prompt">{question.prompt}</span>
      </legend>
      {question.multipleAnswers && <p className="hint">{t('learning.quiz.chooseAll')}</p>}
      <ul className="choices">
        {question.choices.map((choice) => {
          const checked = chosen.includes(choice.id);
          return (
            <li key={choice.id}>
              <label className={checked ? 'choice choice-checked' : 'choice'}>
                <input
                  type={question.multipleAnswers ? 'checkbox' : 'radio'}
                  name={name}
                  value={choice.id}
                  checked={checked}
                  onChange={(event) => onChoose(choice.id, event.target.checked)}
                />
                <span>{choice.label}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** A finished question with what was chosen and what was right. */
export function ReviewedQuestion({
  question: questionRef,
  position,
  total,
  review,
}: {
  question: FragmentType<typeof QuizQuestionFragment>;
  position: number;
  total: number;
  review: { chosenChoiceIds: readonly string[]; correctChoiceIds: readonly string[]; correct: boolean };
}) {
  const { t } = useTranslation();
  const question = getFragmentData(QuizQuestionFragment, questionRef);
  return (
    <section
      className={review.correct ? 'card quiz-question reviewed-right' : 'card quiz-question reviewed-wrong'}
      data-testid="reviewed-question"
    >
      <p className="review-head">
        <span className="eyebrow">{t('learning.quiz.position', { position, total })}</span>
        <span className={review.correct ? 'badge badge-create' : 'badge badge-invalid'}>
          {review.correct ? t('learning.review.right') : t('learning.review.wrong')}
        </span>
      </p>
      <p className="quiz-prompt">{question.prompt}</p>
      <ul className="choices review-choices">
        {question.choices.map((choice) => {
          const chosen = review.chosenChoiceIds.includes(choice.id);
          const correct = review.correctChoiceIds.includes(choice.id);
          const className = ['choice', chosen ? 'choice-checked' : '', correct ? 'choice-correct' : chosen ? 'choice-wrong' : '']
            .filter(Boolean)
            .join(' ');
          return (
            <li key={choice.id} className={className}>
              <span className="choice-mark" aria-hidden="true">
                {correct ? '✓' : chosen ? '✗' : ''}
              </span>
              <span>{choice.label}</span>
              {(chosen || correct) && (
                <span className="choice-notes">
                  {chosen && <span className="badge badge-unchanged">{t('learning.review.yourAnswer')}</span>}
                  {correct && <span className="badge badge-create">{t('learning.review.rightAnswer')}</span>}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {review.chosenChoiceIds.length === 0 && <p className="meta">{t('learning.review.unanswered')}</p>}
    </section>
  );
}

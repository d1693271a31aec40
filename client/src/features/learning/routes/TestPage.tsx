import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { FormError } from '../../../app/components/FormError';
import { Loading } from '../../../app/components/Loading';
import { NotFound } from '../../../app/components/NotFound';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { useSaveState } from '../../../app/hooks/useSaveState';
import { toApiError } from '../../../app/errors/to-api-error';
import { getFragmentData } from '../../../gql';
import type { AssessmentKind } from '../../../gql/graphql';
import { ConfirmPanel } from '../../../app/components/ConfirmPanel';
import { QuizQuestion, QuizQuestionFragment, ReviewedQuestion } from '../components/QuizQuestion';
import { TestAvailabilityText } from '../components/TestAvailabilityText';
import { TestPageQuery, TestQuestionsQuery } from '../graphql/learning';
import { useSubmitQuiz } from '../hooks/useLearningMutations';
import { answeredCount, chooseAnswer, toQuizAnswerInputs, unansweredPositions, type QuizAnswers } from '../lib/quiz';
import { moduleOfAssessment, testAvailability } from '../lib/tests';

interface SubmittedResult {
  score: number;
  passed: boolean;
  attempt: number;
}

/** /learning/:enrolmentId/tests/:assessmentId: take an open test, or see how a finished one went. */
export default function TestPage() {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const { enrolmentId = '', assessmentId = '' } = useParams();
  const { data: current, previousData, loading, error, refetch } = useQuery(TestPageQuery, { fetchPolicy: 'cache-and-network' });
  const data = current ?? previousData;
  // Kept here, above anything that reloads, so the score stays on screen while the test's status refreshes.
  const [submitted, setSubmitted] = useState<SubmittedResult | null>(null);
  const enrolment = data?.myEnrolments.find((candidate) => candidate.id === enrolmentId);
  const test = enrolment?.tests.find((candidate) => candidate.assessment.id === assessmentId);
  const module = enrolment && moduleOfAssessment(enrolment.cohort.course.modules, assessmentId);
  const title = test ? labels.assessmentKind(test.assessment.kind) : t('learning.tests.title');
  useDocumentTitle(module ? `${title} · ${module.title}` : title);

  if (!data) {
    if (loading) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return null;
  }
  if (!enrolment || !test || !module) return <NotFound message={t('learning.tests.notFound')} />;

  const backPath = `/learning/${enrolment.id}`;
  const availability = testAvailability(test);
  const courseSlug = enrolment.cohort.course.slug;

  return (
    <section className="page page-reading test-page">
      <p className="breadcrumb">
        <Link to={backPath}>{t('learning.tests.back', { cohort: enrolment.cohort.title })}</Link>
      </p>
      <p className="eyebrow">
        {t('course.modulePosition', { position: module.position })} · {module.title}
      </p>
      <h1>{title}</h1>
      {submitted ? (
        <QuizResult
          result={submitted}
          kind={test.assessment.kind}
          passScore={test.assessment.passScore}
          attemptsLeft={Math.max(0, test.attemptsAllowed - submitted.attempt)}
          stillOpen={test.state === 'OPEN'}
          backPath={backPath}
          onRetake={() => setSubmitted(null)}
        />
      ) : availability.kind === 'open' ? (
        <Quiz
          courseSlug={courseSlug}
          moduleSlug={module.slug}
          assessmentId={assessmentId}
          enrolmentId={enrolment.id}
          kind={test.assessment.kind}
          attemptsLeft={availability.attemptsLeft}
          onSubmitted={setSubmitted}
          onConflict={() => void refetch()}
        />
      ) : (
        <>
          <p className="notice">
            <TestAvailabilityText availability={availability} />
          </p>
          <PastAttempts
            kind={test.assessment.kind}
            results={test.results}
            courseSlug={courseSlug}
            moduleSlug={module.slug}
            assessmentId={assessmentId}
          />
          <p>
            <Link to={backPath}>{t('learning.tests.backToProgress')}</Link>
          </p>
        </>
      )}
    </section>
  );
}

function useTestQuestions(courseSlug: string, moduleSlug: string, assessmentId: string, skip = false) {
  const result = useQuery(TestQuestionsQuery, { variables: { courseSlug, slug: moduleSlug }, skip });
  const questions = result.data?.courseModule?.assessments.find((assessment) => assessment.id === assessmentId)?.questions;
  return { ...result, questions };
}

function Quiz({
  courseSlug,
  moduleSlug,
  assessmentId,
  enrolmentId,
  kind,
  attemptsLeft,
  onSubmitted,
  onConflict,
}: {
  courseSlug: string;
  moduleSlug: string;
  assessmentId: string;
  enrolmentId: string;
  kind: AssessmentKind;
  attemptsLeft: number;
  onSubmitted: (result: SubmittedResult) => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const { questions, loading, error, refetch } = useTestQuestions(courseSlug, moduleSlug, assessmentId);
  const [answers, setAnswers] = useState<QuizAnswers>({});
  const [confirming, setConfirming] = useState(false);
  const [submitQuiz, { loading: submitting }] = useSubmitQuiz(enrolmentId);
  const save = useSaveState();

  if (!questions) {
    if (loading) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return <p>{t('learning.quiz.noQuestions')}</p>;
  }
  const plain = getFragmentData(QuizQuestionFragment, questions);
  const answered = answeredCount(plain, answers);
  const unanswered = unansweredPositions(plain, answers);

  async function submit(): Promise<void> {
    save.reset();
    try {
      const { data } = await submitQuiz({
        variables: { input: { assessmentId, enrolmentId, answers: toQuizAnswerInputs(plain, answers) } },
      });
      if (data) onSubmitted(data.submitQuiz.result);
    } catch (caught: unknown) {
      setConfirming(false);
      save.fail(caught);
      // Closed or out of attempts meanwhile: show the test's real state under the message.
      const apiError = toApiError(caught);
      if (apiError.kind === 'graphql' && apiError.code === 'CONFLICT') onConflict();
    }
  }

  return (
    <form
      className="quiz"
      onSubmit={(event) => {
        event.preventDefault();
        setConfirming(true);
      }}
    >
      <p className="lead">
        {t('learning.quiz.intro', { count: plain.length })}{' '}
        {kind === 'PRE_TEST' ? t('learning.quiz.preTestNote') : t('learning.quiz.postTestNote')}
      </p>
      <p className="meta">{t('learning.tests.attemptsLeft', { count: attemptsLeft })}</p>
      {questions.map((question, index) => (
        <QuizQuestion
          key={plain[index]?.id ?? index}
          question={question}
          position={index + 1}
          total={plain.length}
          chosen={answers[plain[index]?.id ?? ''] ?? []}
          onChoose={(choiceId, checked) => {
            const shape = plain[index];
            if (shape) setAnswers((previous) => chooseAnswer(previous, shape, choiceId, checked));
          }}
        />
      ))}
      <div className="quiz-footer" data-testid="quiz-footer">
        <FormError message={save.error} />
        <div className="quiz-progress">
          <progress value={answered} max={plain.length} aria-hidden="true" />
          <span aria-live="polite">{t('learning.quiz.answered', { answered, total: plain.length })}</span>
        </div>
        {confirming ? (
          <ConfirmPanel
            title={t('learning.quiz.confirmTitle')}
            confirmLabel={submitting ? t('learning.quiz.submitting') : t('learning.quiz.confirm')}
            cancelLabel={t('learning.quiz.keepAnswering')}
            busy={submitting}
            onConfirm={() => void submit()}
            onCancel={() => setConfirming(false)}
          >
            <p>
              {unanswered.length > 0
                ? t('learning.quiz.unanswered', { count: unanswered.length, questions: unanswered.join(', ') })
                : t('learning.quiz.allAnswered')}{' '}
              {t('learning.quiz.final')}
            </p>
          </ConfirmPanel>
        ) : (
          <button type="submit" className="button-primary">
            {t('learning.quiz.submit')}
          </button>
        )}
      </div>
    </form>
  );
}

function QuizResult({
  result,
  kind,
  passScore,
  attemptsLeft,
  stillOpen,
  backPath,
  onRetake,
}: {
  result: SubmittedResult;
  kind: AssessmentKind;
  passScore: number;
  attemptsLeft: number;
  stillOpen: boolean;
  backPath: string;
  onRetake: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form the trainee was at the bottom of is gone: bring the score into view and to screen readers.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card quiz-result" data-testid="quiz-result" aria-labelledby="quiz-result-title">
      <h2 id="quiz-result-title" tabIndex={-1} ref={heading}>
        {t('learning.result.title')}
      </h2>
      <p className="score-big" role="status">
        {format.score(result.score)}{' '}
        {kind !== 'PRE_TEST' && (
          <span className={result.passed ? 'badge badge-create' : 'badge badge-invalid'}>
            {result.passed ? t('learning.tests.passed') : t('learning.tests.notPassed')}
          </span>
        )}
      </p>
      {kind === 'PRE_TEST' ? (
        <p>{t('learning.result.preTest')}</p>
      ) : (
        <p>{t('learning.tests.passMark', { score: format.score(passScore) })}</p>
      )}
      <p className="meta">{t('learning.result.answersLater')}</p>
      <div className="actions">
        <Link to={backPath} className="button-primary">
          {t('learning.tests.backToProgress')}
        </Link>
        {kind === 'POST_TEST' && !result.passed && attemptsLeft > 0 && stillOpen && (
          <button type="button" className="button-secondary" onClick={onRetake}>
            {t('learning.result.retake', { count: attemptsLeft })}
          </button>
        )}
      </div>
    </section>
  );
}

interface PastResult {
  id: string;
  score: number;
  passed: boolean;
  attempt: number;
  review?:
    readonly { questionId: string; chosenChoiceIds: readonly string[]; correctChoiceIds: readonly string[]; correct: boolean }[] | null;
}

/** Scores of earlier attempts; once the post-test has closed, each answer and the right one. */
function PastAttempts({
  kind,
  results,
  courseSlug,
  moduleSlug,
  assessmentId,
}: {
  kind: AssessmentKind;
  results: readonly PastResult[];
  courseSlug: string;
  moduleSlug: string;
  assessmentId: string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const reviewed = results.filter((result) => result.review != null);
  const { questions } = useTestQuestions(courseSlug, moduleSlug, assessmentId, reviewed.length === 0);
  if (results.length === 0) return <p>{t('learning.tests.noAttempts')}</p>;
  const plain = questions ? getFragmentData(QuizQuestionFragment, questions) : [];
  return (
    <>
      <ul className="plain-list">
        {results.map((result) => (
          <li key={result.id}>
            {t('learning.tests.attemptScore', { attempt: result.attempt, score: format.score(result.score) })}{' '}
            {kind !== 'PRE_TEST' && (
              <span className={result.passed ? 'badge badge-create' : 'badge badge-invalid'}>
                {result.passed ? t('learning.tests.passed') : t('learning.tests.notPassed')}
              </span>
            )}
          </li>
        ))}
      </ul>
      {reviewed.length === 0 ? (
        <p className="meta">{t('learning.review.later')}</p>
      ) : (
        reviewed.map((result, resultIndex) => {
          const review = result.review ?? [];
          const right = review.filter((item) => item.correct).length;
          return (
            <details key={result.id} className="review" open={resultIndex === reviewed.length - 1}>
              <summary>{t('learning.review.title', { attempt: result.attempt, right, total: review.length })}</summary>
              {questions ? (
                review.map((item, index) => {
                  const at = plain.findIndex((question) => question.id === item.questionId);
                  const question = questions[at];
                  return question ? (
                    <ReviewedQuestion key={item.questionId} question={question} position={index + 1} total={review.length} review={item} />
                  ) : null;
                })
              ) : (
                <Loading />
              )}
            </details>
          );
        })
      )}
    </>
  );
}

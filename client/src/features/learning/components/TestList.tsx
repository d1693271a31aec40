import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { moduleOfAssessment, sortTests, testAvailability, type ModuleWithAssessments } from '../lib/tests';
import { TestAvailabilityText } from './TestAvailabilityText';

export const TestListFragment = graphql(`
  fragment TestList_test on TestStatus {
    assessment {
      id
      kind
      passScore
    }
    opensAt
    closesAt
    state
    attemptsUsed
    attemptsAllowed
    canAttempt
    results {
      id
      score
      passed
      attempt
      review {
        questionId
      }
    }
  }
`);

const stateBadge = { OPEN: 'badge-create', NOT_YET_OPEN: 'badge-unchanged', CLOSED: 'badge-unchanged' } as const;

/** The course's pre- and post-tests: open or not, attempts left, scores so far. */
export function TestList({
  tests: testRefs,
  modules,
  enrolmentId,
}: {
  tests: readonly FragmentType<typeof TestListFragment>[];
  modules: readonly (ModuleWithAssessments & { title: string })[];
  enrolmentId: string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useEnumLabels();
  const tests = sortTests(getFragmentData(TestListFragment, testRefs), modules);
  if (tests.length === 0) return <p>{t('learning.tests.none')}</p>;
  return (
    <ul className="test-list">
      {tests.map((test) => {
        const module = moduleOfAssessment(modules, test.assessment.id);
        const availability = testAvailability(test);
        const path = `/learning/${enrolmentId}/tests/${test.assessment.id}`;
        const reviewable = test.results.some((result) => result.review != null);
        const preTest = test.assessment.kind === 'PRE_TEST';
        return (
          <li key={test.assessment.id} className="card test-item" data-testid="test-item" data-state={test.state}>
            {module && (
              <p className="eyebrow">
                {t('course.modulePosition', { position: module.position })} · {module.title}
              </p>
            )}
            <h3>
              {labels.assessmentKind(test.assessment.kind)}{' '}
              {availability.kind !== 'usedUp' && (
                <span className={`badge ${stateBadge[test.state]}`}>{labels.testWindowState(test.state)}</span>
              )}
            </h3>
            <p>
              <TestAvailabilityText availability={availability} />
              {/* A pre-test is a starting point, not an exam: no pass mark, no pass or fail. */}
              {!preTest && (
                <span className="meta"> {t('learning.tests.passMark', { score: format.score(test.assessment.passScore) })}</span>
              )}
            </p>
            {test.results.length > 0 && (
              <ul className="plain-list">
                {test.results.map((result) => (
                  <li key={result.id}>
                    {t('learning.tests.attemptScore', { attempt: result.attempt, score: format.score(result.score) })}{' '}
                    {!preTest && (
                      <span className={result.passed ? 'badge badge-create' : 'badge badge-invalid'}>
                        {result.passed ? t('learning.tests.passed') : t('learning.tests.notPassed')}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {availability.kind === 'open' ? (
              <p>
                <Link to={path} className="button-primary">
                  {test.attemptsUsed > 0 ? t('learning.tests.retake') : t('learning.tests.take')}
                </Link>
              </p>
            ) : reviewable ? (
              <p>
                <Link to={path}>{t('learning.tests.seeAnswers')}</Link>
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/hooks/useFormatters';
import type { AssessmentKind } from '../../../gql/graphql';
import { cellState, cellSymbol, isTrainerScored } from '../lib/gradebook';

/** A score as the gradebook shows it: tests as a percentage, trainer-scored work as "15 / 20". */
export function useScoreText() {
  const { t } = useTranslation();
  const format = useFormatters();
  return (score: number, assessment: { kind: AssessmentKind; maxScore: number }) => {
    if (!isTrainerScored(assessment.kind)) return format.score(score);
    const number = new Intl.NumberFormat(format.language, { maximumFractionDigits: 1 });
    return t('teaching.gradebook.scoreOf', { score: number.format(score), max: number.format(assessment.maxScore) });
  };
}

/** One cell: a mark and the score, so pass and fail read without colour, and in words for screen readers. */
export function GradeCell({
  result,
  assessment,
}: {
  result: { score: number; passed: boolean; feedback?: string | null } | null;
  assessment: { kind: AssessmentKind; maxScore: number };
}) {
  const { t } = useTranslation();
  const scoreText = useScoreText();
  const state = cellState(result, assessment.kind);
  return (
    <span className={`grade grade-${state}`} title={result?.feedback ?? undefined} data-state={state}>
      <span aria-hidden="true" className="grade-mark">
        {cellSymbol[state]}
      </span>
      {result ? (
        <>
          {' '}
          {scoreText(result.score, assessment)}
          {state !== 'baseline' && <span className="visually-hidden"> {state === 'passed' ? t('teaching.gradebook.passed') : t('teaching.gradebook.failed')}</span>}
        </>
      ) : (
        <span className="visually-hidden">{t('teaching.gradebook.noScore')}</span>
      )}
    </span>
  );
}

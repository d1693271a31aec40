import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorText } from '../../../app/components/ErrorMessage';
import { FormError } from '../../../app/components/FormError';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { nativeNameLanguage } from '../../../app/i18n/languages';
import { toApiError } from '../../../app/errors/to-api-error';
import { useRecordAssessmentResults } from '../hooks/useTeachingMutations';
import { cellResult, scoreInput, serverRowProblems, type ScoreProblem, type ScoreRow } from '../lib/gradebook';
import type { GradebookAssessment, GradebookRowData } from './GradebookTable';

/**
 * Score an assignment or action plan for everyone at once, against its rubric. One call saves
 * every row; a wrong row (say, a score above the maximum) is marked and nothing is saved.
 */
export function ScoreEntry({
  cohortId,
  moduleTitle,
  assessment,
  rubric,
  rows,
  onSaved,
}: {
  cohortId: string;
  moduleTitle: string;
  assessment: GradebookAssessment;
  rubric: readonly { criterion: string; points: number }[];
  rows: readonly GradebookRowData[];
  onSaved: (count: number) => void;
}) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const format = useFormatters();
  const errorText = useErrorText();
  const [recordResults, { loading }] = useRecordAssessmentResults(cohortId);
  const [values, setValues] = useState<ScoreRow[]>(() =>
    rows.map((row) => {
      const result = cellResult(row.results, assessment);
      return { enrolmentId: row.id, score: result ? String(result.score) : '', feedback: result?.feedback ?? '' };
    }),
  );
  const [problems, setProblems] = useState<Record<string, ScoreProblem>>({});
  const [error, setError] = useState<string | null>(null);
  const number = new Intl.NumberFormat(format.language, { maximumFractionDigits: 1 });

  function update(enrolmentId: string, field: 'score' | 'feedback', value: string): void {
    setValues((previous) => previous.map((row) => (row.enrolmentId === enrolmentId ? { ...row, [field]: value } : row)));
    if (field === 'score' && problems[enrolmentId]) {
      setProblems((previous) => Object.fromEntries(Object.entries(previous).filter(([id]) => id !== enrolmentId)));
    }
  }

  const problemText = (problem: ScoreProblem): string => {
    switch (problem.kind) {
      case 'notANumber':
        return t('teaching.scoring.notANumber');
      case 'outOfRange':
        return t('teaching.scoring.outOfRange', { max: number.format(problem.max) });
      case 'server':
        return problem.message;
    }
  };

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setError(null);
    const { results, problems: found } = scoreInput(values, assessment.maxScore);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setError(t('teaching.scoring.fixRows', { count: Object.keys(found).length }));
      return;
    }
    if (results.length === 0) {
      setError(t('teaching.scoring.nothing'));
      return;
    }
    try {
      await recordResults({ variables: { input: { assessmentId: assessment.id, results } } });
      onSaved(results.length);
    } catch (caught: unknown) {
      const rowProblems = serverRowProblems(toApiError(caught), results);
      setProblems(rowProblems);
      setError(errorText(caught));
    }
  }

  return (
    <section aria-labelledby="score-title" className="score-entry">
      <h2 id="score-title">{t('teaching.scoring.title', { title: assessment.title, module: moduleTitle })}</h2>
      <p className="meta">
        {labels.assessmentKind(assessment.kind)} ·{' '}
        {t('teaching.scoring.limits', { max: number.format(assessment.maxScore), pass: number.format(assessment.passScore) })}
      </p>
      {rubric.length > 0 ? (
        <details className="help rubric" open>
          <summary>{t('teaching.scoring.rubric')}</summary>
          <table className="data-table rubric-table">
            <thead>
              <tr>
                <th scope="col">{t('teaching.scoring.criterion')}</th>
                <th scope="col" className="numeric">
                  {t('teaching.scoring.points')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rubric.map((item) => (
                <tr key={item.criterion}>
                  <td>{item.criterion}</td>
                  <td className="numeric">{number.format(item.points)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <FormError message={error} />
        <div className="table-scroll stack-on-phone" role="region" aria-label={t('teaching.scoring.tableLabel')} tabIndex={0}>
          <table className="data-table score-table" data-testid="score-table">
            <thead>
              <tr>
                <th scope="col">{t('teaching.person.name')}</th>
                <th scope="col">{t('teaching.scoring.score', { max: number.format(assessment.maxScore) })}</th>
                <th scope="col">{t('teaching.scoring.feedback')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const value = values.find((item) => item.enrolmentId === row.id) ?? { enrolmentId: row.id, score: '', feedback: '' };
                const problem = problems[row.id];
                const errorId = `score-${row.id}-error`;
                return (
                  <tr key={row.id} className={problem ? 'row-invalid' : undefined} data-testid="score-row">
                    <th scope="row">
                      {row.person.fullName}
                      {row.person.nativeName ? (
                        <span className="cell-sub" lang={nativeNameLanguage(row.person.countryCode)}>
                          {row.person.nativeName}
                        </span>
                      ) : null}
                    </th>
                    <td data-label={t('teaching.scoring.score', { max: number.format(assessment.maxScore) })}>
                      <input
                        className="score-input"
                        type="text"
                        inputMode="decimal"
                        aria-label={t('teaching.scoring.scoreFor', { name: row.person.fullName })}
                        aria-invalid={problem ? true : undefined}
                        aria-describedby={problem ? errorId : undefined}
                        value={value.score}
                        onChange={(event) => update(row.id, 'score', event.target.value)}
                      />
                      {problem ? (
                        <p className="field-error" id={errorId}>
                          {problemText(problem)}
                        </p>
                      ) : null}
                    </td>
                    <td data-label={t('teaching.scoring.feedback')}>
                      <textarea
                        rows={2}
                        maxLength={4000}
                        aria-label={t('teaching.scoring.feedbackFor', { name: row.person.fullName })}
                        value={value.feedback}
                        onChange={(event) => update(row.id, 'feedback', event.target.value)}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="hint">{t('teaching.scoring.blankHint')}</p>
        <div className="actions">
          <button type="submit" className="button-primary" disabled={loading}>
            {loading ? t('common.saving') : t('teaching.scoring.save')}
          </button>
          <Link to={`/cohorts/${cohortId}/gradebook`} className="button-link">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useReportFormat } from '../hooks/useReportFormat';

export const ModuleResultsFragment = graphql(`
  fragment ModuleResults_result on ModuleLearningResult {
    module {
      id
      title
      position
      course {
        id
        title
      }
    }
    gain {
      paired
      leftOut
      meanPre
      meanPost
      meanGain
      normalisedGain
      improvedShare
      suppressed
    }
    questions {
      questionId
      key
      prompt
      paired
      rightBefore
      rightAfter
      suppressed
    }
  }
`);

/** A change in the share of right answers of at least this much marks an item that teaches well. */
const teachesWell = 0.2;

/**
 * Per module: paired tests, left out, mean pre and post, gain, normalised gain and the share who
 * improved; under each module, per question the share right before and after, so trainers see which
 * items teach well and which do not move.
 */
export function ModuleResults({ results: refs }: { results: readonly FragmentType<typeof ModuleResultsFragment>[] }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const results = getFragmentData(ModuleResultsFragment, refs);
  if (results.length === 0) return <p>{t('reports.noData')}</p>;

  return (
    <>
      <div className="table-scroll">
        <table className="data-table" data-testid="module-results">
          <caption className="visually-hidden">{t('reports.learning.byModule')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.learning.module')}</th>
              <th scope="col" className="numeric">
                {t('reports.learning.paired')}
              </th>
              <th scope="col" className="numeric">
                {t('reports.learning.leftOut')}
              </th>
              <th scope="col" className="numeric">
                {t('reports.learning.meanPre')}
              </th>
              <th scope="col" className="numeric">
                {t('reports.learning.meanPost')}
              </th>
              <th scope="col" className="numeric">
                {t('reports.learning.gain')}
              </th>
              <th scope="col" className="numeric">
                {t('reports.learning.normalisedGain')}
              </th>
              <th scope="col" className="numeric">
                {t('reports.learning.improvedShare')}
              </th>
            </tr>
          </thead>
          <tbody>
            {results.map(({ module, gain }) => {
              const figure = (value: number | null | undefined, formatValue: (value: number) => string) =>
                format.figureWith({ value, suppressed: gain.suppressed }, formatValue);
              return (
                <tr key={module.id}>
                  <th scope="row">
                    {module.title}
                    <span className="cell-sub">{module.course.title}</span>
                  </th>
                  <td className="numeric">{figure(gain.paired, format.count)}</td>
                  <td className="numeric">{figure(gain.leftOut, format.count)}</td>
                  <td className="numeric">{figure(gain.meanPre, format.score)}</td>
                  <td className="numeric">{figure(gain.meanPost, format.score)}</td>
                  <td className="numeric">{figure(gain.meanGain, format.points)}</td>
                  <td className="numeric">{figure(gain.normalisedGain, format.percent)}</td>
                  <td className="numeric">{figure(gain.improvedShare, format.percent)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h3>{t('reports.learning.byQuestion')}</h3>
      <p className="hint">{t('reports.learning.byQuestionHint')}</p>
      {results.map(({ module, questions }) => (
        <details key={module.id} className="question-results">
          <summary>
            {module.title} <span className="meta">({t('reports.learning.questionCount', { count: questions.length, value: format.count(questions.length) })})</span>
          </summary>
          {questions.length === 0 ? (
            <p>{t('reports.noData')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table" data-testid="question-results">
                <caption className="visually-hidden">{t('reports.learning.questionsOf', { module: module.title })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('reports.learning.question')}</th>
                    <th scope="col" className="numeric">
                      {t('reports.learning.paired')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('reports.learning.rightBefore')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('reports.learning.rightAfter')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('reports.learning.change')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {questions.map((question) => {
                    const share = (value: number | null | undefined) => format.figureWith({ value, suppressed: question.suppressed }, format.percent);
                    const change =
                      question.suppressed || question.rightBefore == null || question.rightAfter == null ? null : question.rightAfter - question.rightBefore;
                    return (
                      <tr key={question.questionId}>
                        <th scope="row" className="question-prompt">
                          {question.prompt}
                          <span className="cell-sub">{question.key}</span>
                        </th>
                        <td className="numeric">{format.figureWith({ value: question.paired, suppressed: question.suppressed }, format.count)}</td>
                        <td className="numeric">{share(question.rightBefore)}</td>
                        <td className="numeric">{share(question.rightAfter)}</td>
                        <td className={change !== null && change >= teachesWell ? 'numeric change-good' : change !== null && change <= 0 ? 'numeric change-flat' : 'numeric'}>
                          {change === null ? (question.suppressed ? t('reports.fewerThan3') : t('common.none')) : format.pointsChange(change * 100)}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </details>
      ))}
    </>
  );
}

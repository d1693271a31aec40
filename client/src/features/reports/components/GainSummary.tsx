import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useReportFormat } from '../hooks/useReportFormat';

export const GainSummaryFragment = graphql(`
  fragment GainSummary_gain on KnowledgeGain {
    paired
    people
    leftOut
    meanPre
    meanPost
    meanGain
    normalisedGain
    improvedShare
    suppressed
  }
`);

/** Knowledge gain over every module in scope, at a glance. */
export function GainSummary({ gain: ref }: { gain: FragmentType<typeof GainSummaryFragment> }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const gain = getFragmentData(GainSummaryFragment, ref);
  const figure = (value: number | null | undefined, formatValue: (value: number) => string) =>
    format.figureWith({ value, suppressed: gain.suppressed }, formatValue);
  const stats = [
    { label: t('reports.learning.meanPre'), value: figure(gain.meanPre, format.score) },
    { label: t('reports.learning.meanPost'), value: figure(gain.meanPost, format.score) },
    { label: t('reports.learning.gain'), value: figure(gain.meanGain, format.points) },
    { label: t('reports.learning.normalisedGain'), value: figure(gain.normalisedGain, format.percent) },
    { label: t('reports.learning.improvedShare'), value: figure(gain.improvedShare, format.percent) },
    { label: t('reports.learning.paired'), value: figure(gain.paired, format.count) },
  ];
  return (
    <>
      <dl className="stats report-stats" data-testid="gain-summary">
        {stats.map((stat) => (
          <div key={stat.label}>
            <dt>{stat.label}</dt>
            <dd>{stat.value}</dd>
          </div>
        ))}
      </dl>
      {!gain.suppressed && gain.leftOut > 0 ? <p className="hint">{t('reports.learning.leftOutNote', { count: gain.leftOut, value: format.count(gain.leftOut) })}</p> : null}
    </>
  );
}

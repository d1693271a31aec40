import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useReportFormat } from '../hooks/useReportFormat';
import { useSplitLabels } from '../hooks/useSplitLabels';
import type { ReportSplit } from '../lib/report-filter';
import { ChartFigure, ChartLegend } from './ChartFigure';
import { HorizontalBarChart, type BarGroup } from './HorizontalBarChart';

export const KnowledgeGainChartFragment = graphql(`
  fragment KnowledgeGainChart_cell on GainCell {
    key
    label
    gain {
      paired
      people
      meanPre
      meanPost
      meanGain
      normalisedGain
      suppressed
    }
  }
`);

interface KnowledgeGainChartProps {
  cells: readonly FragmentType<typeof KnowledgeGainChartFragment>[];
  split: ReportSplit;
  title: string;
  testId?: string;
}

/** Mean pre-test against mean post-test score per group, with the gain and normalised gain. */
export function KnowledgeGainChart({ cells: refs, split, title, testId }: KnowledgeGainChartProps) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const names = useSplitLabels();
  const cells = getFragmentData(KnowledgeGainChartFragment, refs);
  const series = [
    { label: t('reports.learning.meanPre'), className: 'series-pre' },
    { label: t('reports.learning.meanPost'), className: 'series-post' },
  ];
  const normalised = (value: number) => format.percent(value);
  const groups: BarGroup[] = cells.map((cell) => {
    const { gain } = cell;
    const label = names.cell(split, cell);
    if (gain.suppressed) return { key: cell.key, label, note: t('reports.fewerThan3'), bars: [{ value: null, text: '' }, { value: null, text: '' }] };
    return {
      key: cell.key,
      label,
      note:
        gain.meanGain === null || gain.meanGain === undefined
          ? undefined
          : t('reports.learning.gainNote', {
              gain: format.points(gain.meanGain),
              normalised: format.figureWith({ value: gain.normalisedGain, suppressed: false }, normalised),
            }),
      bars: [
        { value: gain.meanPre ?? null, text: format.figureWith({ value: gain.meanPre, suppressed: false }, format.score) },
        { value: gain.meanPost ?? null, text: format.figureWith({ value: gain.meanPost, suppressed: false }, format.score) },
      ],
    };
  });

  return (
    <ChartFigure
      title={title}
      summary={t('reports.learning.chartSummary')}
      testId={testId}
      legend={<ChartLegend series={series} />}
      chart={
        cells.length === 0 ? (
          <p className="chart-empty">{t('reports.noData')}</p>
        ) : (
          <HorizontalBarChart series={series} groups={groups} max={100} tickFormat={(value) => format.score(value)} />
        )
      }
      table={
        <table className="data-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{names.split(split)}</th>
              <th scope="col" className="numeric">
                {t('reports.learning.paired')}
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
            </tr>
          </thead>
          <tbody>
            {cells.map(({ key, label, gain }) => {
              const figure = (value: number | null | undefined, formatValue: (value: number) => string) =>
                format.figureWith({ value, suppressed: gain.suppressed }, formatValue);
              return (
                <tr key={key}>
                  <th scope="row">{names.cell(split, { key, label })}</th>
                  <td className="numeric">{figure(gain.paired, format.count)}</td>
                  <td className="numeric">{figure(gain.meanPre, format.score)}</td>
                  <td className="numeric">{figure(gain.meanPost, format.score)}</td>
                  <td className="numeric">{figure(gain.meanGain, format.points)}</td>
                  <td className="numeric">{figure(gain.normalisedGain, normalised)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      }
    />
  );
}

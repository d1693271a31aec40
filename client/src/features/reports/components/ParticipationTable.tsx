import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useReportFormat } from '../hooks/useReportFormat';
import { useSplitLabels } from '../hooks/useSplitLabels';
import type { ReportSplit } from '../lib/report-filter';

export const ParticipationTableFragment = graphql(`
  fragment ParticipationTable_cell on ParticipationCell {
    key
    label
    people
    attendanceRate
    completionRate
    suppressed
  }
`);

interface ParticipationTableProps {
  overall: FragmentType<typeof ParticipationTableFragment>;
  cells: readonly FragmentType<typeof ParticipationTableFragment>[];
  split: ReportSplit;
}

/** Attendance and completion rates by group, with the total for everyone in scope. */
export function ParticipationTable({ overall: overallRef, cells: refs, split }: ParticipationTableProps) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const names = useSplitLabels();
  const overall = getFragmentData(ParticipationTableFragment, overallRef);
  const cells = getFragmentData(ParticipationTableFragment, refs);
  const row = (cell: typeof overall, name: string, total = false) => {
    const figure = (value: number | null | undefined, formatValue: (value: number) => string) =>
      format.figureWith({ value, suppressed: cell.suppressed }, formatValue);
    return (
      <tr key={total ? '' : cell.key} className={total ? 'row-total' : undefined}>
        <th scope="row">{name}</th>
        <td className="numeric">{figure(cell.people, format.count)}</td>
        <td className="numeric">{figure(cell.attendanceRate, format.percent)}</td>
        <td className="numeric">{figure(cell.completionRate, format.percent)}</td>
      </tr>
    );
  };
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="participation-table">
        <caption className="visually-hidden">{t('reports.participation.caption', { split: names.split(split) })}</caption>
        <thead>
          <tr>
            <th scope="col">{names.split(split)}</th>
            <th scope="col" className="numeric">
              {t('reports.participation.people')}
            </th>
            <th scope="col" className="numeric">
              {t('reports.participation.attendanceRate')}
            </th>
            <th scope="col" className="numeric">
              {t('reports.participation.completionRate')}
            </th>
          </tr>
        </thead>
        <tbody>{cells.map((cell) => row(cell, names.cell(split, cell)))}</tbody>
        <tfoot>{row(overall, t('reports.total'), true)}</tfoot>
      </table>
    </div>
  );
}

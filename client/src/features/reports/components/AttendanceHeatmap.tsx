import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useReportFormat } from '../hooks/useReportFormat';
import { useSplitLabels } from '../hooks/useSplitLabels';
import { heatBands, heatClass } from '../lib/heatmap';
import type { ReportSplit } from '../lib/report-filter';

export const AttendanceHeatmapFragment = graphql(`
  fragment AttendanceHeatmap_heatmap on AttendanceHeatmap {
    sessions {
      id
      startsAt
      cancelled
      module {
        id
        title
      }
    }
    rows {
      key
      label
      cells {
        sessionId
        rate
        people
        suppressed
      }
    }
  }
`);

interface AttendanceHeatmapProps {
  heatmap: FragmentType<typeof AttendanceHeatmapFragment>;
  /** The rows' split, or null for one row per person (staff). */
  split: ReportSplit | null;
}

/**
 * Attendance over a cohort's sessions: rows are groups (or people, for staff), columns sessions,
 * each cell coloured by its rate and showing the number. A table, so it is its own text equivalent:
 * every cell has a row and column header, and the colour only repeats the number.
 */
export function AttendanceHeatmap({ heatmap: ref, split }: AttendanceHeatmapProps) {
  const { t } = useTranslation();
  const { date, time } = useFormatters();
  const format = useReportFormat();
  const names = useSplitLabels();
  const heatmap = getFragmentData(AttendanceHeatmapFragment, ref);
  const sessions = heatmap.sessions.filter((session) => !session.cancelled);
  if (sessions.length === 0 || heatmap.rows.length === 0) return <p>{t('reports.participation.noSessions')}</p>;

  return (
    <figure className="heatmap-figure" data-testid="attendance-heatmap">
      <ul className="heatmap-legend" aria-label={t('reports.participation.legend')}>
        {heatBands().map((band) => (
          <li key={band.className}>
            <span className={`legend-swatch ${band.className}`} />
            {band.to === null
              ? t('reports.participation.bandFrom', { from: format.percent(band.from) })
              : t('reports.participation.band', { from: format.percent(band.from), to: format.percent(band.to) })}
          </li>
        ))}
        <li>
          <span className="legend-swatch heat-none" />
          {t('reports.participation.noRate')}
        </li>
      </ul>
      <div className="table-scroll">
        <table className="data-table heatmap">
          <caption>{t('reports.participation.heatmapCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{split ? names.split(split) : t('reports.participation.person')}</th>
              {sessions.map((session, index) => (
                <th key={session.id} scope="col" className="heatmap-session" title={session.module.title}>
                  <span className="heatmap-session-number">{t('reports.participation.sessionNumber', { number: index + 1 })}</span>
                  <span className="cell-sub">{date(session.startsAt)}</span>
                  <span className="visually-hidden">
                    {' '}
                    {time(session.startsAt)} · {session.module.title}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {heatmap.rows.map((row) => {
              const cells = new Map(row.cells.map((cell) => [cell.sessionId, cell]));
              return (
                <tr key={row.key}>
                  <th scope="row">{split ? names.cell(split, row) : row.label}</th>
                  {sessions.map((session) => {
                    const cell = cells.get(session.id) ?? { rate: null, suppressed: false };
                    return (
                      <td key={session.id} className={`numeric heat ${heatClass(cell)}`}>
                        {format.figureWith({ value: cell.rate, suppressed: cell.suppressed }, format.percent)}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

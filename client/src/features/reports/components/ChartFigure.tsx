import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ChartFigureProps {
  title: string;
  /** One sentence under the title: what the chart shows and how to read it. */
  summary?: string;
  /** The legend, in HTML so it wraps and uses the page's fonts. */
  legend?: ReactNode;
  /** The drawing (an SVG); hidden from screen readers, which get the data table instead. */
  chart: ReactNode;
  /** The same figures as a table: the chart's text equivalent. */
  table: ReactNode;
  testId?: string;
}

/**
 * A chart with its text equivalent: the drawing is one image whose description is the data table
 * (aria-describedby), and the table is in the page for screen readers, visually hidden until the
 * reader asks to see it.
 */
export function ChartFigure({ title, summary, legend, chart, table, testId }: ChartFigureProps) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  const summaryId = useId();
  const tableId = useId();
  return (
    <figure className="chart-figure" aria-labelledby={titleId} data-testid={testId}>
      <figcaption>
        <h3 id={titleId} className="chart-title">
          {title}
        </h3>
        {summary ? (
          <p id={summaryId} className="chart-summary">
            {summary}
          </p>
        ) : null}
      </figcaption>
      {legend}
      <div className="chart-drawing" role="img" aria-labelledby={titleId} aria-describedby={summary ? `${summaryId} ${tableId}` : tableId}>
        {chart}
      </div>
      <button
        type="button"
        className="button-link chart-table-toggle"
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((shown) => !shown)}
      >
        {showTable ? t('reports.chart.hideTable') : t('reports.chart.showTable')}
      </button>
      <div id={tableId} className={showTable ? 'chart-data' : 'chart-data visually-hidden'} data-testid="chart-data">
        {table}
      </div>
    </figure>
  );
}

/** Colour keys for a chart's series. */
export function ChartLegend({ series }: { series: readonly { label: string; className: string }[] }) {
  return (
    <ul className="chart-legend" aria-hidden="true">
      {series.map((item) => (
        <li key={item.className}>
          <span className={`legend-swatch ${item.className}`} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

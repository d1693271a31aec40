import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear, scalePoint } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { useElementWidth } from '../hooks/useElementWidth';

export interface LinePoint {
  key: string;
  /** The x axis label (a month). */
  label: string;
  value: number;
}

interface LineChartProps {
  points: readonly LinePoint[];
  valueFormat: (value: number) => string;
}

const margin = { top: 16, right: 24, bottom: 40, left: 56 };
const height = 260;
/** Roughly the width one month label needs, to decide how many to show. */
const labelWidth = 72;

/** A line over time (SMEs reached, cumulative), with a dot per point; drawn with visx. */
export function LineChart({ points, valueFormat }: LineChartProps) {
  const { ref, width } = useElementWidth<HTMLDivElement>(640);
  const innerWidth = Math.max(120, width - margin.left - margin.right);
  const innerHeight = height - margin.top - margin.bottom;
  const keys = points.map((point) => point.key);
  const x = scalePoint<string>({ domain: keys, range: [0, innerWidth], padding: 0.3 });
  const max = Math.max(1, ...points.map((point) => point.value));
  const y = scaleLinear<number>({ domain: [0, max], range: [innerHeight, 0], nice: true });
  const every = Math.max(1, Math.ceil((points.length * labelWidth) / innerWidth));
  // Every nth month, so the labels never overlap (the table lists them all).
  const shownKeys = keys.filter((_, index) => index % every === 0);
  const labels = new Map(points.map((point) => [point.key, point.label]));

  return (
    <div ref={ref} className="chart-box">
      <svg width={width} height={height} className="chart-svg" focusable="false" aria-hidden="true">
        <Group left={margin.left} top={margin.top}>
          {y.ticks(4).map((tick) => (
            <line key={tick} className="chart-gridline" x1={0} x2={innerWidth} y1={y(tick)} y2={y(tick)} />
          ))}
          <LinePath<LinePoint> data={[...points]} x={(point) => x(point.key) ?? 0} y={(point) => y(point.value)} className="chart-line" />
          {points.map((point) => (
            <circle key={point.key} className="chart-dot" cx={x(point.key) ?? 0} cy={y(point.value)} r={3.5} />
          ))}
          <AxisLeft
            scale={y}
            numTicks={4}
            tickFormat={(value) => valueFormat(Number(value))}
            axisClassName="chart-axis"
            tickLabelProps={{ className: 'chart-tick', textAnchor: 'end', dx: -4, dy: 4 }}
          />
          <AxisBottom
            top={innerHeight}
            scale={x}
            tickValues={shownKeys}
            tickFormat={(key) => labels.get(String(key)) ?? String(key)}
            axisClassName="chart-axis"
            tickLabelProps={{ className: 'chart-tick', textAnchor: 'middle' }}
          />
        </Group>
      </svg>
    </div>
  );
}

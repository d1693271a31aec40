import { AxisBottom } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useElementWidth } from '../hooks/useElementWidth';

export interface BarSeries {
  label: string;
  /** A CSS class that colours the bars and the legend swatch (series-0, series-1, …). */
  className: string;
}

export interface BarGroup {
  key: string;
  /** Shown above the group's bars, on its own line, so long names and any script fit a phone. */
  label: string;
  /** Optional figures after the label ("gain 18 pp · normalised 0.41"). */
  note?: string;
  /** One bar per series; null draws no bar (suppressed or no figure) and shows the text only. */
  bars: { value: number | null; text: string }[];
}

interface HorizontalBarChartProps {
  series: readonly BarSeries[];
  groups: readonly BarGroup[];
  /** The scale's upper end; defaults to the largest value. */
  max?: number;
  tickFormat: (value: number) => string;
}

const margin = { top: 4, right: 16, bottom: 28, left: 8 };
const labelHeight = 22;
const barHeight = 16;
const barGap = 4;
const groupGap = 14;
/** Room after each bar for its value. */
const valueRoom = 64;

/**
 * Horizontal bars, grouped: each group's name on a line above its bars (or, for one series, on its
 * left) and each bar's value at its end, so the chart reads on a phone and in every interface
 * script. Drawn with visx (SVG text takes the page's Noto fonts).
 */
export function HorizontalBarChart({ series, groups, max, tickFormat }: HorizontalBarChartProps) {
  const { ref, width } = useElementWidth<HTMLDivElement>(640);
  const values = groups.flatMap((group) => group.bars.map((bar) => bar.value ?? 0));
  const domainMax = max ?? Math.max(1, ...values);
  // One series and no notes: each name on the left of its bar, one row per group, so long lists stay short.
  const compact = series.length === 1 && groups.every((group) => !group.note);
  const labelWidth = compact ? Math.min(176, Math.round(width * 0.36)) : 0;
  const innerWidth = Math.max(80, width - margin.left - margin.right - valueRoom - labelWidth);
  const x = scaleLinear<number>({ domain: [0, domainMax], range: [0, innerWidth], nice: max === undefined, clamp: true });
  const groupHeight = compact ? barHeight + 10 : labelHeight + series.length * (barHeight + barGap) + groupGap;
  const innerHeight = groups.length * groupHeight;
  const height = innerHeight + margin.top + margin.bottom;
  const ticks = width < 420 ? 3 : 5;

  return (
    <div ref={ref} className="chart-box">
      <svg width={width} height={height} className="chart-svg" focusable="false" aria-hidden="true">
        <Group left={margin.left + labelWidth} top={margin.top}>
          {x.ticks(ticks).map((tick) => (
            <line key={tick} className="chart-gridline" x1={x(tick)} x2={x(tick)} y1={0} y2={innerHeight} />
          ))}
          {groups.map((group, groupIndex) => {
            const top = groupIndex * groupHeight;
            return (
              <Group key={group.key} top={top}>
                {compact ? (
                  <text className="chart-label chart-label-name" x={-8} y={barHeight - 3} textAnchor="end">
                    {group.label}
                  </text>
                ) : (
                  <text className="chart-label" x={-labelWidth} y={labelHeight - 7}>
                    <tspan className="chart-label-name">{group.label}</tspan>
                    {group.note ? <tspan className="chart-label-note">{`  ${group.note}`}</tspan> : null}
                  </text>
                )}
                {group.bars.map((bar, barIndex) => {
                  const y = (compact ? 0 : labelHeight) + barIndex * (barHeight + barGap);
                  const barWidth = bar.value === null ? 0 : Math.max(bar.value > 0 ? 2 : 0, x(bar.value));
                  return (
                    <Group key={barIndex} top={y}>
                      <Bar className={`chart-bar ${series[barIndex]?.className ?? ''}`} x={0} y={0} width={barWidth} height={barHeight} rx={2} />
                      <text className="chart-value" x={barWidth + 6} y={barHeight - 3}>
                        {bar.text}
                      </text>
                    </Group>
                  );
                })}
              </Group>
            );
          })}
          <AxisBottom
            top={innerHeight}
            scale={x}
            numTicks={ticks}
            tickFormat={(value) => tickFormat(Number(value))}
            axisClassName="chart-axis"
            tickLabelProps={{ className: 'chart-tick', textAnchor: 'middle' }}
          />
        </Group>
      </svg>
    </div>
  );
}

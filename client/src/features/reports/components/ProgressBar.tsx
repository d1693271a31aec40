import { progressFill } from '../lib/report-format';

interface ProgressBarProps {
  /** actual / target; null when there is no figure (suppressed, nothing in scope). */
  progress: number | null;
  /** The visible figure beside the bar: "65%". */
  text: string;
  /** What a screen reader announces: "65% of the target: 25 of 38". */
  valueText: string;
  /** The bar's name: the indicator. */
  label: string;
}

/** Progress towards a target: an ARIA progressbar (0–100) with the figure spelled out in aria-valuetext. */
export function ProgressBar({ progress, text, valueText, label }: ProgressBarProps) {
  const fill = progressFill(progress);
  const reached = progress !== null && progress >= 1;
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress === null ? undefined : fill}
        aria-valuetext={valueText}
      >
        <span className={reached ? 'progress-fill progress-reached' : 'progress-fill'} style={{ width: `${fill}%` }} />
      </div>
      <span className="progress-text" aria-hidden="true">
        {text}
      </span>
    </div>
  );
}

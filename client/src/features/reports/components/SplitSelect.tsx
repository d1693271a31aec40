import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../app/components/fields';
import { useSplitLabels } from '../hooks/useSplitLabels';
import { reportSplits, type ReportSplit } from '../lib/report-filter';

interface SplitSelectProps {
  id: string;
  value: ReportSplit | null;
  onChange: (split: ReportSplit | null) => void;
  /** The splits to offer; all by default. */
  splits?: readonly ReportSplit[];
  /** Offer "No breakdown" (the indicator table); otherwise a split is always chosen. */
  allowNone?: boolean;
  label?: string;
}

/** "Break down by": country, sex, target group, organisation type, component, cohort or year. */
export function SplitSelect({ id, value, onChange, splits = reportSplits, allowNone = false, label }: SplitSelectProps) {
  const { t } = useTranslation();
  const names = useSplitLabels();
  return (
    <div className="split-select">
      <SelectField
        id={id}
        label={label ?? t('reports.splitBy')}
        value={value ?? ''}
        options={splits.map((split) => ({ value: split, label: names.split(split) }))}
        emptyLabel={allowNone ? t('reports.noSplit') : undefined}
        onValueChange={(next) => onChange((splits as readonly string[]).includes(next) ? (next as ReportSplit) : null)}
      />
    </div>
  );
}

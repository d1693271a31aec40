import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isOneOf } from '../../../app/enums';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import type { ReportSplit } from '../lib/report-filter';
import { splitCellLabel, type SplitCell } from '../lib/splits';

/** Names of split groups and of the splits themselves, in the interface language. */
export function useSplitLabels() {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  return useMemo(() => {
    const texts = {
      country: labels.country,
      gender: labels.gender,
      targetGroup: labels.targetGroup,
      organisationType: labels.organisationType,
      component: (code: string) => (code === 'ME' ? t('reports.componentME') : t('reports.componentShort', { code })),
      notRecorded: t('reports.notRecorded'),
    };
    return {
      /** A group's name: "Cambodia", "Female", "Component A", a cohort's title, a year. */
      cell: (split: ReportSplit, cell: SplitCell) => splitCellLabel(split, cell, texts),
      /** The split's name: "Country", "Sex", … */
      split: (split: ReportSplit) => t(`reports.split.${split}`),
      /** An SME sector code (SmeSector), or the code itself. */
      sector: (code: string) => (isOneOf(smeSectors, code) ? t(`reports.sector.${code}`) : code === 'NONE' ? texts.notRecorded : code),
      /** A kind of support (SupportKind), or the code itself. */
      supportKind: (code: string) => (isOneOf(supportKinds, code) ? t(`reports.supportKind.${code}`) : code === 'NONE' ? texts.notRecorded : code),
    };
  }, [labels, t]);
}

export const smeSectors = [
  'AGRICULTURE_AND_FOOD',
  'HANDICRAFTS_AND_TEXTILES',
  'MANUFACTURING',
  'TRADE_AND_RETAIL',
  'TOURISM_AND_HOSPITALITY',
  'LOGISTICS_AND_TRANSPORT',
  'SERVICES',
  'OTHER',
] as const;

export const supportKinds = ['TRAINING', 'COACHING', 'MARKET_LINKAGE', 'CERTIFICATION', 'FINANCE_ACCESS', 'EXPORT_CONSORTIUM'] as const;

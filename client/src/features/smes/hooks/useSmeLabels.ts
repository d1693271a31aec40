import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Option } from '../../../app/components/fields';
import type { SmeMatchReason, SmeSector, SupportKind } from '../../../gql/graphql';
import { smeSectors, supportKinds } from '../lib/sme-enums';

/** Sector, kind of support and match reasons in the current language, and select options for them. */
export function useSmeLabels() {
  const { t } = useTranslation();
  return useMemo(() => {
    const sector = (value: SmeSector) => t(`smes.sector.${value}`);
    const kind = (value: SupportKind) => t(`smes.kind.${value}`);
    return {
      sector,
      kind,
      reason: (value: SmeMatchReason) => t(`smes.reason.${value}`),
      sectorOptions: smeSectors.map((value): Option => ({ value, label: sector(value) })),
      kindOptions: supportKinds.map((value): Option => ({ value, label: kind(value) })),
    };
  }, [t]);
}

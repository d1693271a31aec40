import { everyValueOf } from '../../../app/enums';
import type { SmeMatchReason, SmeSector, SupportKind } from '../../../gql/graphql';

export const smeSectors = everyValueOf<SmeSector>()([
  'AGRICULTURE_AND_FOOD',
  'HANDICRAFTS_AND_TEXTILES',
  'MANUFACTURING',
  'TRADE_AND_RETAIL',
  'TOURISM_AND_HOSPITALITY',
  'LOGISTICS_AND_TRANSPORT',
  'SERVICES',
  'OTHER',
]);

export const supportKinds = everyValueOf<SupportKind>()([
  'TRAINING',
  'COACHING',
  'MARKET_LINKAGE',
  'CERTIFICATION',
  'FINANCE_ACCESS',
  'EXPORT_CONSORTIUM',
]);

/** Strongest evidence first: that is the order reasons are shown in. */
export const smeMatchReasons = everyValueOf<SmeMatchReason>()([
  'SAME_REGISTRATION_NUMBER',
  'SAME_PHONE',
  'SAME_NAME_AND_PROVINCE',
  'SIMILAR_NAME_SAME_PROVINCE',
]);

export function sortReasons(reasons: readonly SmeMatchReason[]): SmeMatchReason[] {
  return [...new Set(reasons)].sort((a, b) => smeMatchReasons.indexOf(a) - smeMatchReasons.indexOf(b));
}

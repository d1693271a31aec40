import { isOneOf, programmeCountries } from '../../../app/enums';
import type { SmesFilter } from '../../../gql/graphql';
import { smeSectors } from './sme-enums';

/** URL search parameter names for the SME list, so a filtered list can be bookmarked and shared. */
export const smeParams = {
  search: 'q',
  countryCode: 'country',
  province: 'province',
  sector: 'sector',
  includeMerged: 'merged',
} as const satisfies Record<keyof SmesFilter, string>;

/** Reads the filter from the URL, ignoring values the API would refuse. */
export function smesFilterFromParams(params: URLSearchParams): SmesFilter {
  const filter: SmesFilter = {};
  const search = params.get(smeParams.search)?.trim();
  if (search) filter.search = search.slice(0, 100);
  const country = params.get(smeParams.countryCode);
  if (isOneOf(programmeCountries, country)) filter.countryCode = country;
  const province = params.get(smeParams.province)?.trim();
  if (province) filter.province = province.slice(0, 100);
  const sector = params.get(smeParams.sector);
  if (isOneOf(smeSectors, sector)) filter.sector = sector;
  if (params.get(smeParams.includeMerged) === '1') filter.includeMerged = true;
  return filter;
}

export function hasAnyFilter(filter: SmesFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined && value !== null && value !== '' && value !== false);
}

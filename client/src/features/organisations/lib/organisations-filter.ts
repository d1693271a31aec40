import { isOneOf, organisationTypes, programmeCountries } from '../../../app/enums';
import type { OrganisationsFilter } from '../../../gql/graphql';

export const organisationParams = {
  search: 'q',
  countryCode: 'country',
  type: 'type',
} as const satisfies Record<keyof OrganisationsFilter, string>;

/** Reads the filter from the URL, ignoring values the API would refuse. */
export function organisationsFilterFromParams(params: URLSearchParams): OrganisationsFilter {
  const filter: OrganisationsFilter = {};
  const search = params.get(organisationParams.search)?.trim();
  if (search) filter.search = search.slice(0, 100);
  const country = params.get(organisationParams.countryCode);
  if (isOneOf(programmeCountries, country)) filter.countryCode = country;
  const type = params.get(organisationParams.type);
  if (isOneOf(organisationTypes, type)) filter.type = type;
  return filter;
}

import { genders, isOneOf, organisationTypes, programmeCountries, targetGroups } from '../../../app/enums';
import type { PeopleFilter } from '../../../gql/graphql';

/** URL search parameter names for the people list, so a filtered list can be bookmarked and shared. */
export const peopleParams = {
  search: 'q',
  countryCode: 'country',
  gender: 'gender',
  organisationType: 'orgType',
  targetGroup: 'group',
  organisationId: 'org',
} as const satisfies Record<keyof PeopleFilter, string>;

/** Reads the filter from the URL, ignoring values the API would refuse. */
export function peopleFilterFromParams(params: URLSearchParams): PeopleFilter {
  const filter: PeopleFilter = {};
  const search = params.get(peopleParams.search)?.trim();
  if (search) filter.search = search.slice(0, 100);
  const country = params.get(peopleParams.countryCode);
  if (isOneOf(programmeCountries, country)) filter.countryCode = country;
  const gender = params.get(peopleParams.gender);
  if (isOneOf(genders, gender)) filter.gender = gender;
  const organisationType = params.get(peopleParams.organisationType);
  if (isOneOf(organisationTypes, organisationType)) filter.organisationType = organisationType;
  const targetGroup = params.get(peopleParams.targetGroup);
  if (isOneOf(targetGroups, targetGroup)) filter.targetGroup = targetGroup;
  const organisationId = params.get(peopleParams.organisationId)?.trim();
  if (organisationId) filter.organisationId = organisationId;
  return filter;
}

export function hasAnyFilter(filter: PeopleFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined && value !== null && value !== '');
}

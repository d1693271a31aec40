import { components, everyValueOf, genders, isOneOf, organisationTypes, targetGroups } from '../../../app/enums';
import type { Gender, OrganisationType, ReportSplit, TargetGroup } from '../../../gql/graphql';

export type { ReportSplit };

/**
 * The dashboard's filter, kept in the URL so a filtered view can be bookmarked and shared. The
 * search parameters are short; the GraphQL input and the export links use the API's field names.
 */
export const filterParams = {
  countryCode: 'country',
  gender: 'sex',
  targetGroup: 'group',
  organisationType: 'orgType',
  componentCode: 'component',
  cohortId: 'cohort',
  year: 'year',
} as const;

export type FilterField = keyof typeof filterParams;
export const filterFields = Object.keys(filterParams) as FilterField[];

/** The split the indicator table is broken down by. */
export const splitParam = 'by';

/** Matches the GraphQL `ReportFilter` input; absent fields are left out. */
export interface ReportFilterValues {
  countryCode?: string;
  gender?: Gender;
  targetGroup?: TargetGroup;
  organisationType?: OrganisationType;
  componentCode?: string;
  cohortId?: string;
  year?: number;
}

/** Every way a figure can be split, in the order the split selectors offer them. */
export const reportSplits = everyValueOf<ReportSplit>()(['COUNTRY', 'SEX', 'TARGET_GROUP', 'ORGANISATION_TYPE', 'COMPONENT', 'COHORT', 'YEAR']);

const countryPattern = /^[A-Z]{2}$/;
const idPattern = /^[0-9a-fA-F-]{8,64}$/;

/** Reads the filter from search parameters; a value the API would refuse is dropped, not sent. */
export function filterFromParams(params: URLSearchParams): ReportFilterValues {
  const filter: ReportFilterValues = {};
  const country = params.get(filterParams.countryCode)?.trim().toUpperCase();
  if (country && countryPattern.test(country)) filter.countryCode = country;
  const gender = params.get(filterParams.gender);
  if (isOneOf(genders, gender)) filter.gender = gender;
  const group = params.get(filterParams.targetGroup);
  if (isOneOf(targetGroups, group)) filter.targetGroup = group;
  const orgType = params.get(filterParams.organisationType);
  if (isOneOf(organisationTypes, orgType)) filter.organisationType = orgType;
  const component = params.get(filterParams.componentCode);
  if (isOneOf(components, component)) filter.componentCode = component;
  const cohort = params.get(filterParams.cohortId)?.trim();
  if (cohort && idPattern.test(cohort)) filter.cohortId = cohort;
  const year = Number(params.get(filterParams.year));
  if (Number.isInteger(year) && year >= 2000 && year <= 2100) filter.year = year;
  return filter;
}

/** The split chosen in the URL, or null for none. */
export function splitFromParams(params: URLSearchParams, name: string = splitParam): ReportSplit | null {
  const value = params.get(name);
  return isOneOf(reportSplits, value) ? value : null;
}

/** How many filter fields are set (for "Clear filters"). */
export function activeFilterCount(filter: ReportFilterValues): number {
  return filterFields.filter((field) => filter[field] !== undefined).length;
}

/** Search parameters without any filter field, keeping the others (the split, say). */
export function withoutFilter(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const field of filterFields) next.delete(filterParams[field]);
  return next;
}

/** The filter as export query parameters (API field names), in a fixed order. */
export function filterQuery(filter: ReportFilterValues): [string, string][] {
  return filterFields.flatMap((field): [string, string][] => {
    const value = filter[field];
    return value === undefined ? [] : [[field, String(value)]];
  });
}

import { components, genders, isOneOf, organisationTypes, programmeCountries, targetGroups } from '../../../app/enums';
import type { Gender, OrganisationType, TargetGroup } from '../../../gql/graphql';
import type { ReportSplit } from './report-filter';

/** The key the server gives a group whose property was not recorded (no organisation, say). */
export const notRecordedKey = 'NONE';

export interface SplitCell {
  key: string;
  label: string;
}

/** Names of codes in the reader's language (useEnumLabels and the locale's component names). */
export interface SplitLabelTexts {
  country(code: string): string;
  gender(value: Gender): string;
  targetGroup(value: TargetGroup): string;
  organisationType(value: OrganisationType): string;
  /** A short component name for headings and axes: "Component A". */
  component(code: string): string;
  notRecorded: string;
}

/**
 * A group's name: the server sends codes (country code, enum value, component code, year) and a
 * cohort's title; codes are named here in the reader's language. An unknown code is shown as it is.
 */
export function splitCellLabel(split: ReportSplit, cell: SplitCell, texts: SplitLabelTexts): string {
  if (cell.key === notRecordedKey) return texts.notRecorded;
  switch (split) {
    case 'COUNTRY':
      return texts.country(cell.key);
    case 'SEX':
      return isOneOf(genders, cell.key) ? texts.gender(cell.key) : cell.label;
    case 'TARGET_GROUP':
      return isOneOf(targetGroups, cell.key) ? texts.targetGroup(cell.key) : cell.label;
    case 'ORGANISATION_TYPE':
      return isOneOf(organisationTypes, cell.key) ? texts.organisationType(cell.key) : cell.label;
    case 'COMPONENT':
      return isOneOf(components, cell.key) ? texts.component(cell.key) : cell.label;
    case 'COHORT':
    case 'YEAR':
      return cell.label || cell.key;
  }
}

/** The fixed display order of a split's codes; null where the server's order (or the year) decides. */
function knownOrder(split: ReportSplit): readonly string[] | null {
  switch (split) {
    case 'COUNTRY':
      return programmeCountries;
    case 'SEX':
      return genders;
    case 'TARGET_GROUP':
      return targetGroups;
    case 'ORGANISATION_TYPE':
      return organisationTypes;
    case 'COMPONENT':
      return components;
    case 'COHORT':
    case 'YEAR':
      return null;
  }
}

/**
 * The distinct keys of a split across several lists of cells (one per indicator), in display order:
 * known codes in their usual order, then other codes, years ascending, cohorts as the server sent
 * them, and "not recorded" last.
 */
export function orderedSplitKeys(split: ReportSplit, cellLists: readonly (readonly SplitCell[])[]): SplitCell[] {
  const seen = new Map<string, SplitCell>();
  for (const cells of cellLists) for (const cell of cells) if (!seen.has(cell.key)) seen.set(cell.key, cell);
  const cells = [...seen.values()];
  const order = knownOrder(split);
  const rank = (key: string): number => {
    if (key === notRecordedKey) return Number.MAX_SAFE_INTEGER;
    if (order) {
      const index = order.indexOf(key);
      return index === -1 ? order.length : index;
    }
    if (split === 'YEAR') return Number(key) || 0;
    return 0;
  };
  // Array.prototype.sort is stable: ties (cohorts, unknown codes) keep the server's order.
  return cells.sort((a, b) => rank(a.key) - rank(b.key));
}

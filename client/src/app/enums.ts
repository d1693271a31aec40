import type {
  ActionPlanStatus,
  AssessmentKind,
  AttendanceStatus,
  EnrolmentStatus,
  Gender,
  NomineeRowAction,
  OrganisationType,
  Role,
  TargetGroup,
  TestWindowState,
} from '../gql/graphql';

/** Accepts a tuple only when it lists every member of the union T, so a new enum value fails typecheck. */
export function everyValueOf<T extends string>() {
  return <const U extends readonly T[]>(
    values: U & ([Exclude<T, U[number]>] extends [never] ? unknown : { missing: Exclude<T, U[number]> }),
  ): U => values;
}

export const roles = everyValueOf<Role>()(['ADMIN', 'COORDINATOR', 'TRAINER', 'TRAINEE', 'VIEWER']);
export const genders = everyValueOf<Gender>()(['FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED']);
export const organisationTypes = everyValueOf<OrganisationType>()([
  'LOCAL_PRODUCTION_GROUP',
  'SME_ASSOCIATION',
  'PROVINCIAL_SME_PROMOTION_OFFICE',
  'GOVERNMENT',
  'CHAMBER_OF_COMMERCE',
  'BUSINESS_ASSOCIATION',
  'BANK',
  'LOGISTICS_PROVIDER',
  'TRAINING_INSTITUTE',
  'OTHER',
]);
export const targetGroups = everyValueOf<TargetGroup>()([
  'SME_LEADER',
  'BDS_PROVIDER',
  'GOVERNMENT_OFFICIAL',
  'TRAINER',
  'PROGRAMME_STAFF',
  'OTHER',
]);
export const nomineeRowActions = everyValueOf<NomineeRowAction>()(['CREATE', 'UPDATE', 'UNCHANGED', 'INVALID']);
export const enrolmentStatuses = everyValueOf<EnrolmentStatus>()([
  'PENDING',
  'APPROVED',
  'WAITLISTED',
  'REJECTED',
  'WITHDRAWN',
  'COMPLETED',
]);
export const attendanceStatuses = everyValueOf<AttendanceStatus>()(['PRESENT', 'LATE', 'EXCUSED', 'ABSENT']);
export const actionPlanStatuses = everyValueOf<ActionPlanStatus>()(['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED']);
export const assessmentKinds = everyValueOf<AssessmentKind>()(['PRE_TEST', 'POST_TEST', 'ASSIGNMENT', 'ACTION_PLAN']);
export const testWindowStates = everyValueOf<TestWindowState>()(['NOT_YET_OPEN', 'OPEN', 'CLOSED']);

/** The four programme countries: the filters offer these. */
export const programmeCountries = ['KH', 'MM', 'TH', 'VN'] as const;
/** Forms also allow Japan (donor staff). */
export const countryCodes = [...programmeCountries, 'JP'] as const;
export type CountryCode = (typeof countryCodes)[number];

/** Course components of the programme, in display order. */
export const components = ['A', 'B', 'C', 'ME'] as const;
export type ComponentCode = (typeof components)[number];

export function isOneOf<T extends string>(values: readonly T[], value: string | null | undefined): value is T {
  return value != null && (values as readonly string[]).includes(value);
}

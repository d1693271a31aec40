import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  ADMIN = 'ADMIN',
  COORDINATOR = 'COORDINATOR',
  TRAINER = 'TRAINER',
  TRAINEE = 'TRAINEE',
  VIEWER = 'VIEWER',
}

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  OTHER = 'OTHER',
  UNDISCLOSED = 'UNDISCLOSED',
}

export enum OrganisationType {
  LOCAL_PRODUCTION_GROUP = 'LOCAL_PRODUCTION_GROUP',
  SME_ASSOCIATION = 'SME_ASSOCIATION',
  PROVINCIAL_SME_PROMOTION_OFFICE = 'PROVINCIAL_SME_PROMOTION_OFFICE',
  GOVERNMENT = 'GOVERNMENT',
  CHAMBER_OF_COMMERCE = 'CHAMBER_OF_COMMERCE',
  BUSINESS_ASSOCIATION = 'BUSINESS_ASSOCIATION',
  BANK = 'BANK',
  LOGISTICS_PROVIDER = 'LOGISTICS_PROVIDER',
  TRAINING_INSTITUTE = 'TRAINING_INSTITUTE',
  OTHER = 'OTHER',
}

export enum TargetGroup {
  SME_LEADER = 'SME_LEADER',
  BDS_PROVIDER = 'BDS_PROVIDER',
  GOVERNMENT_OFFICIAL = 'GOVERNMENT_OFFICIAL',
  TRAINER = 'TRAINER',
  PROGRAMME_STAFF = 'PROGRAMME_STAFF',
  OTHER = 'OTHER',
}

export enum AssessmentKind {
  PRE_TEST = 'PRE_TEST',
  POST_TEST = 'POST_TEST',
  ASSIGNMENT = 'ASSIGNMENT',
  ACTION_PLAN = 'ACTION_PLAN',
}

export const CORRIDOR_COUNTRIES = ['KH', 'MM', 'TH', 'VN'] as const;

registerEnumType(Role, { name: 'Role' });
registerEnumType(Gender, { name: 'Gender' });
registerEnumType(OrganisationType, {
  name: 'OrganisationType',
  valuesMap: { GOVERNMENT: { description: 'Border or provincial government' } },
});
registerEnumType(TargetGroup, { name: 'TargetGroup' });
registerEnumType(AssessmentKind, { name: 'AssessmentKind' });

export enum EnrolmentStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  WAITLISTED = 'WAITLISTED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  COMPLETED = 'COMPLETED',
}

export enum EnrolmentDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  WAITLIST = 'WAITLIST',
}

export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  LATE = 'LATE',
  EXCUSED = 'EXCUSED',
  ABSENT = 'ABSENT',
}

export enum ActionPlanStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
}

registerEnumType(EnrolmentStatus, { name: 'EnrolmentStatus' });
registerEnumType(EnrolmentDecision, { name: 'EnrolmentDecision' });
registerEnumType(AttendanceStatus, { name: 'AttendanceStatus' });
registerEnumType(ActionPlanStatus, { name: 'ActionPlanStatus' });

export enum CertificateStatus {
  VALID = 'VALID',
  REVOKED = 'REVOKED',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(CertificateStatus, { name: 'CertificateStatus' });

/** What a sector an SME works in, as the programme's M&E framework groups them. */
export enum SmeSector {
  AGRICULTURE_AND_FOOD = 'AGRICULTURE_AND_FOOD',
  HANDICRAFTS_AND_TEXTILES = 'HANDICRAFTS_AND_TEXTILES',
  MANUFACTURING = 'MANUFACTURING',
  TRADE_AND_RETAIL = 'TRADE_AND_RETAIL',
  TOURISM_AND_HOSPITALITY = 'TOURISM_AND_HOSPITALITY',
  LOGISTICS_AND_TRANSPORT = 'LOGISTICS_AND_TRANSPORT',
  SERVICES = 'SERVICES',
  OTHER = 'OTHER',
}
registerEnumType(SmeSector, { name: 'SmeSector' });

/** The kind of support a leader gave an SME. */
export enum SupportKind {
  TRAINING = 'TRAINING',
  COACHING = 'COACHING',
  MARKET_LINKAGE = 'MARKET_LINKAGE',
  CERTIFICATION = 'CERTIFICATION',
  FINANCE_ACCESS = 'FINANCE_ACCESS',
  EXPORT_CONSORTIUM = 'EXPORT_CONSORTIUM',
}
registerEnumType(SupportKind, { name: 'SupportKind' });

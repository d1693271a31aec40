/**
 * The parts of the W3C Verifiable Credentials 2.0 and Open Badges 3.0 data models that Corridor
 * issues. Property names are the specifications' own; optional members Corridor never sets are left out.
 */

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

export interface IssuerProfile {
  id: string;
  type: ['Profile'];
  name: string;
  url: string;
  description?: string;
}

export interface IdentityObject {
  type: 'IdentityObject';
  identityType: 'emailAddress' | 'name';
  hashed: boolean;
  /** `sha256$<hex>` when hashed, else the plain value. */
  identityHash: string;
  salt?: string;
}

export interface ResultDescription {
  id: string;
  type: ['ResultDescription'];
  name: string;
  resultType: 'Percent';
  valueMin: string;
  valueMax: string;
  requiredValue?: string;
}

export interface Result {
  type: ['Result'];
  /** The `id` of a ResultDescription of the achievement. */
  resultDescription: string;
  value: string;
}

export interface Achievement {
  id: string;
  type: ['Achievement'];
  achievementType: 'CertificateOfCompletion';
  name: string;
  description: string;
  criteria: { narrative: string };
  creator: IssuerProfile;
  inLanguage: string;
  tag?: string[];
  resultDescription: ResultDescription[];
}

export interface AchievementSubject {
  type: ['AchievementSubject'];
  identifier: IdentityObject[];
  achievement: Achievement;
  activityStartDate: string;
  activityEndDate: string;
  result: Result[];
}

/** VC 2.0 §5.3 "Integrity of Related Resources": a resource the credential pins by digest. */
export interface RelatedResource {
  id: string;
  mediaType: string;
  /** Subresource Integrity form: `sha256-<base64>`. */
  digestSRI: string;
}

export interface BitstringStatusListEntry {
  id: string;
  type: 'BitstringStatusListEntry';
  statusPurpose: 'revocation';
  /** A base-10 integer as a string, as Bitstring Status List v1.0 requires. */
  statusListIndex: string;
  statusListCredential: string;
}

export interface OpenBadgeCredential {
  '@context': [typeof VC_V2_CONTEXT, typeof OB_V3_CONTEXT];
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  name: string;
  description: string;
  issuer: IssuerProfile;
  validFrom: string;
  awardedDate: string;
  credentialSubject: AchievementSubject;
  relatedResource: RelatedResource[];
  credentialStatus: BitstringStatusListEntry;
}

export interface BitstringStatusListCredential {
  '@context': [typeof VC_V2_CONTEXT];
  id: string;
  type: ['VerifiableCredential', 'BitstringStatusListCredential'];
  issuer: string;
  validFrom: string;
  credentialSubject: {
    id: string;
    type: 'BitstringStatusList';
    statusPurpose: 'revocation';
    /** Multibase (`u` + base64url, no padding) of the GZIP-compressed bitstring. */
    encodedList: string;
  };
}

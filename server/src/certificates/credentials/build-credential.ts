import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { issuerDid } from './issuer-key';
import {
  type Achievement,
  type IdentityObject,
  type IssuerProfile,
  OB_V3_CONTEXT,
  type OpenBadgeCredential,
  type Result,
  type ResultDescription,
  VC_V2_CONTEXT,
} from './open-badge.types';
import { isoSeconds, statusListPosition } from './status-list';

const text = z.string().trim().min(1);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const rate = z.number().min(0).max(1);
const percent = z.number().min(0).max(100);

/** What a credential says, as plain data: the certified facts of a certificate plus its identifiers. */
export const credentialInputSchema = z.object({
  /** PUBLIC_URL, without a trailing slash or with one. */
  publicUrl: z.string().url(),
  verificationCode: z.string().regex(/^[A-Za-z0-9_-]{14,}$/, 'expected a URL-safe code of 14+ characters (80+ bits)'),
  serial: text,
  issuedAt: z.date(),
  holderName: text,
  /** The name in the holder's own script, when it differs from the Latin one. */
  holderNativeName: z.string().trim().nullish(),
  /**
   * Hashed into the credential, never written in clear; null when the person has none. Checked
   * loosely on purpose: the account already validated it, and a strict pattern must not stop a batch.
   */
  holderEmail: z
    .string()
    .trim()
    .regex(/^[^\s@]+@[^\s@]+$/, 'expected an email address')
    .nullish(),
  /**
   * Salt for the email hash, unique per certificate. It travels in the credential, so nothing
   * needs to keep it; a fresh random one when not given (give one to build the same JSON twice).
   */
  identitySalt: z.string().min(16).optional(),
  issuerName: text.default('Mekong Institute'),
  /** The institute's home page; PUBLIC_URL when not given. */
  issuerUrl: z.string().url().optional(),
  programme: text.optional(),
  /** e.g. "Component A"; with the programme, the achievement's tags. */
  component: text.optional(),
  courseSlug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a course slug'),
  courseTitle: text,
  /** The course summary; a sentence made from the title and the modules when not given. */
  courseDescription: text.optional(),
  modules: z.array(z.object({ title: text, hours: z.number().min(0) })).min(1),
  startsOn: isoDate,
  endsOn: isoDate,
  /** Share of held sessions attended, 0–1, as the training module computes it. */
  attendanceRate: rate,
  completionRules: z.object({ minAttendanceRate: rate, requirePostTestPass: z.boolean(), requireActionPlan: z.boolean() }).optional(),
  /** Best post-test score per module, in percent, with the pass mark when there is one. */
  postTests: z.array(z.object({ module: text, score: percent, passScore: percent.optional() })),
  /** SHA-256 of the certificate PDF as issued, hex. */
  pdfSha256: z.string().regex(/^[0-9a-f]{64}$/i, 'expected 64 hex digits'),
  /** Where the PDF is served; `<PUBLIC_URL>/certificates/<code>.pdf` when not given. */
  pdfUrl: z.string().url().optional(),
  /** The certificate's running index in the revocation status lists. */
  statusListIndex: z.number().int().min(0),
});
export type CredentialInput = z.input<typeof credentialInputSchema>;

/** Salt for the email hash: 128 random bits, base64url. */
export function createIdentitySalt(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * Open Badges 3.0 IdentityHash of an email: `sha256$` + hex SHA-256 of the address (trimmed,
 * lower-cased) followed by the salt. Anyone who knows the address and the salt can check a claim;
 * nobody can read the address from the credential.
 */
export function emailIdentityHash(email: string, salt: string): string {
  return `sha256$${createHash('sha256').update(`${email.trim().toLowerCase()}${salt}`, 'utf8').digest('hex')}`;
}

function emailIdentity(email: string, salt: string): IdentityObject {
  return { type: 'IdentityObject', identityType: 'emailAddress', hashed: true, identityHash: emailIdentityHash(email, salt), salt };
}

/** The public addresses of one certificate, all under PUBLIC_URL. */
export function credentialUrls(publicUrl: string, verificationCode: string): { credential: string; verify: string; pdf: string } {
  const base = publicUrl.replace(/\/+$/, '');
  const code = encodeURIComponent(verificationCode);
  return { credential: `${base}/credentials/${code}`, verify: `${base}/verify/${code}`, pdf: `${base}/certificates/${code}.pdf` };
}

export function issuerProfile(publicUrl: string, name = 'Mekong Institute', url?: string): IssuerProfile {
  return { id: issuerDid(publicUrl), type: ['Profile'], name, url: url ?? publicUrl.replace(/\/+$/, '') };
}

/**
 * The unsigned OpenBadgeCredential for one certificate. Throws a ZodError naming the field when
 * the input is out of shape. Only the holder's name is in clear; the email is a salted hash.
 */
export function buildCredential(raw: CredentialInput): OpenBadgeCredential {
  const input = credentialInputSchema.parse(raw);
  const base = input.publicUrl.replace(/\/+$/, '');
  const urls = credentialUrls(base, input.verificationCode);
  const issuer = issuerProfile(base, input.issuerName, input.issuerUrl);
  const achievementId = `${base}/courses/${input.courseSlug}`;
  const status = statusListPosition(base, input.statusListIndex);

  const attendance: ResultDescription = {
    id: `${achievementId}#attendance-rate`,
    type: ['ResultDescription'],
    name: 'Attendance rate',
    resultType: 'Percent',
    valueMin: '0',
    valueMax: '100',
    ...(input.completionRules ? { requiredValue: formatPercent(input.completionRules.minAttendanceRate * 100) } : {}),
  };
  const postTests = input.postTests.map((test, i) => ({
    description: {
      id: `${achievementId}#post-test-${i + 1}`,
      type: ['ResultDescription'],
      name: `Post-test: ${nfc(test.module)}`,
      resultType: 'Percent',
      valueMin: '0',
      valueMax: '100',
      ...(test.passScore !== undefined ? { requiredValue: formatPercent(test.passScore) } : {}),
    } satisfies ResultDescription,
    score: test.score,
  }));
  const results: Result[] = [
    { type: ['Result'], resultDescription: attendance.id, value: formatPercent(input.attendanceRate * 100) },
    ...postTests.map(({ description, score }): Result => ({
      type: ['Result'],
      resultDescription: description.id,
      value: formatPercent(score),
    })),
  ];

  const tags = [input.programme, input.component].filter((tag): tag is string => !!tag).map(nfc);
  const achievement: Achievement = {
    id: achievementId,
    type: ['Achievement'],
    achievementType: 'CertificateOfCompletion',
    name: nfc(input.courseTitle),
    description: nfc(input.courseDescription ?? `${input.courseTitle}: a course of ${input.modules.length} modules.`),
    criteria: { narrative: criteriaNarrative(input) },
    creator: issuer,
    inLanguage: 'en',
    ...(tags.length > 0 ? { tag: tags } : {}),
    resultDescription: [attendance, ...postTests.map((test) => test.description)],
  };

  const email = input.holderEmail ? [emailIdentity(input.holderEmail, input.identitySalt ?? createIdentitySalt())] : [];
  const names = [nfc(input.holderName), ...(input.holderNativeName ? [nfc(input.holderNativeName)] : [])];
  const issued = isoSeconds(input.issuedAt);
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: urls.credential,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `Certificate of Completion: ${achievement.name}`,
    description: `Certificate ${input.serial} for completing ${achievement.name}${input.programme ? ` (${nfc(input.programme)})` : ''}, ${input.startsOn} to ${input.endsOn}. Check it at ${urls.verify}`,
    issuer,
    validFrom: issued,
    awardedDate: issued,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        ...[...new Set(names)].map((name) => ({
          type: 'IdentityObject' as const,
          identityType: 'name' as const,
          hashed: false,
          identityHash: name,
        })),
        ...email,
      ],
      achievement,
      activityStartDate: `${input.startsOn}T00:00:00Z`,
      activityEndDate: `${input.endsOn}T00:00:00Z`,
      result: results,
    },
    relatedResource: [
      {
        id: input.pdfUrl ?? urls.pdf,
        mediaType: 'application/pdf',
        digestSRI: `sha256-${Buffer.from(input.pdfSha256, 'hex').toString('base64')}`,
      },
    ],
    credentialStatus: {
      id: `${status.url}#${status.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(status.index),
      statusListCredential: status.url,
    },
  };
}

function criteriaNarrative(input: z.output<typeof credentialInputSchema>): string {
  const hours = input.modules.reduce((sum, module) => sum + module.hours, 0);
  const lines = [
    `Completed the ${input.modules.length} modules of the course (${formatNumber(hours)} hours):`,
    '',
    ...input.modules.map((module, i) => `${i + 1}. ${nfc(module.title)} (${formatNumber(module.hours)} h)`),
  ];
  const rules = input.completionRules;
  if (rules) {
    const required = [`attended at least ${formatPercent(rules.minAttendanceRate * 100)}% of the sessions held`];
    if (rules.requirePostTestPass) required.push("passed each module's post-test");
    if (rules.requireActionPlan) required.push('had an action plan accepted');
    lines.push('', `Every holder ${required.join(', ').replace(/, ([^,]*)$/, ' and $1')}.`);
  }
  return lines.join('\n');
}

/** At most one decimal, no trailing `.0`: 33.3333 → "33.3", 80 → "80". */
function formatPercent(value: number): string {
  return formatNumber(Math.round(value * 10) / 10);
}

function formatNumber(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Vietnamese and other scripts render right only from composed text. */
function nfc(value: string): string {
  return value.normalize('NFC');
}

import { compactVerify, createLocalJWKSet, errors as joseErrors, type JSONWebKeySet } from 'jose';
import { z } from 'zod';
import { type OpenBadgeCredential } from './open-badge.types';
import { VC_JWT_TYP } from './sign-credential';
import { StatusList, StatusListError } from './status-list';

export type VerificationErrorCode =
  | 'MALFORMED' // not a compact JWS of type vc+jwt, or its payload is not a credential of the expected type
  | 'UNKNOWN_KEY' // no published key has the JWS `kid`
  | 'SIGNATURE' // the bytes were changed or signed by another key
  | 'ISSUER_MISMATCH' // signed with a key that is not the named issuer's, or `iss` names someone else
  | 'NOT_YET_VALID'
  | 'EXPIRED'
  | 'REVOKED'
  | 'STATUS_UNAVAILABLE' // the status list could not be had
  | 'STATUS_INVALID'; // the status list is unsigned, altered, for another purpose or too short

export interface VerificationError {
  code: VerificationErrorCode;
  message: string;
}

export interface VerificationResult {
  verified: boolean;
  errors: VerificationError[];
  /** The credential as signed, without the JWT claims, when the signature holds (even if it is revoked or expired). */
  credential: OpenBadgeCredential | null;
  /** null when the status could not be determined. */
  revoked: boolean | null;
}

export interface VerifyOptions {
  /** The issuer's published keys, as served at `/.well-known/jwks.json`. */
  jwks: JSONWebKeySet;
  /** The signed status list credential (a vc+jwt) served at `url`, or null when it cannot be had. */
  fetchStatusList: (url: string) => Promise<string | null>;
  now?: Date;
}

/** Clocks of the signer and the verifier may differ a little: a list signed a second ago elsewhere is fine. */
const CLOCK_TOLERANCE_MS = 5 * 60 * 1000;

// Only what verification relies on; the rest is carried through as signed.
const issuerSchema = z.union([z.string().min(1), z.object({ id: z.string().min(1) }).passthrough()]);
const securedSchema = {
  id: z.string().min(1),
  issuer: issuerSchema,
  validFrom: z.string().datetime({ offset: true }),
  validUntil: z.string().datetime({ offset: true }).optional(),
  iss: z.string().optional(),
  jti: z.string().optional(),
  nbf: z.number().optional(),
};
const typeIncludes = (name: string) =>
  z.array(z.string()).refine((types) => types.includes('VerifiableCredential') && types.includes(name), `is not a ${name}`);
const credentialSchema = z
  .object({
    ...securedSchema,
    type: typeIncludes('OpenBadgeCredential'),
    credentialStatus: z
      .object({
        type: z.literal('BitstringStatusListEntry'),
        statusPurpose: z.literal('revocation'),
        statusListIndex: z.string().regex(/^\d+$/),
        statusListCredential: z.string().url(),
      })
      .passthrough()
      .optional(),
  })
  .passthrough();
const statusListSchema = z
  .object({
    ...securedSchema,
    type: typeIncludes('BitstringStatusListCredential'),
    credentialSubject: z
      .object({ type: z.literal('BitstringStatusList'), statusPurpose: z.string(), encodedList: z.string() })
      .passthrough(),
  })
  .passthrough();
type Secured = z.infer<z.ZodObject<typeof securedSchema>>;
type StatusEntry = NonNullable<z.infer<typeof credentialSchema>['credentialStatus']>;

/**
 * Verifies a credential secured as `application/vc+jwt`: the Ed25519 signature against the
 * issuer's published keys, that the key and the JWT claims agree with the credential's issuer, id
 * and validFrom, the validity period, and the revocation bit in the issuer's signed status list.
 */
export async function verifyCredential(jwt: string, options: VerifyOptions): Promise<VerificationResult> {
  const now = options.now ?? new Date();
  const opened = await openJws(jwt, options.jwks, credentialSchema, 'OpenBadgeCredential');
  if ('error' in opened) return { verified: false, errors: [opened.error], credential: null, revoked: null };

  const { iss: _iss, jti: _jti, nbf: _nbf, ...signed } = opened.payload;
  // Signed by the issuer and shaped as checked above; the rest of it is as the issuer wrote it.
  const credential = signed as unknown as OpenBadgeCredential;
  const mismatch = claimError(opened.payload, opened.signer);
  if (mismatch) return { verified: false, errors: [mismatch], credential, revoked: null };

  const errors = validityErrors(opened.payload, now, 'The credential');
  let revoked: boolean | null = false;
  const entry = opened.payload.credentialStatus;
  if (entry) {
    const status = await checkStatus(entry, issuerId(opened.payload.issuer), options, now);
    revoked = 'error' in status ? null : status.revoked;
    if ('error' in status) errors.push(status.error);
    else if (status.revoked) {
      errors.push({ code: 'REVOKED', message: `Revoked: bit ${entry.statusListIndex} of ${entry.statusListCredential} is set` });
    }
  }
  return { verified: errors.length === 0, errors, credential, revoked };
}

async function checkStatus(
  entry: StatusEntry,
  issuer: string,
  options: VerifyOptions,
  now: Date,
): Promise<{ revoked: boolean } | { error: VerificationError }> {
  const invalid = (message: string) => ({ error: { code: 'STATUS_INVALID' as const, message } });
  let listJwt: string | null;
  let reason = '';
  try {
    listJwt = await options.fetchStatusList(entry.statusListCredential);
  } catch (error) {
    listJwt = null;
    reason = `: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (!listJwt) {
    return {
      error: { code: 'STATUS_UNAVAILABLE', message: `The status list ${entry.statusListCredential} could not be fetched${reason}` },
    };
  }

  const opened = await openJws(listJwt, options.jwks, statusListSchema, 'BitstringStatusListCredential');
  if ('error' in opened) return invalid(`The status list does not verify: ${opened.error.message}`);
  const list = opened.payload;
  if (list.id !== entry.statusListCredential) return invalid(`The status list at ${entry.statusListCredential} calls itself ${list.id}`);
  if (issuerId(list.issuer) !== issuer) return invalid('The status list is not from the credential issuer');
  const mismatch = claimError(list, opened.signer) ?? validityErrors(list, now, 'The status list')[0];
  if (mismatch) return invalid(mismatch.message);
  if (list.credentialSubject.statusPurpose !== entry.statusPurpose) {
    return invalid(`The status list is for ${list.credentialSubject.statusPurpose}, not ${entry.statusPurpose}`);
  }

  let bits: StatusList;
  try {
    bits = StatusList.decode(list.credentialSubject.encodedList);
  } catch (error) {
    if (error instanceof StatusListError) return invalid(error.message);
    throw error;
  }
  const index = Number(entry.statusListIndex);
  if (!Number.isSafeInteger(index) || index >= bits.length) {
    return invalid(`Index ${entry.statusListIndex} is outside the list of ${bits.length} entries`);
  }
  return { revoked: bits.isRevoked(index) };
}

/**
 * Verifies a compact JWS of type vc+jwt against the key set and parses its payload; `signer` is
 * the DID (or URL) part of the `kid`, which must then be the issuer.
 */
async function openJws<T extends z.ZodTypeAny>(
  jwt: string,
  keySet: JSONWebKeySet,
  schema: T,
  what: string,
): Promise<{ payload: z.infer<T>; signer: string } | { error: VerificationError }> {
  let text: string;
  let signer: string;
  try {
    const { payload, protectedHeader } = await compactVerify(jwt.trim(), createLocalJWKSet(keySet), { algorithms: ['EdDSA'] });
    if (protectedHeader.typ !== VC_JWT_TYP) {
      return { error: { code: 'MALFORMED', message: `JWS typ is ${protectedHeader.typ ?? 'missing'}, not ${VC_JWT_TYP}` } };
    }
    text = new TextDecoder().decode(payload);
    signer = (protectedHeader.kid ?? '').split('#')[0];
  } catch (error) {
    if (error instanceof joseErrors.JWKSNoMatchingKey || error instanceof joseErrors.JWKSMultipleMatchingKeys) {
      return { error: { code: 'UNKNOWN_KEY', message: 'No published key matches the signature’s key id' } };
    }
    if (error instanceof joseErrors.JWSSignatureVerificationFailed) {
      return {
        error: { code: 'SIGNATURE', message: 'The signature does not match the content: it was changed or not signed by this issuer' },
      };
    }
    if (error instanceof joseErrors.JOSEError) return { error: { code: 'MALFORMED', message: `Not a valid JWS: ${error.message}` } };
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: { code: 'MALFORMED', message: 'The JWS payload is not JSON' } };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'it'} ${issue.message}`).join('; ');
    return { error: { code: 'MALFORMED', message: `Not a ${what}: ${issues}` } };
  }
  return { payload: parsed.data as z.infer<T>, signer };
}

/** The signing key must be the issuer's, and the JWT claims copies of the credential's own fields. */
function claimError(document: Secured, signer: string): VerificationError | null {
  const issuer = issuerId(document.issuer);
  if (signer !== issuer) return { code: 'ISSUER_MISMATCH', message: `Signed by a key of ${signer}, but the issuer is ${issuer}` };
  if (document.iss !== undefined && document.iss !== issuer) {
    return { code: 'ISSUER_MISMATCH', message: `The JWT iss ${document.iss} is not the issuer ${issuer}` };
  }
  if (document.jti !== undefined && document.jti !== document.id) {
    return { code: 'MALFORMED', message: `The JWT jti ${document.jti} is not the credential id ${document.id}` };
  }
  if (document.nbf !== undefined && document.nbf !== Math.floor(Date.parse(document.validFrom) / 1000)) {
    return { code: 'MALFORMED', message: `The JWT nbf ${document.nbf} is not validFrom ${document.validFrom}` };
  }
  return null;
}

function validityErrors(document: Secured, now: Date, what: string): VerificationError[] {
  const errors: VerificationError[] = [];
  if (Date.parse(document.validFrom) > now.getTime() + CLOCK_TOLERANCE_MS) {
    errors.push({ code: 'NOT_YET_VALID', message: `${what} is valid only from ${document.validFrom}` });
  }
  if (document.validUntil && Date.parse(document.validUntil) < now.getTime() - CLOCK_TOLERANCE_MS) {
    errors.push({ code: 'EXPIRED', message: `${what} expired at ${document.validUntil}` });
  }
  return errors;
}

function issuerId(issuer: z.infer<typeof issuerSchema>): string {
  return typeof issuer === 'string' ? issuer : issuer.id;
}

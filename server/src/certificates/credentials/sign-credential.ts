import { CompactSign } from 'jose';
import { type IssuerKey, keyId } from './issuer-key';
import type { BitstringStatusListCredential, OpenBadgeCredential } from './open-badge.types';

/** Media type of a credential secured with JOSE (W3C VC-JOSE-COSE §6.1), for the HTTP Content-Type. */
export const VC_JWT_MEDIA_TYPE = 'application/vc+jwt';
/** The JWS `typ` header that goes with it. */
export const VC_JWT_TYP = 'vc+jwt';

/** The JWT claims Open Badges 3.0 §8.2 asks for beside the credential, each a copy of a credential field. */
export interface CredentialJwtClaims {
  /** `issuer.id` (or `issuer`). */
  iss: string;
  /** `id`. */
  jti: string;
  /** `validFrom`, in seconds since 1970. */
  nbf: number;
}

/**
 * Secures a credential as a compact JWS, signed EdDSA with the issuer's Ed25519 key. The payload is
 * the credential JSON itself, as VC-JOSE-COSE prescribes (no `vc` wrapper), plus the `iss`, `jti`
 * and `nbf` claims that Open Badges 3.0 requires and VC-JOSE-COSE allows when they agree with the
 * credential. There is no `sub`: the holder has no `credentialSubject.id`, only hashed identifiers.
 * `kid` is the DID URL of the key in the issuer's did:web document and in its JWKS.
 */
export async function signCredential(credential: OpenBadgeCredential | BitstringStatusListCredential, key: IssuerKey): Promise<string> {
  const issuer = typeof credential.issuer === 'string' ? credential.issuer : credential.issuer.id;
  const claims: CredentialJwtClaims = { iss: issuer, jti: credential.id, nbf: Math.floor(Date.parse(credential.validFrom) / 1000) };
  return new CompactSign(new TextEncoder().encode(JSON.stringify({ ...credential, ...claims })))
    .setProtectedHeader({ alg: 'EdDSA', typ: VC_JWT_TYP, kid: keyId(issuer, key) })
    .sign(key.privateKey);
}

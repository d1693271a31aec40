import { createPublicKey, verify as cryptoVerify } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { CompactSign, createLocalJWKSet, decodeProtectedHeader, errors as joseErrors, type JSONWebKeySet, jwtVerify } from 'jose';
import { buildCredential } from './build-credential';
import { aCredentialInput, PUBLIC_URL } from './credential-fixtures';
import { createIssuerKey, didDocumentUrl, didWebDocument, type IssuerKey, jwks, jwksUrl } from './issuer-key';
import type { OpenBadgeCredential } from './open-badge.types';
import { signCredential } from './sign-credential';
import { buildStatusListCredential, StatusList, statusListUrl } from './status-list';
import { verifyCredential } from './verify-credential';

/**
 * What Corridor serves at PUBLIC_URL, as a map from URL to response body: the DID document, the
 * JWKS and the signed status list. The independent verifier below reads only this.
 */
async function publish(key: IssuerKey, list: StatusList, listKey: IssuerKey = key): Promise<Map<string, string>> {
  return new Map([
    [didDocumentUrl(PUBLIC_URL), JSON.stringify(didWebDocument(PUBLIC_URL, key))],
    [jwksUrl(PUBLIC_URL), JSON.stringify(jwks(PUBLIC_URL, key))],
    [statusListUrl(PUBLIC_URL, 1), await buildStatusListCredential(PUBLIC_URL, list, listKey)],
  ]);
}

// ——— An independent verifier: jose and node:crypto only, no Corridor code. ———

/** did:web resolution by the method's rules: ':' → '/', '%3A' → ':', /.well-known/did.json when no path. */
function didWebUrl(did: string): string {
  const [host, ...path] = did.slice('did:web:'.length).split(':').map(decodeURIComponent);
  const scheme = host.startsWith('localhost') ? 'http' : 'https';
  return path.length === 0 ? `${scheme}://${host}/.well-known/did.json` : `${scheme}://${host}/${path.join('/')}/did.json`;
}

interface PublishedDidDocument {
  id: string;
  verificationMethod: { id: string; controller: string; publicKeyJwk: { kty: string; crv: string; x: string } }[];
  assertionMethod: string[];
}

type SignedPayload = OpenBadgeCredential & { iss: string; jti: string; nbf: number };

/** Open Badges 3.0 §8.2: the JWT claims repeat the credential's issuer, id and validFrom. Returns the credential alone. */
function checkClaims(payload: SignedPayload): OpenBadgeCredential {
  const { iss, jti, nbf, ...credential } = payload;
  expect(iss).toBe(credential.issuer.id);
  expect(jti).toBe(credential.id);
  expect(new Date(nbf * 1000).toISOString()).toBe(new Date(credential.validFrom).toISOString());
  return credential;
}

/** Checks the signature with node:crypto against the key the issuer's did:web document names. */
function verifyAgainstDidDocument(jwt: string, web: Map<string, string>): OpenBadgeCredential {
  const [headerPart, payloadPart, signaturePart] = jwt.split('.');
  const header = JSON.parse(Buffer.from(headerPart, 'base64url').toString('utf8')) as { alg: string; kid: string; typ: string };
  const payload = JSON.parse(Buffer.from(payloadPart, 'base64url').toString('utf8')) as SignedPayload;
  const did = payload.issuer.id;
  const document = JSON.parse(web.get(didWebUrl(did)) ?? 'null') as PublishedDidDocument;
  expect(document.id).toBe(did);
  expect(header).toMatchObject({ alg: 'EdDSA', typ: 'vc+jwt' });
  expect(document.assertionMethod).toContain(header.kid);
  const method = document.verificationMethod.find((candidate) => candidate.id === header.kid);
  expect(method?.controller).toBe(did);
  const publicKey = createPublicKey({ key: method!.publicKeyJwk, format: 'jwk' });
  const ok = cryptoVerify(null, Buffer.from(`${headerPart}.${payloadPart}`), publicKey, Buffer.from(signaturePart, 'base64url'));
  if (!ok) throw new Error('signature does not verify');
  return checkClaims(payload);
}

/** Checks the signature with jose against the JWKS, then the revocation bit in the signed status list. */
async function verifyWithJwks(jwt: string, web: Map<string, string>): Promise<{ credential: OpenBadgeCredential; revoked: boolean }> {
  const keySet = createLocalJWKSet(JSON.parse(web.get(`${PUBLIC_URL}/.well-known/jwks.json`)!) as JSONWebKeySet);
  const { payload, protectedHeader } = await jwtVerify(jwt, keySet, { typ: 'vc+jwt', algorithms: ['EdDSA'] });
  const credential = checkClaims(payload as unknown as SignedPayload);
  expect(protectedHeader.kid?.split('#')[0]).toBe(credential.issuer.id);

  const entry = credential.credentialStatus;
  const listJwt = web.get(entry.statusListCredential)!;
  const { payload: listPayload } = await jwtVerify(listJwt, keySet, { typ: 'vc+jwt', algorithms: ['EdDSA'] });
  const list = listPayload as unknown as {
    id: string;
    issuer: string;
    type: string[];
    credentialSubject: { statusPurpose: string; encodedList: string };
  };
  expect(list).toMatchObject({
    id: entry.statusListCredential,
    issuer: credential.issuer.id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
  });
  expect(list.credentialSubject.statusPurpose).toBe('revocation');
  const bits = gunzipSync(Buffer.from(list.credentialSubject.encodedList.slice(1), 'base64url'));
  expect(bits.length * 8).toBeGreaterThanOrEqual(131_072);
  const index = Number(entry.statusListIndex);
  return { credential, revoked: ((bits[Math.floor(index / 8)] >> (7 - (index % 8))) & 1) === 1 };
}

/** Replaces the payload of a JWS and keeps its header and signature: what a forger can do. */
function withPayload(jwt: string, change: (credential: OpenBadgeCredential) => void): string {
  const [header, payload, signature] = jwt.split('.');
  const credential = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as OpenBadgeCredential;
  change(credential);
  return [header, Buffer.from(JSON.stringify(credential)).toString('base64url'), signature].join('.');
}

describe('issued credentials, checked by a verifier that shares no code with the signer', () => {
  let key: IssuerKey;
  let list: StatusList;
  let credential: OpenBadgeCredential;
  let jwt: string;
  beforeAll(async () => {
    key = await createIssuerKey();
    list = new StatusList();
    credential = buildCredential(aCredentialInput({ statusListIndex: 41 }));
    jwt = await signCredential(credential, key);
  });

  it('is a compact JWS whose header names the issuer key and the vc+jwt type', () => {
    expect(jwt.split('.')).toHaveLength(3);
    expect(decodeProtectedHeader(jwt)).toEqual({
      alg: 'EdDSA',
      typ: 'vc+jwt',
      kid: `did:web:corridor.example.org#${key.thumbprint}`,
    });
  });

  it('verifies with node:crypto against the key in the did:web document', async () => {
    const web = await publish(key, list);
    expect(verifyAgainstDidDocument(jwt, web)).toEqual(credential);
  });

  it('verifies with jose against the JWKS, and is not revoked', async () => {
    const web = await publish(key, list);
    await expect(verifyWithJwks(jwt, web)).resolves.toEqual({ credential, revoked: false });
  });

  it.each<[string, (credential: OpenBadgeCredential) => void]>([
    ['a better attendance rate', (c) => (c.credentialSubject.result[0].value = '99')],
    ['another name', (c) => (c.credentialSubject.identifier[0].identityHash = 'Someone Else')],
    ['another PDF', (c) => (c.relatedResource[0].digestSRI = 'sha256-AAAA')],
    ['another status index', (c) => (c.credentialStatus.statusListIndex = '42')],
    ['one extra space', (c) => (c.name = `${c.name} `)],
  ])('fails once changed: %s', async (_name, change) => {
    const web = await publish(key, list);
    const forged = withPayload(jwt, change);
    expect(() => verifyAgainstDidDocument(forged, web)).toThrow('signature does not verify');
    await expect(verifyWithJwks(forged, web)).rejects.toBeInstanceOf(joseErrors.JWSSignatureVerificationFailed);
  });

  it('fails when signed by another key under the issuer key id', async () => {
    const web = await publish(key, list);
    const impostor = await createIssuerKey();
    const forged = await new CompactSign(Buffer.from(JSON.stringify(credential)))
      .setProtectedHeader(decodeProtectedHeader(jwt) as { alg: string })
      .sign(impostor.privateKey);
    expect(() => verifyAgainstDidDocument(forged, web)).toThrow('signature does not verify');
    await expect(verifyWithJwks(forged, web)).rejects.toBeInstanceOf(joseErrors.JWSSignatureVerificationFailed);
  });

  it('shows revoked once its bit is set and the status list is signed again', async () => {
    const revokedList = new StatusList();
    revokedList.setRevoked(41);
    const web = await publish(key, revokedList);
    await expect(verifyWithJwks(jwt, web)).resolves.toEqual({ credential, revoked: true });
    // Its neighbours are untouched.
    const neighbour = await signCredential(
      buildCredential(aCredentialInput({ statusListIndex: 42, verificationCode: 'neighbour-code-0000' })),
      key,
    );
    await expect(verifyWithJwks(neighbour, web)).resolves.toMatchObject({ revoked: false });
  });

  it('cannot be un-revoked by a status list someone else signed', async () => {
    const web = await publish(key, new StatusList(), await createIssuerKey());
    await expect(verifyWithJwks(jwt, web)).rejects.toBeInstanceOf(joseErrors.JWKSNoMatchingKey);
  });
});

describe('verifyCredential', () => {
  let key: IssuerKey;
  let jwt: string;
  let credential: OpenBadgeCredential;
  beforeAll(async () => {
    key = await createIssuerKey();
    credential = buildCredential(aCredentialInput({ statusListIndex: 41 }));
    jwt = await signCredential(credential, key);
  });

  async function options(list: StatusList, listKey: IssuerKey = key): Promise<Parameters<typeof verifyCredential>[1]> {
    const web = await publish(key, list, listKey);
    return {
      jwks: JSON.parse(web.get(jwksUrl(PUBLIC_URL))!) as JSONWebKeySet,
      fetchStatusList: (url) => Promise.resolve(web.get(url) ?? null),
    };
  }

  /** Signs any payload with the issuer key under its real kid: what a bug, not a forger, could produce. */
  function signedAs(payload: object, header: { typ?: string } = {}): Promise<string> {
    return new CompactSign(Buffer.from(JSON.stringify(payload)))
      .setProtectedHeader({ ...(decodeProtectedHeader(jwt) as { alg: string }), ...header })
      .sign(key.privateKey);
  }

  function revoked(index: number): StatusList {
    const list = new StatusList();
    list.setRevoked(index);
    return list;
  }

  it('verifies a valid credential and returns it as signed', async () => {
    await expect(verifyCredential(jwt, await options(new StatusList()))).resolves.toEqual({
      verified: true,
      errors: [],
      credential,
      revoked: false,
    });
  });

  it('reports a revoked credential, still returning what was signed', async () => {
    const result = await verifyCredential(jwt, await options(revoked(41)));
    expect(result).toMatchObject({ verified: false, revoked: true, credential });
    expect(result.errors.map((error) => error.code)).toEqual(['REVOKED']);
  });

  it.each<[string, () => Promise<string>, string]>([
    ['a changed credential', () => Promise.resolve(withPayload(jwt, (c) => (c.credentialSubject.result[0].value = '99'))), 'SIGNATURE'],
    ['an unknown key', async () => signCredential(credential, await createIssuerKey()), 'UNKNOWN_KEY'],
    ['not a JWS', () => Promise.resolve('not.a.jws'), 'MALFORMED'],
    ['a status list credential', async () => buildStatusListCredential(PUBLIC_URL, new StatusList(), key), 'MALFORMED'],
    [
      'another issuer signed with this key id',
      () => signedAs({ ...credential, issuer: { ...credential.issuer, id: 'did:web:elsewhere.example' } }),
      'ISSUER_MISMATCH',
    ],
    ['a JWT iss that is not the issuer', () => signedAs({ ...credential, iss: 'did:web:elsewhere.example' }), 'ISSUER_MISMATCH'],
    ['a JWT jti that is not the credential id', () => signedAs({ ...credential, jti: 'urn:uuid:other' }), 'MALFORMED'],
    ['a JWT nbf that is not validFrom', () => signedAs({ ...credential, nbf: 0 }), 'MALFORMED'],
    ['a JWS of another type', () => signedAs(credential, { typ: 'JWT' }), 'MALFORMED'],
  ])('refuses %s', async (_name, makeJwt, code) => {
    const result = await verifyCredential(await makeJwt(), await options(new StatusList()));
    expect(result.verified).toBe(false);
    expect(result.errors.map((error) => error.code)).toEqual([code]);
  });

  it('refuses a credential before its validFrom, beyond a few minutes of clock skew', async () => {
    const issuedAt = new Date(Date.now() + 60 * 60 * 1000);
    const early = await signCredential(buildCredential(aCredentialInput({ issuedAt })), key);
    const result = await verifyCredential(early, await options(new StatusList()));
    expect(result.errors.map((error) => error.code)).toEqual(['NOT_YET_VALID']);
    const skewed = await verifyCredential(early, { ...(await options(new StatusList())), now: new Date(issuedAt.getTime() - 60 * 1000) });
    expect(skewed.errors).toEqual([]);
  });

  it.each<[string, () => Promise<Parameters<typeof verifyCredential>[1]>, string]>([
    [
      'the status list cannot be fetched',
      async () => ({ ...(await options(new StatusList())), fetchStatusList: () => Promise.resolve(null) }),
      'STATUS_UNAVAILABLE',
    ],
    [
      'fetching the status list throws',
      async () => ({ ...(await options(new StatusList())), fetchStatusList: () => Promise.reject(new Error('timeout')) }),
      'STATUS_UNAVAILABLE',
    ],
    ['the status list is signed by someone else', async () => options(new StatusList(), await createIssuerKey()), 'STATUS_INVALID'],
    [
      'the status list served is another list',
      async () => {
        const other = await buildStatusListCredential(PUBLIC_URL, new StatusList(), key, { listNumber: 2 });
        return { ...(await options(new StatusList())), fetchStatusList: () => Promise.resolve(other) };
      },
      'STATUS_INVALID',
    ],
    [
      'the status list was altered to clear the bit',
      async () => {
        const signed = await buildStatusListCredential(PUBLIC_URL, revoked(41), key);
        const cleared = withPayload(
          signed,
          (c) =>
            ((c as unknown as { credentialSubject: { encodedList: string } }).credentialSubject.encodedList = new StatusList().encode()),
        );
        return { ...(await options(new StatusList())), fetchStatusList: () => Promise.resolve(cleared) };
      },
      'STATUS_INVALID',
    ],
  ])('cannot tell the status when %s, and says so', async (_name, makeOptions, code) => {
    const result = await verifyCredential(jwt, await makeOptions());
    expect(result).toMatchObject({ verified: false, revoked: null });
    expect(result.errors.map((error) => error.code)).toEqual([code]);
  });
});

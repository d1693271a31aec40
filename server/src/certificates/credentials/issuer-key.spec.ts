import { createPublicKey } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createIssuerKey,
  didDocumentUrl,
  didWebDocument,
  ISSUER_KEY_FILE,
  issuerDid,
  jwks,
  jwksUrl,
  loadOrCreateIssuerKey,
} from './issuer-key';

const posix = process.platform !== 'win32';

describe('the issuer key file', () => {
  let root: string;
  let dir: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'corridor-key-'));
    dir = join(root, 'data', 'keys');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is created on first use, readable only by its owner, in a directory only its owner enters', async () => {
    const key = await loadOrCreateIssuerKey(dir);
    const path = join(dir, ISSUER_KEY_FILE);
    if (posix) {
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(statSync(dir).mode & 0o777).toBe(0o700);
    }
    const file = JSON.parse(readFileSync(path, 'utf8')) as {
      format: string;
      privateJwk: { kty: string; crv: string; x: string; d: string };
    };
    expect(file.format).toBe('corridor-issuer-key/1');
    expect(file.privateJwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', x: key.publicJwk.x });
    expect(key.privateKey.asymmetricKeyType).toBe('ed25519');
    expect(readdirSync(dir)).toEqual([ISSUER_KEY_FILE]);
  });

  it('is reused after: the same key comes back', async () => {
    const first = await loadOrCreateIssuerKey(dir);
    const before = readFileSync(join(dir, ISSUER_KEY_FILE), 'utf8');
    const second = await loadOrCreateIssuerKey(dir);
    expect(second.publicJwk).toEqual(first.publicJwk);
    expect(second.thumbprint).toBe(first.thumbprint);
    expect(second.createdAt).toBe(first.createdAt);
    expect(readFileSync(join(dir, ISSUER_KEY_FILE), 'utf8')).toBe(before);
  });

  it('stays one key when several instances start at once', async () => {
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateIssuerKey(dir)));
    expect(new Set(keys.map((key) => key.publicJwk.x)).size).toBe(1);
    expect(readdirSync(dir)).toEqual([ISSUER_KEY_FILE]);
  });

  (posix ? it : it.skip)('is refused when others can read it', async () => {
    await loadOrCreateIssuerKey(dir);
    chmodSync(join(dir, ISSUER_KEY_FILE), 0o644);
    await expect(loadOrCreateIssuerKey(dir)).rejects.toThrow(/readable by other users \(mode 644\)/);
  });

  it.each([
    ['not JSON', 'hello'],
    [
      'not Ed25519',
      JSON.stringify({ format: 'corridor-issuer-key/1', createdAt: 'x', privateJwk: { kty: 'EC', crv: 'P-256', x: 'a', d: 'b' } }),
    ],
  ])('is refused, never replaced, when it is %s', async (_name, content) => {
    await loadOrCreateIssuerKey(dir);
    const path = join(dir, ISSUER_KEY_FILE);
    writeFileSync(path, content, { mode: 0o600 });
    await expect(loadOrCreateIssuerKey(dir)).rejects.toThrow(/not a Corridor Ed25519 key file/);
    expect(readFileSync(path, 'utf8')).toBe(content);
  });

  it('is refused when its public part does not match its private part', async () => {
    const key = await loadOrCreateIssuerKey(dir);
    const other = await createIssuerKey();
    const path = join(dir, ISSUER_KEY_FILE);
    const file = JSON.parse(readFileSync(path, 'utf8')) as { privateJwk: { x: string } };
    expect(file.privateJwk.x).toBe(key.publicJwk.x);
    file.privateJwk.x = other.publicJwk.x;
    writeFileSync(path, JSON.stringify(file), { mode: 0o600 });
    await expect(loadOrCreateIssuerKey(dir)).rejects.toThrow(/does not match/);
  });
});

describe('publishing the public key', () => {
  it.each([
    ['http://localhost:3000', 'did:web:localhost%3A3000', 'http://localhost:3000/.well-known/did.json'],
    ['https://corridor.example.org', 'did:web:corridor.example.org', 'https://corridor.example.org/.well-known/did.json'],
    ['https://corridor.example.org/', 'did:web:corridor.example.org', 'https://corridor.example.org/.well-known/did.json'],
    ['https://example.org/mi/corridor', 'did:web:example.org:mi:corridor', 'https://example.org/mi/corridor/did.json'],
    ['https://Example.ORG:8443/corridor/', 'did:web:example.org%3A8443:corridor', 'https://Example.ORG:8443/corridor/did.json'],
  ])('PUBLIC_URL %s is %s, its document at %s', (publicUrl, did, url) => {
    expect(issuerDid(publicUrl)).toBe(did);
    expect(didDocumentUrl(publicUrl)).toBe(url);
  });

  it('lists the key as a JsonWebKey assertion method of the did:web document, and in the JWKS with the same kid', async () => {
    const key = await createIssuerKey();
    const kid = `did:web:localhost%3A3000#${key.thumbprint}`;
    expect(didWebDocument('http://localhost:3000', key)).toEqual({
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/jwk/v1'],
      id: 'did:web:localhost%3A3000',
      verificationMethod: [{ id: kid, type: 'JsonWebKey', controller: 'did:web:localhost%3A3000', publicKeyJwk: key.publicJwk }],
      assertionMethod: [kid],
    });
    expect(jwks('http://localhost:3000', key)).toEqual({
      keys: [{ kty: 'OKP', crv: 'Ed25519', x: key.publicJwk.x, kid, alg: 'EdDSA', use: 'sig' }],
    });
    expect(jwksUrl('http://localhost:3000/')).toBe('http://localhost:3000/.well-known/jwks.json');
  });

  it('publishes only the public key', async () => {
    const key = await createIssuerKey();
    const published = JSON.stringify([didWebDocument('http://localhost:3000', key), jwks('http://localhost:3000', key)]);
    const privateD = String(key.privateKey.export({ format: 'jwk' }).d);
    expect(published).not.toContain(privateD);
    expect(published).not.toMatch(/"d"\s*:/);
    expect(createPublicKey({ key: key.publicJwk, format: 'jwk' }).asymmetricKeyType).toBe('ed25519');
  });

  it('keeps retired keys listed after the current one', async () => {
    const [current, retired] = [await createIssuerKey(), await createIssuerKey()];
    const document = didWebDocument('https://corridor.example.org', [current, retired]);
    expect(document.verificationMethod.map((method) => method.publicKeyJwk.x)).toEqual([current.publicJwk.x, retired.publicJwk.x]);
    expect(document.assertionMethod).toHaveLength(2);
  });
});

import { gunzipSync, gzipSync } from 'node:zlib';
import { STATUS_LIST_MIN_BITS, StatusList, StatusListError, statusListCredential, statusListPosition } from './status-list';
import { PUBLIC_URL } from './credential-fixtures';

/** Decodes an encodedList the way the specification describes, without StatusList. */
function rawBits(encodedList: string): Buffer {
  expect(encodedList.startsWith('u')).toBe(true);
  return gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
}

describe('StatusList', () => {
  it('has the 131,072 bits the specification requires, all clear', () => {
    const list = new StatusList();
    expect(list.length).toBe(131_072);
    expect(STATUS_LIST_MIN_BITS).toBe(131_072);
    expect(rawBits(list.encode())).toEqual(Buffer.alloc(16_384));
  });

  it.each([0, 1, 8, 131_064, 1_000, 131_071])('refuses a list of %i bits (too short or not whole bytes)', (length) => {
    expect(() => new StatusList(length)).toThrow(RangeError);
  });

  it('sets and reads bits, touching no neighbour', () => {
    const list = new StatusList();
    for (const index of [0, 7, 8, 41, 131_071]) list.setRevoked(index);
    for (const index of [0, 7, 8, 41, 131_071]) expect(list.isRevoked(index)).toBe(true);
    for (const index of [1, 6, 9, 40, 42, 131_070]) expect(list.isRevoked(index)).toBe(false);
    list.setRevoked(41);
    expect(list.isRevoked(41)).toBe(true);
  });

  it('puts index 0 in the left-most bit, as the specification orders them', () => {
    const list = new StatusList();
    list.setRevoked(0);
    list.setRevoked(9);
    list.setRevoked(131_071);
    const bits = rawBits(list.encode());
    expect([bits[0], bits[1], bits[16_383]]).toEqual([0b1000_0000, 0b0100_0000, 0b0000_0001]);
  });

  it.each([-1, 131_072, 2.5, Number.NaN])('refuses index %p', (index) => {
    const list = new StatusList();
    expect(() => list.setRevoked(index)).toThrow(RangeError);
    expect(() => list.isRevoked(index)).toThrow(RangeError);
  });

  it('encodes as multibase base64url of GZIP and decodes back to the same bits', () => {
    const list = new StatusList(2 * STATUS_LIST_MIN_BITS);
    const revoked = [3, 41, 99_999, 131_072, 262_143];
    for (const index of revoked) list.setRevoked(index);
    const encoded = list.encode();
    expect(encoded).toMatch(/^u[A-Za-z0-9_-]+$/);
    expect(encoded.length).toBeLessThan(400);
    const decoded = StatusList.decode(encoded);
    expect(decoded.length).toBe(262_144);
    expect(revoked.every((index) => decoded.isRevoked(index))).toBe(true);
    expect(decoded.encode()).toBe(encoded);
  });

  it('reads a list another implementation wrote', () => {
    const bytes = Buffer.alloc(16_384);
    bytes[5] = 0b0010_0000; // index 42
    const decoded = StatusList.decode(`u${gzipSync(bytes).toString('base64url')}`);
    expect(decoded.isRevoked(42)).toBe(true);
    expect(decoded.isRevoked(41)).toBe(false);
  });

  it('encodes the same bits to the same string', () => {
    const a = new StatusList();
    const b = new StatusList();
    a.setRevoked(7);
    b.setRevoked(7);
    expect(a.encode()).toBe(b.encode());
  });

  it.each([
    ['without the multibase prefix', gzipSync(Buffer.alloc(16_384)).toString('base64url')],
    ['in plain base64', `u${gzipSync(Buffer.alloc(16_384)).toString('base64')}+/`],
    ['not gzip', `u${Buffer.alloc(16_384).toString('base64url')}`],
    ['shorter than the minimum', `u${gzipSync(Buffer.alloc(1_024)).toString('base64url')}`],
    ['a gzip bomb', `u${gzipSync(Buffer.alloc(32 * 1024 * 1024)).toString('base64url')}`],
  ])('refuses an encodedList %s', (_name, encodedList) => {
    expect(() => StatusList.decode(encodedList)).toThrow(StatusListError);
  });
});

describe('statusListCredential', () => {
  it('is a BitstringStatusListCredential for revocation, issued by the did:web of PUBLIC_URL', () => {
    const list = new StatusList();
    list.setRevoked(41);
    const credential = statusListCredential(PUBLIC_URL, list, { listNumber: 2, validFrom: new Date('2016-08-01T00:00:00.123Z') });
    expect(credential).toEqual({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: `${PUBLIC_URL}/credentials/status/2`,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: 'did:web:corridor.example.org',
      validFrom: '2016-08-01T00:00:00Z',
      credentialSubject: {
        id: `${PUBLIC_URL}/credentials/status/2#list`,
        type: 'BitstringStatusList',
        statusPurpose: 'revocation',
        encodedList: list.encode(),
      },
    });
  });

  it('numbers lists from 1 in blocks of the minimum size', () => {
    expect(statusListPosition(`${PUBLIC_URL}/`, 131_073)).toEqual({ listNumber: 2, url: `${PUBLIC_URL}/credentials/status/2`, index: 1 });
    expect(() => statusListPosition(PUBLIC_URL, -1)).toThrow(RangeError);
  });
});

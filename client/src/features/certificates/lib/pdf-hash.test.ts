import { webcrypto } from 'node:crypto';
import { checkPdf, looksLikePdf, MAX_PDF_BYTES, sameDigest, toHex, type FileLike } from './pdf-hash';

const subtle = webcrypto.subtle as unknown as Pick<SubtleCrypto, 'digest'>;
const encoder = new TextEncoder();

function fileOf(text: string): FileLike {
  const bytes = encoder.encode(text);
  return {
    size: bytes.byteLength,
    arrayBuffer: () => Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)),
  };
}

// The digest recorded at issue, for a tiny stand-in PDF.
const pdfText = '%PDF-1.7 certificate';
let pdfDigest: string;
beforeAll(async () => {
  pdfDigest = toHex(await subtle.digest('SHA-256', encoder.encode(pdfText)));
});

describe('toHex', () => {
  it('writes each byte as two lower-case hex digits', () => {
    expect(toHex(new Uint8Array([0, 1, 15, 16, 255]).buffer)).toBe('00010f10ff');
  });

  it('gives the well-known SHA-256 of "abc"', async () => {
    expect(toHex(await subtle.digest('SHA-256', encoder.encode('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('sameDigest', () => {
  const digest = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
  it.each([
    [digest, digest, true],
    [digest.toUpperCase(), digest, true],
    [` ${digest}\n`, digest, true],
    [digest, digest.replace(/.$/, 'e'), false],
    ['', '', false],
    ['abc', 'abc', false],
    [null, digest, false],
    [digest, undefined, false],
  ])('%p vs %p → %p', (a, b, expected) => {
    expect(sameDigest(a, b)).toBe(expected);
  });
});

describe('looksLikePdf', () => {
  it('knows a PDF by its first bytes', () => {
    expect(looksLikePdf(encoder.encode('%PDF-1.4\n'))).toBe(true);
    expect(looksLikePdf(encoder.encode('PK\u0003\u0004'))).toBe(false);
    expect(looksLikePdf(new Uint8Array())).toBe(false);
  });
});

describe('checkPdf', () => {
  it('matches the very bytes that were issued', async () => {
    await expect(checkPdf(fileOf(pdfText), pdfDigest, subtle)).resolves.toEqual({ kind: 'match' });
    await expect(checkPdf(fileOf(pdfText), pdfDigest.toUpperCase(), subtle)).resolves.toEqual({ kind: 'match' });
  });

  it('catches one changed byte', async () => {
    await expect(checkPdf(fileOf('%PDF-1.7 certificatf'), pdfDigest, subtle)).resolves.toEqual({ kind: 'mismatch', notPdf: false });
  });

  it('says when the file is not a PDF at all', async () => {
    await expect(checkPdf(fileOf('hello'), pdfDigest, subtle)).resolves.toEqual({ kind: 'mismatch', notPdf: true });
    await expect(checkPdf(fileOf(''), pdfDigest, subtle)).resolves.toEqual({ kind: 'mismatch', notPdf: true });
  });

  it('does not read a file far too big to be a certificate', async () => {
    const huge: FileLike = { size: MAX_PDF_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('read')) };
    await expect(checkPdf(huge, pdfDigest, subtle)).resolves.toEqual({ kind: 'mismatch', notPdf: false });
  });

  it('cannot check without a recorded hash or without SubtleCrypto', async () => {
    await expect(checkPdf(fileOf(pdfText), null, subtle)).resolves.toEqual({ kind: 'unavailable' });
    await expect(checkPdf(fileOf(pdfText), 'not-a-digest', subtle)).resolves.toEqual({ kind: 'unavailable' });
    await expect(checkPdf(fileOf(pdfText), pdfDigest, undefined)).resolves.toEqual({ kind: 'unavailable' });
  });
});

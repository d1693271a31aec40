/** What checking a dropped file against a certificate found. */
export type PdfCheck =
  /** Its bytes hash to the SHA-256 recorded when the certificate was issued. */
  | { kind: 'match' }
  /** Different bytes: an edited file, another certificate, or not a PDF at all. */
  | { kind: 'mismatch'; notPdf: boolean }
  /** There is nothing to compare with, or the browser cannot hash here (SubtleCrypto needs HTTPS). */
  | { kind: 'unavailable' };

/** Certificates are well under a megabyte; anything this big is not one, so it is not read at all. */
export const MAX_PDF_BYTES = 25 * 1024 * 1024;

const sha256Hex = /^[0-9a-f]{64}$/;

export function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Compares two SHA-256 digests written in hex, ignoring case; anything that is not a digest never matches. */
export function sameDigest(a: string | null | undefined, b: string | null | undefined): boolean {
  const left = a?.trim().toLowerCase();
  const right = b?.trim().toLowerCase();
  return left !== undefined && right !== undefined && sha256Hex.test(left) && left === right;
}

/** A PDF file starts with "%PDF-". */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const magic = [0x25, 0x50, 0x44, 0x46, 0x2d];
  return magic.every((byte, index) => bytes[index] === byte);
}

/** The parts of a File this needs: its size and its bytes. */
export interface FileLike {
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Hashes the file in the browser (it never leaves the device) and compares it with the SHA-256
 * stored at issue. `subtle` is `crypto.subtle`, undefined outside secure contexts.
 */
export async function checkPdf(
  file: FileLike,
  expectedSha256: string | null | undefined,
  subtle: Pick<SubtleCrypto, 'digest'> | undefined,
): Promise<PdfCheck> {
  if (!subtle || !expectedSha256 || !sha256Hex.test(expectedSha256.trim().toLowerCase())) return { kind: 'unavailable' };
  if (file.size > MAX_PDF_BYTES) return { kind: 'mismatch', notPdf: false };
  const bytes = await file.arrayBuffer();
  const digest = toHex(await subtle.digest('SHA-256', bytes));
  if (sameDigest(digest, expectedSha256)) return { kind: 'match' };
  return { kind: 'mismatch', notPdf: !looksLikePdf(new Uint8Array(bytes, 0, Math.min(5, bytes.byteLength))) };
}

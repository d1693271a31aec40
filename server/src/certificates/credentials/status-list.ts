import { gunzipSync, gzipSync } from 'node:zlib';
import { type IssuerKey, issuerDid } from './issuer-key';
import { type BitstringStatusListCredential, VC_V2_CONTEXT } from './open-badge.types';
import { signCredential } from './sign-credential';

/** Bitstring Status List v1.0 §6.1: a list has at least 16 KiB of bits, so one entry hides among many. */
export const STATUS_LIST_MIN_BITS = 131_072;
/** A decoded list larger than this (16 MiB) is refused rather than inflated: a gzip bomb guard. */
const MAX_DECODED_BYTES = 16 * 1024 * 1024;

/**
 * A revocation bitstring. Index 0 is the left-most bit (the high bit of the first byte), as the
 * specification orders it; a set bit means revoked.
 */
export class StatusList {
  private readonly bits: Uint8Array;

  constructor(length: number = STATUS_LIST_MIN_BITS) {
    if (!Number.isInteger(length) || length < STATUS_LIST_MIN_BITS || length % 8 !== 0) {
      throw new RangeError(`A status list has a whole number of bytes and at least ${STATUS_LIST_MIN_BITS} bits, not ${length}`);
    }
    this.bits = new Uint8Array(length / 8);
  }

  /** Reads an `encodedList`: multibase base64url (`u` prefix, no padding) of the GZIP-compressed bits. */
  static decode(encodedList: string): StatusList {
    if (!/^u[A-Za-z0-9_-]+$/.test(encodedList)) throw new StatusListError('encodedList is not multibase base64url (u…)');
    let bytes: Buffer;
    try {
      bytes = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'), { maxOutputLength: MAX_DECODED_BYTES });
    } catch (error) {
      throw new StatusListError(`encodedList does not inflate: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (bytes.length * 8 < STATUS_LIST_MIN_BITS)
      throw new StatusListError(`The list has ${bytes.length * 8} bits, fewer than ${STATUS_LIST_MIN_BITS}`);
    const list = new StatusList(bytes.length * 8);
    list.bits.set(bytes);
    return list;
  }

  get length(): number {
    return this.bits.length * 8;
  }

  /** Revocation is permanent (the specification gives no way back), so there is no `clear`. */
  setRevoked(index: number): void {
    this.check(index);
    this.bits[index >> 3] |= 0x80 >> (index & 7);
  }

  isRevoked(index: number): boolean {
    this.check(index);
    return (this.bits[index >> 3] & (0x80 >> (index & 7))) !== 0;
  }

  /** The same bits always give the same string (Node's gzip writes no timestamp). */
  encode(): string {
    return `u${gzipSync(this.bits, { level: 9 }).toString('base64url')}`;
  }

  private check(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) {
      throw new RangeError(`Status list index ${index} is outside 0..${this.length - 1}`);
    }
  }
}

export class StatusListError extends Error {
  override readonly name = 'StatusListError';
}

/**
 * Where a certificate's status bit lives. Certificates carry one running index; every block of
 * STATUS_LIST_MIN_BITS indexes is its own list, numbered from 1, so no list outgrows the minimum.
 */
export function statusListPosition(publicUrl: string, statusListIndex: number): { listNumber: number; url: string; index: number } {
  if (!Number.isSafeInteger(statusListIndex) || statusListIndex < 0)
    throw new RangeError(`statusListIndex must be a whole number ≥ 0, not ${statusListIndex}`);
  const listNumber = Math.floor(statusListIndex / STATUS_LIST_MIN_BITS) + 1;
  return { listNumber, url: statusListUrl(publicUrl, listNumber), index: statusListIndex % STATUS_LIST_MIN_BITS };
}

export function statusListUrl(publicUrl: string, listNumber: number): string {
  return `${publicUrl.replace(/\/+$/, '')}/credentials/status/${listNumber}`;
}

/** The unsigned BitstringStatusListCredential for list `listNumber`. */
export function statusListCredential(
  publicUrl: string,
  list: StatusList,
  options: { listNumber?: number; validFrom?: Date } = {},
): BitstringStatusListCredential {
  const url = statusListUrl(publicUrl, options.listNumber ?? 1);
  return {
    '@context': [VC_V2_CONTEXT],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: issuerDid(publicUrl),
    validFrom: isoSeconds(options.validFrom ?? new Date()),
    credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: list.encode() },
  };
}

/** The signed status list (`application/vc+jwt`) to serve at `statusListUrl(publicUrl, listNumber)`. */
export async function buildStatusListCredential(
  publicUrl: string,
  list: StatusList,
  key: IssuerKey,
  options: { listNumber?: number; validFrom?: Date } = {},
): Promise<string> {
  return signCredential(statusListCredential(publicUrl, list, options), key);
}

export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The server refuses larger files; the client refuses them first rather than upload 2 MB for nothing. */
export const MAX_NOMINEE_FILE_BYTES = 2 * 1024 * 1024;

export const NOMINEE_FILE_ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The header row the server reads (case-insensitive), in a sensible column order. */
export const NOMINEE_COLUMNS = [
  'full_name',
  'native_name',
  'gender',
  'country',
  'province',
  'organisation',
  'organisation_type',
  'position',
  'target_group',
  'email',
  'phone',
] as const;

export type NomineeFileProblem = { kind: 'wrongType' } | { kind: 'empty' } | { kind: 'tooLarge'; size: number };

/** Why a chosen file cannot be sent, or null when it can. */
export function checkNomineeFile(file: { name: string; size: number }): NomineeFileProblem | null {
  if (!/\.(csv|xlsx)$/i.test(file.name)) return { kind: 'wrongType' };
  if (file.size === 0) return { kind: 'empty' };
  if (file.size > MAX_NOMINEE_FILE_BYTES) return { kind: 'tooLarge', size: file.size };
  return null;
}

/** Base64 of raw bytes, in chunks so large files do not overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  const chunkSize = 0x8000;
  let binary = '';
  for (let start = 0; start < bytes.length; start += chunkSize) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunkSize));
  }
  return btoa(binary);
}

export async function readFileAsBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

/** A file size for people: "850 kB", "2.5 MB", rounded up so a file just over 2 MB reads as "2.1 MB". */
export function formatFileSize(bytes: number, language: string): string {
  if (bytes < 1024 * 1024) {
    const kilobytes = Math.max(1, Math.ceil(bytes / 1024));
    return new Intl.NumberFormat(language, { style: 'unit', unit: 'kilobyte', unitDisplay: 'short' }).format(kilobytes);
  }
  const megabytes = Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: 'megabyte',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(megabytes);
}

/** A one-line CSV with the expected header, offered as a template. */
export function nomineeTemplateHref(): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`${NOMINEE_COLUMNS.join(',')}\r\n`)}`;
}

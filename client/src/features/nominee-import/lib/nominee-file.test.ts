import {
  bytesToBase64,
  checkNomineeFile,
  formatFileSize,
  MAX_NOMINEE_FILE_BYTES,
  nomineeTemplateHref,
  readFileAsBase64,
} from './nominee-file';

describe('checkNomineeFile', () => {
  it.each([
    [{ name: 'nominees.csv', size: 1200 }, null],
    [{ name: 'Nominees 2017.XLSX', size: MAX_NOMINEE_FILE_BYTES }, null],
    [{ name: 'nominees.xls', size: 1200 }, { kind: 'wrongType' }],
    [{ name: 'nominees.pdf', size: 1200 }, { kind: 'wrongType' }],
    [{ name: 'nominees.csv', size: 0 }, { kind: 'empty' }],
    [{ name: 'nominees.csv', size: MAX_NOMINEE_FILE_BYTES + 1 }, { kind: 'tooLarge', size: MAX_NOMINEE_FILE_BYTES + 1 }],
  ])('checks %p', (file, expected) => {
    expect(checkNomineeFile(file)).toEqual(expected);
  });

  it('allows at most 2 MB', () => {
    expect(MAX_NOMINEE_FILE_BYTES).toBe(2 * 1024 * 1024);
  });
});

/** A slow, obviously correct encoder to check the fast one against. */
const naiveBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
const decodeUtf8 = (base64: string) => new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));

describe('base64', () => {
  it('encodes bytes', () => {
    expect(bytesToBase64(new Uint8Array([]))).toBe('');
    expect(bytesToBase64(new TextEncoder().encode('full_name\n'))).toBe('ZnVsbF9uYW1lCg==');
  });

  it('encodes large input in chunks', () => {
    const bytes = new Uint8Array(300_000).map((_, index) => index % 256);
    expect(bytesToBase64(bytes)).toBe(naiveBase64(bytes));
  });

  it('reads a file, Khmer text included, as base64 of its UTF-8 bytes', async () => {
    const csv = 'full_name,native_name,country\r\nChan Sokha,ចាន់ សុខា,KH\r\n';
    const file = new Blob([csv], { type: 'text/csv' });
    const base64 = await readFileAsBase64(file);
    expect(decodeUtf8(base64)).toBe(csv);
  });
});

describe('formatFileSize', () => {
  it('shows kilobytes below a megabyte and megabytes above, rounded up', () => {
    expect(formatFileSize(850 * 1024, 'en')).toBe('850 kB');
    expect(formatFileSize(100, 'en')).toBe('1 kB');
    expect(formatFileSize(2.46 * 1024 * 1024, 'en')).toBe('2.5 MB');
    expect(formatFileSize(2 * 1024 * 1024 + 1, 'en')).toBe('2.1 MB');
  });
});

describe('nomineeTemplateHref', () => {
  it('is a CSV with the header row', () => {
    expect(decodeURIComponent(nomineeTemplateHref())).toBe(
      'data:text/csv;charset=utf-8,full_name,native_name,gender,country,province,organisation,organisation_type,position,target_group,email,phone\r\n',
    );
  });
});

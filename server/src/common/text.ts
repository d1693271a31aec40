/** Names are stored composed (NFC) so Vietnamese diacritics compare and render consistently. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function cleanOptional(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const cleaned = cleanText(value);
  return cleaned === '' ? null : cleaned;
}

/** A case- and accent-insensitive key for search and matching ("Nguyễn" → "nguyen"). */
export function searchKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, (mark) => (/[\u0300-\u036f]/.test(mark) ? '' : mark))
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Multi-line text (motivations, feedback, reports): composed (NFC), trimmed, line breaks kept. */
export function cleanLongText(value: string | null | undefined): string | null {
  const text = value?.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  return text ? text : null;
}

import { distance } from 'fastest-levenshtein';

/**
 * Pure helpers that decide when two SME records may be the same business: a folded name, a
 * normalised registration number and phone, a name similarity, and the reasons a pair matches.
 * Nothing here touches the database, so the same rules serve the API, the duplicate list and seeds.
 */

/** Why two SMEs may be one business; a pair can have several. */
export enum SmeMatchReason {
  SAME_REGISTRATION_NUMBER = 'SAME_REGISTRATION_NUMBER',
  SAME_PHONE = 'SAME_PHONE',
  SAME_NAME_AND_PROVINCE = 'SAME_NAME_AND_PROVINCE',
  SIMILAR_NAME_SAME_PROVINCE = 'SIMILAR_NAME_SAME_PROVINCE',
}

/** Names at least this similar (1 = identical) in the same province are listed as possible duplicates. */
export const SIMILAR_NAME_THRESHOLD = 0.85;

/** Country calling codes of the corridor, for phones written the national way (0 trunk prefix). */
export const CALLING_CODES: Readonly<Record<string, string>> = { KH: '855', MM: '95', TH: '66', VN: '84' };

/** Khmer, Myanmar (and its extensions), Thai and Khmer symbols: scripts kept as written. */
const NATIVE = '\\u0E00-\\u0E7F\\u1000-\\u109F\\u1780-\\u17FF\\u19E0-\\u19FF\\uA9E0-\\uA9FF\\uAA60-\\uAA7F';
const NATIVE_RUN = new RegExp(`[${NATIVE}]+`, 'gu');
const SPACE_BETWEEN_NATIVE = new RegExp(`(?<=[${NATIVE}])\\s+(?=[${NATIVE}])`, 'gu');
const ZERO_WIDTH = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Legal forms and company words, in folded Latin spelling, dropped from the end of a name. */
const SUFFIXES = [
  'public company limited',
  'joint stock company',
  'limited partnership',
  'company limited',
  'sole proprietorship',
  'hang hun suan chamkat',
  'part ltd',
  'ltd part',
  'co ltd',
  'pte ltd',
  'co op',
  'company',
  'limited',
  'corporation',
  'enterprises',
  'enterprise',
  'partnership',
  'cooperative',
  'group',
  'coltd',
  'corp',
  'ltd',
  'inc',
  'plc',
  'pcl',
  'jsc',
  'llc',
  'tnhh',
  'mtv',
  'htx',
  'co',
  'lp',
]
  .map((phrase) => phrase.split(' '))
  .sort((a, b) => b.length - a.length);

/** Legal forms and business-type words that open a name (mostly Vietnamese and Thai). */
const PREFIXES = [
  'cong ty tnhh mot thanh vien',
  'cong ty tnhh mtv',
  'cong ty co phan',
  'doanh nghiep tu nhan',
  'hang hun suan chamkat',
  'cong ty tnhh',
  'cong ty cp',
  'ho kinh doanh',
  'hop tac xa',
  'cong ty',
  'borisat',
  'co so',
  'dntn',
  'tnhh',
  'htx',
  'hkd',
]
  .map((phrase) => phrase.split(' '))
  .sort((a, b) => b.length - a.length);

/** Latin text folded: no accents (đ → d), lower case, no punctuation, single spaces. */
function foldLatin(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

function endsWith(tokens: string[], phrase: string[]): boolean {
  return tokens.length > phrase.length && phrase.every((word, i) => tokens[tokens.length - phrase.length + i] === word);
}

function startsWith(tokens: string[], phrase: string[]): boolean {
  return tokens.length > phrase.length && phrase.every((word, i) => tokens[i] === word);
}

/** Drops legal forms from both ends, but never the last word of a name. */
function dropLegalForms(tokens: string[]): string[] {
  let words = tokens;
  for (;;) {
    const suffix = SUFFIXES.find((phrase) => endsWith(words, phrase));
    if (suffix) words = words.slice(0, words.length - suffix.length);
    const prefix = PREFIXES.find((phrase) => startsWith(words, phrase));
    if (prefix) words = words.slice(prefix.length);
    if (!suffix && !prefix) return words;
  }
}

/**
 * The name folded for matching (stored as Sme.matchName): Latin text without accents, case,
 * punctuation or legal forms ("Công ty TNHH Hoà Bình" → "hoa binh"); Khmer, Myanmar and Thai
 * text kept as written (NFC) without zero-width characters or spaces between its words, which
 * those scripts do not write consistently.
 */
export function foldName(name: string): string {
  const composed = name.normalize('NFC').replace(ZERO_WIDTH, '');
  let folded = '';
  let last = 0;
  for (const run of composed.matchAll(NATIVE_RUN)) {
    folded += foldLatin(composed.slice(last, run.index)) + run[0];
    last = run.index + run[0].length;
  }
  folded += foldLatin(composed.slice(last));
  const words = folded
    // "Co.,Ltd" and "J.S.C." are one word each, whatever the writer put between the letters.
    .replace(/[.'’‘`]/g, '')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(SPACE_BETWEEN_NATIVE, '')
    .split(/\s+/)
    .filter(Boolean);
  return dropLegalForms(words).join(' ').normalize('NFC');
}

/** A province folded for comparison: case, accents and administrative words ("Mon State" = "mon"). */
export function foldProvince(province: string | null | undefined): string {
  if (!province) return '';
  const words = foldLatin(province.normalize('NFC'))
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const admin = new Set(['province', 'region', 'state', 'division', 'city', 'tinh', 'thanh', 'pho', 'tp', 'changwat', 'khet']);
  const kept = words.filter((word) => !admin.has(word));
  return (kept.length ? kept : words).join(' ');
}

/** Digits in Thai, Khmer and Myanmar script read as 0–9. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0E50-\u0E59\u17E0-\u17E9\u1040-\u1049]/g, (d) => {
    const code = d.charCodeAt(0);
    const zero = code >= 0x1040 && code <= 0x1049 ? 0x1040 : code >= 0x17e0 ? 0x17e0 : 0x0e50;
    return String(code - zero);
  });
}

/** A registration number upper-case, without spaces, dashes, dots or slashes; null when empty. */
export function normaliseRegistrationNumber(value: string | null | undefined): string | null {
  if (!value) return null;
  const normalised = asciiDigits(value.normalize('NFKC'))
    .toUpperCase()
    .replace(/[\s\-–—./\\_]/g, '');
  return normalised || null;
}

/**
 * A phone as digits with the country calling code (E.164 without the plus): "+855 12 345 678",
 * "012 345 678" (KH) and "855-12-345-678" all give "85512345678". Null when there are no digits.
 */
export function normalisePhone(value: string | null | undefined, countryCode: string): string | null {
  if (!value) return null;
  const text = asciiDigits(value.normalize('NFKC')).trim();
  let digits = text.replace(/\D/g, '');
  if (!digits) return null;
  if (text.startsWith('+')) return digits;
  if (digits.startsWith('00')) return digits.slice(2);
  const code = CALLING_CODES[countryCode.toUpperCase()];
  if (!code) return digits;
  // Written with the code but no plus: long enough to hold a national number after it.
  if (digits.startsWith(code) && digits.length - code.length >= 8) return digits;
  if (digits.startsWith('0')) digits = digits.replace(/^0+/, '');
  return code + digits;
}

/** 1 for identical folded names, 0 for nothing in common: 1 − edit distance ÷ longer length. */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}

/** What matching needs of an SME, already folded and normalised as stored. */
export interface SmeMatchKey {
  countryCode: string;
  province: string | null;
  matchName: string;
  registrationNumber: string | null;
  phone: string | null;
}

/** Why `a` and `b` may be the same business; empty when nothing matches. */
export function matchReasons(a: SmeMatchKey, b: SmeMatchKey): SmeMatchReason[] {
  const reasons: SmeMatchReason[] = [];
  const sameCountry = a.countryCode.toUpperCase() === b.countryCode.toUpperCase();
  // Registration numbers are issued per country; phones carry their calling code.
  if (sameCountry && a.registrationNumber && a.registrationNumber === b.registrationNumber) reasons.push(SmeMatchReason.SAME_REGISTRATION_NUMBER);
  if (a.phone && a.phone === b.phone) reasons.push(SmeMatchReason.SAME_PHONE);
  if (sameCountry && foldProvince(a.province) === foldProvince(b.province) && a.matchName && b.matchName) {
    if (a.matchName === b.matchName) reasons.push(SmeMatchReason.SAME_NAME_AND_PROVINCE);
    else if (nameSimilarity(a.matchName, b.matchName) >= SIMILAR_NAME_THRESHOLD) reasons.push(SmeMatchReason.SIMILAR_NAME_SAME_PROVINCE);
  }
  return reasons;
}

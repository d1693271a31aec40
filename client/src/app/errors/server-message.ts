import type { TFunction } from 'i18next';
import { countryCodes, isOneOf } from '../enums';
import en from '../i18n/locales/en.json';

export type MessageParams = Record<string, string | number>;

/**
 * A message the server wrote: its English text, and, when the server gives one, a stable reason
 * (EMAIL_INVALID, DUPLICATE_IN_FILE, …) with the values the text is made from, so the client can
 * say it in the reader's language. A reason the client does not know falls back to the English.
 */
export interface ServerMessage {
  message: string;
  reason: string | null;
  params: MessageParams;
}

/** Params as the server sends them: an object in error extensions, a `[{ name, value }]` list in GraphQL types. */
export function readParams(value: unknown): MessageParams {
  const params: MessageParams = {};
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) {
      if (typeof item !== 'object' || item === null) continue;
      const { name, value: text } = item as { name?: unknown; value?: unknown };
      if (typeof name === 'string' && (typeof text === 'string' || typeof text === 'number')) params[name] = text;
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [name, text] of Object.entries(value)) {
      if (typeof text === 'string' || typeof text === 'number') params[name] = text;
    }
  }
  return params;
}

export function serverMessage(message: string, reason: unknown, params: unknown): ServerMessage {
  return { message, reason: typeof reason === 'string' && reason ? reason : null, params: readParams(params) };
}

/** Where each kind of server message has its translations; en.json is the reference, and every locale has its keys. */
const catalogues = {
  problems: en.problems,
  'import.rowProblems': en.import.rowProblems,
  'import.fileProblems': en.import.fileProblems,
};
export type MessageCatalogue = keyof typeof catalogues;
type MessageKey = { [C in MessageCatalogue]: `${C}.${keyof (typeof catalogues)[C] & string}` }[MessageCatalogue];

/**
 * The message in the current language: the catalogue's text for its reason, filled with its
 * params (a `countryCode` also gives `country`, the country's name), or else the English text.
 */
export function translateServerMessage(t: TFunction, catalogue: MessageCatalogue, message: ServerMessage): string {
  const { reason, params } = message;
  if (!reason || !Object.hasOwn(catalogues[catalogue], reason)) return message.message;
  const values: MessageParams = { ...params };
  const code = typeof params.countryCode === 'string' ? params.countryCode.toUpperCase() : undefined;
  if (code) values.country = isOneOf(countryCodes, code) ? t(`enums.country.${code}`) : code;
  // The reason was just found in the catalogue, so the key exists.
  return t(`${catalogue}.${reason}` as MessageKey, values);
}

import { BadUserInputError } from '../common/errors';
import type { Gender, SmeSector } from '../common/enums';
import { cleanOptional, cleanText } from '../common/text';
import { foldName, normalisePhone, normaliseRegistrationNumber } from './matching';
import type { Sme } from './sme.entity';

/** The editable fields of an SME, already validated in shape by the input classes. */
export interface SmeFields {
  name?: string | null;
  countryCode?: string | null;
  sector?: SmeSector | null;
  ownerGender?: Gender | null;
  womenEmployees?: number | null;
  menEmployees?: number | null;
  registrationNumber?: string | null;
  phone?: string | null;
}

function required<T>(value: T | null, field: string): T {
  if (value === null) throw new BadUserInputError(`${field} cannot be empty.`, { field });
  return value;
}

/**
 * Copies the given fields (undefined = leave as is): the name NFC with its folded match name, the
 * registration number and phone normalised. The province is the caller's: it is spelt as the ledger
 * already spells it, which needs the database.
 */
export function applySmeFields(sme: Sme, fields: SmeFields): void {
  if (fields.name !== undefined) sme.name = cleanText(required(fields.name, 'name'));
  if (fields.countryCode !== undefined) sme.countryCode = required(fields.countryCode, 'countryCode').toUpperCase();
  if (fields.sector !== undefined) sme.sector = required(fields.sector, 'sector');
  if (fields.ownerGender !== undefined) sme.ownerGender = fields.ownerGender;
  if (fields.womenEmployees !== undefined) sme.womenEmployees = fields.womenEmployees;
  if (fields.menEmployees !== undefined) sme.menEmployees = fields.menEmployees;
  if (fields.registrationNumber !== undefined) sme.registrationNumber = normaliseRegistrationNumber(cleanOptional(fields.registrationNumber));
  if (fields.phone !== undefined) sme.phone = normalisePhone(cleanOptional(fields.phone), sme.countryCode);
  sme.matchName = foldName(sme.name);
}

import { BadUserInputError } from '../common/errors';
import { reasonDetails } from '../common/problem';
import { cleanOptional, cleanText } from '../common/text';
import type { Gender, TargetGroup } from '../common/enums';
import type { Person } from './person.entity';

/** The editable fields of a person, already validated in shape by the input classes. */
export interface PersonFields {
  fullName?: string | null;
  nativeName?: string | null;
  gender?: Gender | null;
  countryCode?: string | null;
  province?: string | null;
  position?: string | null;
  targetGroup?: TargetGroup | null;
  email?: string | null;
  phone?: string | null;
}

function required<T>(value: T | null, field: string): T {
  if (value === null) throw new BadUserInputError(`${field} cannot be empty.`, { field, ...reasonDetails('FIELD_REQUIRED') });
  return value;
}

/** Copies the given fields (undefined = leave as is), normalising names to NFC. */
export function applyPersonFields(person: Person, fields: PersonFields): void {
  if (fields.fullName !== undefined) person.fullName = cleanText(required(fields.fullName, 'fullName'));
  if (fields.nativeName !== undefined) person.nativeName = cleanOptional(fields.nativeName);
  if (fields.gender !== undefined) person.gender = required(fields.gender, 'gender');
  if (fields.countryCode !== undefined) person.countryCode = required(fields.countryCode, 'countryCode').toUpperCase();
  if (fields.province !== undefined) person.province = cleanOptional(fields.province);
  if (fields.position !== undefined) person.position = cleanOptional(fields.position);
  if (fields.targetGroup !== undefined) person.targetGroup = required(fields.targetGroup, 'targetGroup');
  if (fields.email !== undefined) person.email = cleanOptional(fields.email)?.toLowerCase() ?? null;
  if (fields.phone !== undefined) person.phone = cleanOptional(fields.phone);
  person.refreshSearchText();
}

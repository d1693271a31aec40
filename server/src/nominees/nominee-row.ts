import { isEmail, isISO31661Alpha2 } from 'class-validator';
import { Gender, OrganisationType, TargetGroup } from '../common/enums';
import { problem, type MessageParams, type Problem } from '../common/problem';
import { cleanOptional, cleanText } from '../common/text';
import type { Cells } from './nominee-file';

/** A problem with one row: `reason` and `params` let a client say it in the reader's language. */
export interface NomineeRowError extends Problem {
  column: string | null;
}

export function rowError(column: string | null, reason: string, message: string, params: MessageParams = {}): NomineeRowError {
  return { column, ...problem(reason, message, params) };
}

const MAX_NAME = 200;

export interface Nominee {
  fullName: string;
  nativeName: string | null;
  gender: Gender;
  countryCode: string;
  province: string | null;
  organisationName: string | null;
  organisationType: OrganisationType | null;
  position: string | null;
  targetGroup: TargetGroup;
  email: string | null;
  phone: string | null;
}

const GENDERS: Record<string, Gender> = {
  f: Gender.FEMALE, female: Gender.FEMALE, woman: Gender.FEMALE,
  m: Gender.MALE, male: Gender.MALE, man: Gender.MALE,
  other: Gender.OTHER, x: Gender.OTHER,
  undisclosed: Gender.UNDISCLOSED, 'prefer not to say': Gender.UNDISCLOSED,
};

const COUNTRIES: Record<string, string> = { cambodia: 'KH', myanmar: 'MM', burma: 'MM', thailand: 'TH', vietnam: 'VN', 'viet nam': 'VN', laos: 'LA', 'lao pdr': 'LA', japan: 'JP' };

function enumValue<T extends string>(values: Record<string, T>, raw: string): T | undefined {
  const key = raw.trim().toUpperCase().replace(/[\s-]+/g, '_');
  return (Object.values(values) as string[]).includes(key) ? (key as T) : undefined;
}

/** Checks one row and turns it into a nominee; every problem is reported, not just the first. */
export function validateNomineeRow(cells: Cells): { nominee: Nominee | null; errors: NomineeRowError[] } {
  const errors: NomineeRowError[] = [];
  const get = (column: string) => cells[column]?.trim() ?? '';

  const fullName = get('full_name');
  if (fullName.length < 2) errors.push(rowError('full_name', 'FULL_NAME_REQUIRED', 'Full name (Latin script) is required.'));
  else if (fullName.length > MAX_NAME) errors.push(rowError('full_name', 'FULL_NAME_TOO_LONG', `Full name is longer than ${MAX_NAME} characters.`, { max: MAX_NAME }));

  const genderRaw = get('gender');
  const gender = GENDERS[genderRaw.toLowerCase()] ?? enumValue(Gender, genderRaw);
  if (!genderRaw) errors.push(rowError('gender', 'GENDER_REQUIRED', 'Gender is required: female, male, other or undisclosed.'));
  else if (!gender) errors.push(rowError('gender', 'GENDER_UNKNOWN', `Gender "${genderRaw}" is not one of female, male, other, undisclosed.`, { value: genderRaw }));

  const countryRaw = get('country');
  const countryCode = COUNTRIES[countryRaw.toLowerCase()] ?? countryRaw.toUpperCase();
  if (!countryRaw) errors.push(rowError('country', 'COUNTRY_REQUIRED', 'Country is required: a country name or two-letter code (KH, MM, TH, VN).'));
  else if (!isISO31661Alpha2(countryCode)) errors.push(rowError('country', 'COUNTRY_UNKNOWN', `Country "${countryRaw}" is not a country name or two-letter code (KH, MM, TH, VN).`, { value: countryRaw }));

  const emailRaw = get('email');
  const email = emailRaw.toLowerCase();
  if (email && !isEmail(email)) errors.push(rowError('email', 'EMAIL_INVALID', `"${emailRaw}" is not a valid email address.`, { value: emailRaw }));

  const phone = get('phone');
  if (phone && !/^\+?[0-9 ()\-.]{6,24}$/.test(phone)) errors.push(rowError('phone', 'PHONE_INVALID', `Phone "${phone}" should be digits, spaces and an optional leading +.`, { value: phone }));

  const targetRaw = get('target_group');
  const targetGroup = targetRaw ? enumValue(TargetGroup, targetRaw) : TargetGroup.SME_LEADER;
  if (!targetGroup) {
    const allowed = Object.values(TargetGroup).join(', ');
    errors.push(rowError('target_group', 'TARGET_GROUP_UNKNOWN', `Target group "${targetRaw}" is not one of ${allowed}.`, { value: targetRaw, allowed }));
  }

  const typeRaw = get('organisation_type');
  const organisationType = typeRaw ? enumValue(OrganisationType, typeRaw) ?? null : null;
  if (typeRaw && !organisationType) {
    const allowed = Object.values(OrganisationType).join(', ');
    errors.push(rowError('organisation_type', 'ORGANISATION_TYPE_UNKNOWN', `Organisation type "${typeRaw}" is not one of ${allowed}.`, { value: typeRaw, allowed }));
  }

  if (errors.length > 0 || !gender || !targetGroup) return { nominee: null, errors };
  return {
    errors,
    nominee: {
      fullName: cleanText(fullName),
      nativeName: cleanOptional(get('native_name')),
      gender,
      countryCode,
      province: cleanOptional(get('province')),
      organisationName: cleanOptional(get('organisation')),
      organisationType,
      position: cleanOptional(get('position')),
      targetGroup,
      email: email || null,
      phone: phone || null,
    },
  };
}

import { isEmail, isISO31661Alpha2 } from 'class-validator';
import { Gender, OrganisationType, TargetGroup } from '../common/enums';
import { cleanOptional, cleanText } from '../common/text';
import type { Cells } from './nominee-file';

export interface NomineeRowError {
  column: string | null;
  message: string;
}

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
  if (fullName.length < 2) errors.push({ column: 'full_name', message: 'Full name (Latin script) is required.' });
  else if (fullName.length > 200) errors.push({ column: 'full_name', message: 'Full name is longer than 200 characters.' });

  const gender = GENDERS[get('gender').toLowerCase()] ?? enumValue(Gender, get('gender'));
  if (!gender) errors.push({ column: 'gender', message: `Gender "${get('gender')}" is not one of female, male, other, undisclosed.` });

  const countryRaw = get('country');
  const countryCode = COUNTRIES[countryRaw.toLowerCase()] ?? countryRaw.toUpperCase();
  if (!isISO31661Alpha2(countryCode)) errors.push({ column: 'country', message: `Country "${countryRaw}" is not a country name or two-letter code (KH, MM, TH, VN).` });

  const email = get('email').toLowerCase();
  if (email && !isEmail(email)) errors.push({ column: 'email', message: `"${get('email')}" is not a valid email address.` });

  const phone = get('phone');
  if (phone && !/^\+?[0-9 ()\-.]{6,24}$/.test(phone)) errors.push({ column: 'phone', message: `Phone "${phone}" should be digits, spaces and an optional leading +.` });

  const targetRaw = get('target_group');
  const targetGroup = targetRaw ? enumValue(TargetGroup, targetRaw) : TargetGroup.SME_LEADER;
  if (!targetGroup) errors.push({ column: 'target_group', message: `Target group "${targetRaw}" is not one of ${Object.values(TargetGroup).join(', ')}.` });

  const typeRaw = get('organisation_type');
  const organisationType = typeRaw ? enumValue(OrganisationType, typeRaw) ?? null : null;
  if (typeRaw && !organisationType) errors.push({ column: 'organisation_type', message: `Organisation type "${typeRaw}" is not one of ${Object.values(OrganisationType).join(', ')}.` });

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

import { genders, isOneOf } from '../../../app/enums';
import type { Gender, NewSmeInput, SmeMatchInput, SmeSector, SupportKind, UpdateSmeInput } from '../../../gql/graphql';
import { smeSectors, supportKinds } from './sme-enums';

/** An SME's fields as typed into a form: everything a string, empty for "not given". */
export interface SmeValues {
  name: string;
  countryCode: string;
  province: string;
  sector: SmeSector | '';
  ownerGender: Gender | '';
  womenEmployees: string;
  menEmployees: string;
  registrationNumber: string;
  phone: string;
}

export interface SupportValues {
  kind: SupportKind | '';
  supportedOn: string;
  result: string;
}

export type SmeField = keyof SmeValues;
export type SupportField = keyof SupportValues;
export interface FormProblem<F extends string> {
  field: F;
  problem: 'required' | 'number' | 'tooShort';
}

/** Names shorter than this are not looked up: two letters match half the ledger. */
export const MATCH_MIN_LENGTH = 3;
/** The most employees a form accepts; a larger number is a typing slip for an SME. */
export const MAX_EMPLOYEES = 100_000;

export function emptySme(countryCode: string, province = ''): SmeValues {
  return {
    name: '',
    countryCode,
    province,
    sector: '',
    ownerGender: '',
    womenEmployees: '',
    menEmployees: '',
    registrationNumber: '',
    phone: '',
  };
}

export function emptySupport(supportedOn: string): SupportValues {
  return { kind: '', supportedOn, result: '' };
}

/** Form values from a stored SME, for the coordinator's edit form. */
export function smeValuesFrom(sme: {
  name: string;
  countryCode: string;
  province?: string | null;
  sector: SmeSector;
  ownerGender?: Gender | null;
  womenEmployees?: number | null;
  menEmployees?: number | null;
  registrationNumber?: string | null;
  phone?: string | null;
}): SmeValues {
  return {
    name: sme.name,
    countryCode: sme.countryCode,
    province: sme.province ?? '',
    sector: sme.sector,
    ownerGender: sme.ownerGender ?? '',
    womenEmployees: sme.womenEmployees == null ? '' : String(sme.womenEmployees),
    menEmployees: sme.menEmployees == null ? '' : String(sme.menEmployees),
    registrationNumber: sme.registrationNumber ?? '',
    // Stored as digits with the calling code; shown with the plus, as people write it.
    phone: sme.phone ? sme.phone.replace(/^(\d)/, '+$1') : '',
  };
}

function isCount(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || (/^\d+$/.test(trimmed) && Number(trimmed) <= MAX_EMPLOYEES);
}

/** What stops an SME from being saved, field by field (the server checks again). */
export function smeProblems(values: SmeValues): FormProblem<SmeField>[] {
  const problems: FormProblem<SmeField>[] = [];
  if (values.name.trim() === '') problems.push({ field: 'name', problem: 'required' });
  if (values.countryCode === '') problems.push({ field: 'countryCode', problem: 'required' });
  if (values.sector === '') problems.push({ field: 'sector', problem: 'required' });
  if (!isCount(values.womenEmployees)) problems.push({ field: 'womenEmployees', problem: 'number' });
  if (!isCount(values.menEmployees)) problems.push({ field: 'menEmployees', problem: 'number' });
  return problems;
}

export function supportProblems(values: SupportValues): FormProblem<SupportField>[] {
  const problems: FormProblem<SupportField>[] = [];
  if (values.kind === '') problems.push({ field: 'kind', problem: 'required' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.supportedOn)) problems.push({ field: 'supportedOn', problem: 'required' });
  return problems;
}

const orNull = (text: string): string | null => text.trim() || null;
const countOrNull = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));

/** A new SME for recordSmeSupport. Call after smeProblems() found nothing. */
export function toNewSmeInput(values: SmeValues): NewSmeInput {
  if (!isOneOf(smeSectors, values.sector)) throw new Error('An SME needs a sector.');
  return {
    name: values.name.trim().normalize('NFC'),
    countryCode: values.countryCode,
    province: orNull(values.province),
    sector: values.sector,
    ownerGender: isOneOf(genders, values.ownerGender) ? values.ownerGender : null,
    womenEmployees: countOrNull(values.womenEmployees),
    menEmployees: countOrNull(values.menEmployees),
    registrationNumber: orNull(values.registrationNumber),
    phone: orNull(values.phone),
  };
}

/** The coordinator's edit: every field is sent, so clearing one clears it on the server. */
export function toUpdateSmeInput(smeId: string, values: SmeValues): UpdateSmeInput {
  return { smeId, ...toNewSmeInput(values) };
}

/** What to look up while the leader types, or null while the name is too short to be worth it. */
export function toMatchInput(values: SmeValues): SmeMatchInput | null {
  const name = values.name.trim();
  if (name.length < MATCH_MIN_LENGTH || values.countryCode === '') return null;
  return {
    name: name.normalize('NFC'),
    countryCode: values.countryCode,
    province: orNull(values.province),
    registrationNumber: orNull(values.registrationNumber),
    phone: orNull(values.phone),
  };
}

/** The support part of recordSmeSupport's input. Call after supportProblems() found nothing. */
export function toSupportInput(values: SupportValues): { kind: SupportKind; supportedOn: string; result: string | null } {
  if (!isOneOf(supportKinds, values.kind)) throw new Error('Support needs a kind.');
  return { kind: values.kind, supportedOn: values.supportedOn, result: orNull(values.result) };
}

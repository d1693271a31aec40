import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { BadUserInputError } from '../common/errors';
import { OrganisationType } from '../common/enums';
import { paramList, reasonDetails } from '../common/problem';
import { searchKey } from '../common/text';
import { Organisation } from '../organisations/organisation.entity';
import { applyPersonFields } from '../people/person-fields';
import { Person } from '../people/person.entity';
import { readNomineeFile } from './nominee-file';
import { rowError, validateNomineeRow, type Nominee } from './nominee-row';
import { NomineeRowAction, type ImportNomineesPayload, type NomineeImportPreviewModel, type NomineeRowModel } from './models/nominee-import.model';

interface PlannedRow {
  row: NomineeRowModel;
  nominee: Nominee | null;
  person: Person | null;
}

interface Plan {
  preview: NomineeImportPreviewModel;
  rows: PlannedRow[];
}

/** Previews and imports nominee lists: every row checked before anything is saved, all or nothing. */
@Injectable()
export class NomineeImportService {
  constructor(private readonly em: EntityManager) {}

  async preview(fileName: string, contentBase64: string): Promise<NomineeImportPreviewModel> {
    return (await this.plan(this.em, fileName, contentBase64)).preview;
  }

  async import(fileName: string, contentBase64: string): Promise<ImportNomineesPayload> {
    return this.em.transactional(async (tx) => {
      const { preview, rows } = await this.plan(tx, fileName, contentBase64);
      if (!preview.canImport) {
        const problems = preview.fileErrors.length ? preview.fileErrors : [`${preview.invalidCount} row(s) have errors; fix them and upload again.`];
        throw new BadUserInputError(`Nothing was imported. ${problems.join(' ')}`, {
          invalidCount: preview.invalidCount,
          ...reasonDetails(preview.fileErrors.length ? 'NOTHING_IMPORTED_FILE' : 'NOTHING_IMPORTED_ROWS', { invalidCount: preview.invalidCount }),
        });
      }
      const organisations = new Map<string, Organisation>();
      const result = { created: 0, updated: 0, unchanged: 0, people: [] as Person[] };
      const listed = (person: Person | null | undefined) => {
        if (person && !result.people.includes(person)) result.people.push(person);
      };
      for (const { row, nominee, person } of rows) {
        if (!nominee || row.action === NomineeRowAction.UNCHANGED) {
          result.unchanged += 1;
          listed(person);
          continue;
        }
        const target = person ?? tx.create(Person, new Person(nominee.fullName, nominee.gender, nominee.countryCode, nominee.targetGroup));
        applyPersonFields(target, nominee);
        if (nominee.organisationName) {
          target.organisation = tx.getReference(Organisation, (await this.organisationFor(tx, nominee, organisations)).id, { wrapped: true });
        }
        if (row.action === NomineeRowAction.CREATE) result.created += 1;
        else result.updated += 1;
        listed(target);
      }
      await tx.flush();
      return result;
    });
  }

  private async plan(em: EntityManager, fileName: string, contentBase64: string): Promise<Plan> {
    const bytes = decodeBase64(contentBase64);
    const sheet = await readNomineeFile(fileName, bytes);
    const validated = sheet.rows.map(({ rowNumber, cells }) => ({ rowNumber, cells, ...validateNomineeRow(cells) }));
    const nominees = validated.flatMap((v) => (v.nominee ? [v.nominee] : []));

    // One query each for the people and organisations the file may refer to.
    const emails = [...new Set(nominees.flatMap((n) => (n.email ? [n.email] : [])))];
    const byEmail = new Map((emails.length ? await em.find(Person, { email: { $in: emails } }) : []).map((p) => [p.email!, p]));
    const nameKeys = [...new Set(nominees.filter((n) => !n.email).map((n) => searchKey(n.fullName)))];
    const byName = new Map<string, Person[]>();
    if (nameKeys.length) {
      for (const p of await em.find(Person, { countryCode: { $in: [...new Set(nominees.map((n) => n.countryCode))] } })) {
        const key = `${searchKey(p.fullName)}|${p.countryCode}`;
        byName.set(key, [...(byName.get(key) ?? []), p]);
      }
    }
    const orgKeys = [...new Set(nominees.flatMap((n) => (n.organisationName ? [searchKey(n.organisationName)] : [])))];
    const orgs = orgKeys.length ? await em.find(Organisation, { nameKey: { $in: orgKeys } }) : [];

    const seenEmails = new Map<string, number>();
    const seenNames = new Map<string, number>();
    const rows: PlannedRow[] = validated.map(({ rowNumber, cells, nominee, errors }) => {
      const errs = [...errors];
      let person: Person | null = null;
      let action = NomineeRowAction.INVALID;
      if (nominee) {
        const nameKey = `${searchKey(nominee.fullName)}|${nominee.countryCode}`;
        const duplicateOf = nominee.email ? seenEmails.get(nominee.email) : seenNames.get(nameKey);
        if (duplicateOf) errs.push(rowError(nominee.email ? 'email' : 'full_name', 'DUPLICATE_IN_FILE', `Same person as row ${duplicateOf}.`, { row: duplicateOf }));
        if (nominee.email) seenEmails.set(nominee.email, rowNumber);
        else seenNames.set(nameKey, rowNumber);

        if (nominee.email) person = byEmail.get(nominee.email) ?? null;
        else {
          const matches = byName.get(nameKey) ?? [];
          if (matches.length > 1) {
            const params = { people: matches.length, name: nominee.fullName, countryCode: nominee.countryCode };
            errs.push(rowError('full_name', 'NAME_AMBIGUOUS', `${matches.length} people named ${nominee.fullName} in ${nominee.countryCode}; add an email to say which.`, params));
          }
          person = matches.length === 1 ? matches[0] : null;
        }
        if (nominee.organisationName && !nominee.organisationType) {
          const known = orgs.some((o) => o.nameKey === searchKey(nominee.organisationName!) && o.countryCode === nominee.countryCode);
          if (!known) {
            const params = { organisation: nominee.organisationName };
            errs.push(rowError('organisation_type', 'ORGANISATION_TYPE_NEEDED', `${nominee.organisationName} is new: give its organisation_type.`, params));
          }
        }
        if (errs.length === 0) action = !person ? NomineeRowAction.CREATE : differs(person, nominee, orgs) ? NomineeRowAction.UPDATE : NomineeRowAction.UNCHANGED;
      }
      return {
        nominee: errs.length ? null : nominee,
        person,
        row: {
          rowNumber,
          fullName: nominee?.fullName ?? (cells.full_name || null),
          nativeName: nominee?.nativeName ?? (cells.native_name || null),
          email: nominee?.email ?? (cells.email || null),
          countryCode: nominee?.countryCode ?? (cells.country || null),
          organisationName: nominee?.organisationName ?? (cells.organisation || null),
          action: errs.length ? NomineeRowAction.INVALID : action,
          errors: errs.map(({ column, message, reason, params }) => ({ column, message, reason, params: paramList(params) })),
        },
      };
    });
    const invalidCount = rows.filter((r) => r.row.action === NomineeRowAction.INVALID).length;
    return {
      rows,
      preview: {
        rows: rows.map((r) => r.row),
        validCount: rows.length - invalidCount,
        invalidCount,
        fileErrors: sheet.fileErrors.map((error) => error.message),
        fileErrorDetails: sheet.fileErrors.map(({ message, reason, params }) => ({ message, reason, params: paramList(params) })),
        canImport: sheet.fileErrors.length === 0 && invalidCount === 0 && rows.length > 0,
      },
    };
  }

  private async organisationFor(em: EntityManager, nominee: Nominee, cache: Map<string, Organisation>): Promise<Organisation> {
    const key = `${searchKey(nominee.organisationName!)}|${nominee.countryCode}`;
    const cached = cache.get(key);
    if (cached) return cached;
    let organisation = await em.findOne(Organisation, { nameKey: searchKey(nominee.organisationName!), countryCode: nominee.countryCode });
    if (!organisation) {
      organisation = em.create(Organisation, new Organisation(nominee.organisationName!, nominee.organisationType ?? OrganisationType.OTHER, nominee.countryCode));
      organisation.province = nominee.province;
    }
    cache.set(key, organisation);
    return organisation;
  }
}

function decodeBase64(content: string): Buffer {
  const clean = content.replace(/^data:[^,]*,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) {
    throw new BadUserInputError('The file content is not valid base64.', { field: 'contentBase64', ...reasonDetails('FILE_NOT_BASE64') });
  }
  return Buffer.from(clean, 'base64');
}

/** Whether importing the nominee would change the stored person (blank cells leave fields as they are). */
function differs(person: Person, nominee: Nominee, orgs: Organisation[]): boolean {
  const pairs: [unknown, unknown][] = [
    [person.fullName, nominee.fullName],
    [person.gender, nominee.gender],
    [person.countryCode, nominee.countryCode],
    [person.targetGroup, nominee.targetGroup],
  ];
  const optional: [unknown, unknown][] = [
    [person.nativeName, nominee.nativeName],
    [person.province, nominee.province],
    [person.position, nominee.position],
    [person.phone, nominee.phone],
  ];
  if (pairs.some(([a, b]) => a !== b)) return true;
  if (optional.some(([a, b]) => b !== null && a !== b)) return true;
  if (nominee.organisationName) {
    const org = orgs.find((o) => o.nameKey === searchKey(nominee.organisationName!) && o.countryCode === nominee.countryCode);
    return !org || person.organisation?.id !== org.id;
  }
  return false;
}

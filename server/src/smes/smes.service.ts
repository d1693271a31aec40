import { EntityManager, type FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/request-context';
import { recordChange } from '../audit/change-log';
import { NotFoundError, ConflictError } from '../common/errors';
import { isUuid } from '../common/ids';
import { pageWindow, toPage, type Page } from '../common/pagination';
import { cleanOptional } from '../common/text';
import type { SmesArgs, UpdateSmeInput } from './dto/sme.input';
import { foldName, foldProvince, normaliseRegistrationNumber } from './matching';
import { SmeAccess } from './sme-access';
import { applySmeFields } from './sme-fields';
import { Sme, SmeSupport } from './sme.entity';

/** The fields a change record keeps of an SME (before and after an edit or a merge). */
export function smeFacts(sme: Sme): Record<string, unknown> {
  const { name, countryCode, province, sector, ownerGender, womenEmployees, menEmployees, registrationNumber, phone } = sme;
  return { name, countryCode, province, sector, ownerGender, womenEmployees, menEmployees, registrationNumber, phone };
}

/** The SME ledger: listing and finding SMEs within the viewer's scope, their supports and counts, and edits. */
@Injectable()
export class SmesService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: SmeAccess,
  ) {}

  async list(viewer: Viewer, args: SmesArgs): Promise<Page<Sme>> {
    const scope = this.access.scopeOf(viewer);
    const { offset, limit } = pageWindow(args);
    const filter = args.filter ?? {};
    const where: FilterQuery<Sme> = {};
    if (!filter.includeMerged) where.mergedInto = null;
    if (filter.countryCode) where.countryCode = filter.countryCode;
    if (filter.sector) where.sector = filter.sector;
    if (filter.province?.trim()) where.province = { $in: await this.spellingsOf(filter.province, filter.countryCode ?? null) };
    if (filter.search?.trim()) {
      const registrationNumber = normaliseRegistrationNumber(filter.search);
      where.$or = [{ matchName: { $like: `%${foldName(filter.search)}%` } }, ...(registrationNumber ? [{ registrationNumber }] : [])];
    }
    const query = (this.em as SqlEntityManager).createQueryBuilder(Sme, 's').where(where);
    const visible = this.access.visibleSql(scope, 's.id');
    if (visible) query.andWhere(visible.sql, visible.params);
    const [rows, total] = await query.orderBy({ matchName: 'asc', name: 'asc', id: 'asc' }).offset(offset).limit(limit).getResultAndCount();
    return toPage(rows, total, offset);
  }

  /** An SME the viewer may see; NOT_FOUND for an unknown id and for one outside their scope alike. */
  async find(viewer: Viewer, id: string): Promise<Sme> {
    const sme = isUuid(id) ? await this.em.findOne(Sme, { id }) : null;
    if (!sme || !(await this.access.visibleIds(viewer, [sme.id])).has(sme.id)) throw new NotFoundError('SME', id);
    return sme;
  }

  async get(id: string): Promise<Sme> {
    const sme = await this.em.findOne(Sme, { id });
    if (!sme) throw new NotFoundError('SME', id);
    return sme;
  }

  async byIds(ids: readonly string[]): Promise<Map<string, Sme>> {
    const rows = await this.em.find(Sme, { id: { $in: [...ids] } });
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Each SME's support records that the viewer may see, oldest first; one query. */
  async supportsOf(viewer: Viewer, smeIds: readonly string[]): Promise<Map<string, SmeSupport[]>> {
    const rows = await this.em.find(SmeSupport, { $and: [{ sme: { $in: [...smeIds] } }, this.access.supportFilter(this.access.scopeOf(viewer))] }, { orderBy: { supportedOn: 'asc', createdAt: 'asc', id: 'asc' } });
    const bySme = new Map<string, SmeSupport[]>();
    for (const row of rows) bySme.set(row.sme.id, [...(bySme.get(row.sme.id) ?? []), row]);
    return bySme;
  }

  /** How many different leaders supported each SME; one query. */
  async leaderCounts(smeIds: readonly string[]): Promise<Map<string, number>> {
    if (!smeIds.length) return new Map();
    const em = this.em as SqlEntityManager;
    const query = em
      .getKnex()
      .select('ss.sme_id as sme', em.getKnex().raw('count(distinct e.person_id) as leaders'))
      .from({ ss: 'sme_support' })
      .join({ e: 'enrolment' }, 'e.id', 'ss.enrolment_id')
      .whereIn('ss.sme_id', [...smeIds])
      .groupBy('ss.sme_id');
    const rows = await em.execute<{ sme: string; leaders: number | string }[]>(query);
    return new Map(rows.map((row) => [row.sme, Number(row.leaders)]));
  }

  async update(viewer: Viewer, input: UpdateSmeInput): Promise<Sme> {
    this.access.assertRunsProgramme(viewer);
    const sme = await this.get(input.smeId);
    if (sme.mergedInto) throw new ConflictError('This SME was merged into another; edit the one that stayed.', { mergedIntoId: sme.mergedInto.id });
    const before = smeFacts(sme);
    const province = input.province === undefined ? sme.province : await this.provinceAsLedgerSpellsIt(input.countryCode ?? sme.countryCode, input.province);
    await this.em.transactional((em) => {
      applySmeFields(sme, input);
      sme.province = province;
      recordChange(em, { actor: viewer.user, subjectType: 'sme', subjectId: sme.id, cohortId: null, action: 'updated', before, after: smeFacts(sme) });
      em.persist(sme);
    });
    return sme;
  }

  /**
   * A province as the ledger already spells it in that country ("siem reap province" → "Siem Reap"),
   * so SQL can group SMEs by province; a province new to the ledger is kept as written (NFC).
   */
  async provinceAsLedgerSpellsIt(countryCode: string, province: string | null | undefined): Promise<string | null> {
    const cleaned = cleanOptional(province);
    if (!cleaned) return null;
    return (await this.spellingsOf(cleaned, countryCode))[0] ?? cleaned;
  }

  /** The spellings in the ledger of the same province (by folded name), most used first. */
  private async spellingsOf(province: string, countryCode: string | null): Promise<string[]> {
    const em = this.em as SqlEntityManager;
    const query = em
      .getKnex()
      .select('province', em.getKnex().raw('count(*) as n'))
      .from('sme')
      .whereNotNull('province')
      .groupBy('province');
    if (countryCode) query.where('country_code', countryCode.toUpperCase());
    const rows = await em.execute<{ province: string; n: number | string }[]>(query);
    const wanted = foldProvince(province);
    return rows
      .filter((row) => foldProvince(row.province) === wanted)
      .sort((a, b) => Number(b.n) - Number(a.n) || a.province.localeCompare(b.province))
      .map((row) => row.province);
  }
}

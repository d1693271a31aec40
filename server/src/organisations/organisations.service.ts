import { EntityManager, raw, type FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { Person } from '../people/person.entity';
import { Injectable } from '@nestjs/common';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors';
import { isUuid } from '../common/ids';
import { reasonDetails } from '../common/problem';
import { pageWindow, toPage, type Page } from '../common/pagination';
import { cleanOptional, cleanText, searchKey } from '../common/text';
import { likePattern } from '../people/people.service';
import type { CreateOrganisationInput, OrganisationsArgs, UpdateOrganisationInput } from './dto/organisation.input';
import { Organisation } from './organisation.entity';

@Injectable()
export class OrganisationsService {
  constructor(private readonly em: EntityManager) {}

  async list(args: OrganisationsArgs): Promise<Page<Organisation>> {
    const { offset, limit } = pageWindow(args);
    const filter = args.filter ?? {};
    const where: FilterQuery<Organisation> = {};
    if (filter.search?.trim()) where.nameKey = { $like: likePattern(filter.search) };
    if (filter.countryCode) where.countryCode = filter.countryCode.toUpperCase();
    if (filter.type) where.type = filter.type;
    const [rows, total] = await this.em.findAndCount(Organisation, where, { orderBy: { name: 'asc', id: 'asc' }, offset, limit });
    return toPage(rows, total, offset);
  }

  find(id: string): Promise<Organisation | null> {
    return isUuid(id) ? this.em.findOne(Organisation, { id }) : Promise.resolve(null);
  }

  async create(input: CreateOrganisationInput): Promise<Organisation> {
    const organisation = new Organisation(cleanText(input.name), input.type, input.countryCode.toUpperCase());
    organisation.province = cleanOptional(input.province);
    await this.ensureNameFree(organisation, null);
    await this.em.persistAndFlush(organisation);
    return organisation;
  }

  async update(input: UpdateOrganisationInput): Promise<Organisation> {
    const organisation = await this.find(input.id);
    if (!organisation) throw new NotFoundError('Organisation', input.id);
    if (input.name === null || input.type === null || input.countryCode === null) {
      throw new BadUserInputError('Name, type and country cannot be empty.', reasonDetails('ORGANISATION_FIELDS_REQUIRED'));
    }
    if (input.name !== undefined) organisation.rename(cleanText(input.name));
    if (input.type !== undefined) organisation.type = input.type;
    if (input.countryCode !== undefined) organisation.countryCode = input.countryCode.toUpperCase();
    if (input.province !== undefined) organisation.province = cleanOptional(input.province);
    await this.ensureNameFree(organisation, organisation.id);
    await this.em.flush();
    return organisation;
  }

  /** People counts for many organisations in one query (the list screen asks for each row). */
  async peopleCounts(ids: readonly string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = await (this.em as SqlEntityManager)
      .createQueryBuilder(Person, 'p')
      .select(['p.organisation', raw('count(*) as n')])
      .where({ organisation: { $in: [...ids] } })
      .groupBy('p.organisation')
      .execute<{ organisation: string; n: number | string }[]>('all', true);
    return new Map(rows.map((row) => [row.organisation, Number(row.n)]));
  }

  private async ensureNameFree(organisation: Organisation, exceptId: string | null): Promise<void> {
    const other = await this.em.findOne(Organisation, {
      nameKey: searchKey(organisation.name),
      countryCode: organisation.countryCode,
      ...(exceptId ? { id: { $ne: exceptId } } : {}),
    });
    if (other) {
      const { name, countryCode } = organisation;
      throw new ConflictError(`${name} (${countryCode}) already exists.`, {
        field: 'name',
        ...reasonDetails('ORGANISATION_EXISTS', { name, countryCode }),
      });
    }
  }
}

import { EntityManager, type FilterQuery } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError } from '../common/errors';
import { reasonDetails } from '../common/problem';
import { pageWindow, toPage, type Page } from '../common/pagination';
import { searchKey } from '../common/text';
import { isUuid } from '../common/ids';
import { Organisation } from '../organisations/organisation.entity';
import type { PeopleArgs } from './dto/people.args';
import type { CreatePersonInput, UpdatePersonInput } from './dto/person.input';
import { applyPersonFields } from './person-fields';
import { Person } from './person.entity';

export function likePattern(text: string): string {
  return `%${searchKey(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

@Injectable()
export class PeopleService {
  constructor(private readonly em: EntityManager) {}

  async list(args: PeopleArgs): Promise<Page<Person>> {
    const { offset, limit } = pageWindow(args);
    const filter = args.filter ?? {};
    const where: FilterQuery<Person> = {};
    if (filter.search?.trim()) where.searchText = { $like: likePattern(filter.search) };
    if (filter.countryCode) where.countryCode = filter.countryCode.toUpperCase();
    if (filter.gender) where.gender = filter.gender;
    if (filter.targetGroup) where.targetGroup = filter.targetGroup;
    if (filter.organisationId) where.organisation = filter.organisationId;
    if (filter.organisationType) where.organisation = { ...(filter.organisationId ? { id: filter.organisationId } : {}), type: filter.organisationType };
    const [people, total] = await this.em.findAndCount(Person, where, { orderBy: { fullName: 'asc', id: 'asc' }, offset, limit });
    return toPage(people, total, offset);
  }

  /** Null for an unknown or malformed id: the caller asked for something that is not there. */
  find(id: string): Promise<Person | null> {
    return isUuid(id) ? this.em.findOne(Person, { id }) : Promise.resolve(null);
  }

  async get(id: string): Promise<Person> {
    const person = await this.em.findOne(Person, { id });
    if (!person) throw new NotFoundError('Person', id);
    return person;
  }

  async create(input: CreatePersonInput): Promise<Person> {
    const person = new Person(input.fullName, input.gender, input.countryCode, input.targetGroup);
    applyPersonFields(person, input);
    await this.setOrganisation(person, input.organisationId);
    await this.ensureEmailFree(person.email, null);
    await this.em.persistAndFlush(person);
    return person;
  }

  async update(input: UpdatePersonInput): Promise<Person> {
    const person = await this.get(input.id);
    applyPersonFields(person, input);
    await this.setOrganisation(person, input.organisationId);
    await this.ensureEmailFree(person.email, person.id);
    await this.em.flush();
    return person;
  }

  private async setOrganisation(person: Person, organisationId: string | null | undefined): Promise<void> {
    if (organisationId === undefined) return;
    if (organisationId === null) {
      person.organisation = null;
      return;
    }
    const organisation = await this.em.findOne(Organisation, { id: organisationId });
    if (!organisation) throw new NotFoundError('Organisation', organisationId);
    person.organisation = this.em.getReference(Organisation, organisation.id, { wrapped: true });
  }

  private async ensureEmailFree(email: string | null, exceptId: string | null): Promise<void> {
    if (!email) return;
    const other = await this.em.findOne(Person, { email, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
    if (other) throw new ConflictError(`Another person already uses ${email}.`, { field: 'email', ...reasonDetails('EMAIL_TAKEN', { email }) });
  }
}

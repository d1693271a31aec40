import { EntityManager } from '@mikro-orm/core';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../auth/request-context';
import { UserModel } from '../users/models/user.model';
import type { User } from '../users/user.entity';
import { AuditService } from './audit.service';
import type { ChangeRecord } from './change-record.entity';
import { fieldChanges } from './history';
import { ChangeRecordModel, FieldChangeModel } from './models/change-record.model';
import { PersonModel } from '../people/models/person.model';
import { Person } from '../people/person.entity';

@Resolver(() => ChangeRecordModel)
export class ChangeRecordsResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly em: EntityManager,
  ) {}

  @ResolveField(() => UserModel, { nullable: true, description: 'Who made the change; null for the system.' })
  actor(@Parent() record: ChangeRecord, @Context() ctx: GqlContext): Promise<User | null> | null {
    return record.actor ? ctx.loaders.get('user.byId', (ids) => this.audit.users(ids), null as User | null).load(record.actor.id) : null;
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Whom the change is about.' })
  person(@Parent() record: ChangeRecord, @Context() ctx: GqlContext): Promise<Person | null> | null {
    if (!record.personId) return null;
    return ctx.loaders
      .get('person.byId', async (ids) => new Map((await this.em.find(Person, { id: { $in: [...ids] } })).map((p) => [p.id, p])), null as Person | null)
      .load(record.personId);
  }

  @ResolveField(() => [FieldChangeModel], { description: 'Each changed field, old → new.' })
  changes(@Parent() record: ChangeRecord): FieldChangeModel[] {
    return fieldChanges(record);
  }
}

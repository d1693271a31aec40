import { Entity, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { Role } from '../common/enums';
import { Person } from '../people/person.entity';

@Entity({ tableName: 'user_account' })
export class User extends BaseEntity<'active' | 'person' | 'lastSignedInAt'> {
  /** Lower-case. */
  @Property({ unique: true })
  email: string;

  /** argon2id; never leaves the server (the GraphQL `User` type has no such field). */
  @Property({ type: 'text', hidden: true })
  passwordHash: string;

  @Property({ type: 'json' })
  roles: Role[];

  @Property()
  active = true;

  @ManyToOne(() => Person, { ref: true, nullable: true, unique: true, deleteRule: 'set null' })
  person: Ref<Person> | null = null;

  @Property({ type: 'datetime', nullable: true })
  lastSignedInAt: Date | null = null;

  constructor(email: string, passwordHash: string, roles: Role[]) {
    super();
    this.email = email;
    this.passwordHash = passwordHash;
    this.roles = roles;
  }

  hasAnyRole(roles: readonly Role[]): boolean {
    return this.roles.some((role) => roles.includes(role));
  }
}

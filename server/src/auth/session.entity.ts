import { Entity, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { User } from '../users/user.entity';

/** A signed-in browser or API client. Only a keyed hash of the token is stored. */
@Entity({ tableName: 'user_session' })
export class Session extends BaseEntity<'userAgent'> {
  @Property({ unique: true })
  tokenHash: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user: Ref<User>;

  /** Absolute expiry: the session ends then however active it is. */
  @Property({ type: 'datetime' })
  expiresAt: Date;

  /** Idle expiry is counted from here. */
  @Property({ type: 'datetime' })
  lastSeenAt: Date;

  @Property({ nullable: true, length: 512 })
  userAgent: string | null = null;

  constructor(tokenHash: string, user: Ref<User>, expiresAt: Date, now: Date) {
    super();
    this.tokenHash = tokenHash;
    this.user = user;
    this.expiresAt = expiresAt;
    this.lastSeenAt = now;
  }
}

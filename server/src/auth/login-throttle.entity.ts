import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Failed sign-ins per account (`email:…`) and per address (`ip:…`). Kept in the database, not in
 * memory, so every instance behind a load balancer sees the same count.
 */
@Entity({ tableName: 'login_throttle' })
export class LoginThrottle {
  @PrimaryKey()
  key: string;

  @Property()
  failures = 0;

  @Property({ type: 'datetime' })
  windowStartedAt: Date;

  @Property({ type: 'datetime', nullable: true })
  lockedUntil: Date | null = null;

  constructor(key: string, now: Date) {
    this.key = key;
    this.windowStartedAt = now;
  }
}

import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { UnauthenticatedError } from '../common/errors';
import { LoginThrottle } from './login-throttle.entity';

export const THROTTLE_WINDOW_MS = 15 * 60_000;
/** Failures after which each further attempt waits a little longer. */
export const SLOW_AFTER = 3;
/** Failures after which sign-in is refused until the lock ends. */
export const LOCK_AFTER = 10;
export const LOCK_MS = 15 * 60_000;
const MAX_DELAY_MS = 2_000;

export function throttleKeys(email: string, address: string): string[] {
  return [`email:${email}`, `ip:${address}`];
}

/** How long to hold a request for a key with this many recent failures. */
export function delayFor(failures: number): number {
  return failures < SLOW_AFTER ? 0 : Math.min(MAX_DELAY_MS, (failures - SLOW_AFTER + 1) * 250);
}

/** Slows, then refuses, repeated failed sign-ins per account and per client address. */
@Injectable()
export class LoginThrottleService {
  constructor(private readonly em: EntityManager) {}

  /** Throws while locked; otherwise returns how long to wait before checking the password. */
  async check(keys: string[], now: Date): Promise<number> {
    const rows = await this.em.find(LoginThrottle, { key: { $in: keys } });
    let delay = 0;
    for (const row of rows) {
      if (row.lockedUntil && row.lockedUntil > now) {
        const minutes = Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 60_000);
        throw new UnauthenticatedError(
          `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
          { reason: 'LOCKED', retryAfterSeconds: Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 1000) },
        );
      }
      if (now.getTime() - row.windowStartedAt.getTime() <= THROTTLE_WINDOW_MS) delay = Math.max(delay, delayFor(row.failures));
    }
    return delay;
  }

  async recordFailure(keys: string[], now: Date): Promise<void> {
    const fork = this.em.fork();
    const rows = await fork.find(LoginThrottle, { key: { $in: keys } });
    for (const key of keys) {
      let row = rows.find((r) => r.key === key);
      if (!row) {
        row = new LoginThrottle(key, now);
        fork.persist(row);
      }
      if (now.getTime() - row.windowStartedAt.getTime() > THROTTLE_WINDOW_MS) {
        row.windowStartedAt = now;
        row.failures = 0;
        row.lockedUntil = null;
      }
      row.failures += 1;
      if (row.failures >= LOCK_AFTER) row.lockedUntil = new Date(now.getTime() + LOCK_MS);
    }
    await fork.flush();
  }

  /** A successful sign-in clears the account's count (not the address's: one good password must not unlock guessing others). */
  async recordSuccess(email: string): Promise<void> {
    await this.em.fork().nativeDelete(LoginThrottle, { key: `email:${email}` });
  }
}

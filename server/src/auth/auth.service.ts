import { setTimeout as sleep } from 'node:timers/promises';
import { EntityManager } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { UnauthenticatedError } from '../common/errors';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { User } from '../users/user.entity';
import { LoginThrottleService, throttleKeys } from './login-throttle.service';
import { dummyHash, verifyPassword } from './passwords';
import type { Viewer } from './request-context';
import { Session } from './session.entity';
import { hashSessionToken, newSessionToken } from './session-tokens';

/** lastSeenAt is written at most this often, so reads do not each cost a write. */
const TOUCH_INTERVAL_MS = 60_000;

export interface SignIn {
  token: string;
  user: User;
  expiresAt: Date;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly throttle: LoginThrottleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(emailInput: string, password: string, address: string, userAgent: string | null, now = new Date()): Promise<SignIn> {
    const email = emailInput.trim().toLowerCase();
    const keys = throttleKeys(email, address);
    const delay = await this.throttle.check(keys, now);
    if (delay > 0) await sleep(delay);

    const user = await this.em.findOne(User, { email }, { populate: ['passwordHash'] });
    const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyPassword(await dummyHash(), password);
    if (!user || !ok || !user.active) {
      await this.throttle.recordFailure(keys, now);
      throw new UnauthenticatedError(
        user && ok && !user.active ? 'This account has been deactivated.' : 'Email or password is incorrect.',
        { reason: 'INVALID_CREDENTIALS' },
      );
    }
    await this.throttle.recordSuccess(email);

    const token = newSessionToken();
    const expiresAt = new Date(now.getTime() + this.config.sessionAbsoluteDays * 86_400_000);
    const session = new Session(hashSessionToken(token, this.config.sessionSecret), this.em.getReference(User, user.id, { wrapped: true }), expiresAt, now);
    session.userAgent = userAgent?.slice(0, 512) ?? null;
    user.lastSignedInAt = now;
    await this.em.persistAndFlush(session);
    return { token, user, expiresAt };
  }

  /** The signed-in user for a token, or null when it is unknown, expired, idle too long or the user is inactive. */
  async authenticate(token: string, now = new Date()): Promise<Viewer | null> {
    const session = await this.em.findOne(Session, { tokenHash: hashSessionToken(token, this.config.sessionSecret) }, { populate: ['user'] });
    if (!session) return null;
    const idleLimit = session.lastSeenAt.getTime() + this.config.sessionIdleHours * 3_600_000;
    const user = session.user.getEntity();
    if (session.expiresAt <= now || idleLimit <= now.getTime() || !user.active) {
      await this.em.removeAndFlush(session);
      return null;
    }
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: now });
    }
    return { user, session };
  }

  async logout(session: Session): Promise<void> {
    await this.em.nativeDelete(Session, { id: session.id });
  }

  async endAllSessions(userId: string): Promise<number> {
    return this.em.nativeDelete(Session, { user: userId });
  }
}

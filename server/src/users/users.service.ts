import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { AuthService } from '../auth/auth.service';
import { BadUserInputError, NotFoundError } from '../common/errors';
import { Role } from '../common/enums';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    private readonly em: EntityManager,
    private readonly auth: AuthService,
  ) {}

  list(): Promise<User[]> {
    return this.em.find(User, {}, { orderBy: { email: 'asc' } });
  }

  /** Roles are a JSON list, so the (short) list of active accounts is filtered here. */
  async trainers(): Promise<User[]> {
    const users = await this.em.find(User, { active: true }, { populate: ['person'], orderBy: { email: 'asc' } });
    return users.filter((user) => user.roles.includes(Role.TRAINER)).sort((a, b) => (a.person?.getEntity().fullName ?? a.email).localeCompare(b.person?.getEntity().fullName ?? b.email));
  }

  /** Deactivating signs the user out everywhere at once. */
  async setActive(actor: User, userId: string, active: boolean): Promise<{ user: User; sessionsEnded: number }> {
    const user = await this.em.findOne(User, { id: userId });
    if (!user) throw new NotFoundError('User', userId);
    if (user.id === actor.id && !active) throw new BadUserInputError('You cannot deactivate your own account.');
    user.active = active;
    await this.em.flush();
    const sessionsEnded = active ? 0 : await this.auth.endAllSessions(user.id);
    return { user, sessionsEnded };
  }
}

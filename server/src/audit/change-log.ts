import type { EntityManager, Ref } from '@mikro-orm/core';
import type { User } from '../users/user.entity';
import { ChangeRecord } from './change-record.entity';

export type SubjectType = 'cohort' | 'session' | 'enrolment' | 'attendance' | 'assessment-result' | 'action-plan' | 'certificate' | 'sme';

export interface Change {
  actor: Ref<User> | User | null;
  subjectType: SubjectType;
  subjectId: string;
  cohortId: string | null;
  personId?: string | null;
  action: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * Adds one line to the change history. Call it inside the transaction that makes the change, so
 * the history and the change are saved together or not at all.
 */
export function recordChange(em: EntityManager, change: Change): void {
  const actor = change.actor ? em.getReference<User>('User', change.actor.id, { wrapped: true }) : null;
  em.persist(
    new ChangeRecord({
      actor,
      subjectType: change.subjectType,
      subjectId: change.subjectId,
      cohortId: change.cohortId,
      personId: change.personId ?? null,
      action: change.action,
      before: change.before ?? null,
      after: change.after ?? null,
    }),
  );
}

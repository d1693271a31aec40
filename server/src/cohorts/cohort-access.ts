import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { PROGRAMME_STAFF } from '../auth/access.decorator';
import type { Viewer } from '../auth/request-context';
import { Role } from '../common/enums';
import { ForbiddenError } from '../common/errors';
import { Cohort } from './cohort.entity';

/** Coordinators and admins run every cohort. */
export function runsProgramme(viewer: Viewer): boolean {
  return viewer.user.hasAnyRole(PROGRAMME_STAFF);
}

/**
 * Who may do what with a cohort. Coordinators and admins: everything. Trainers: the cohorts they
 * teach. Everyone else acts only on their own enrolment, which the enrolment services check.
 */
@Injectable()
export class CohortAccess {
  constructor(private readonly em: EntityManager) {}

  /** The cohorts (of these) the viewer teaches. One query whatever the number of cohorts. */
  async taughtBy(viewer: Viewer, cohortIds: readonly string[]): Promise<Set<string>> {
    if (!viewer.user.roles.includes(Role.TRAINER) || cohortIds.length === 0) return new Set();
    const rows = await this.em.find(Cohort, { id: { $in: [...new Set(cohortIds)] }, trainers: viewer.user.id }, { fields: ['id'] });
    return new Set(rows.map((row) => row.id));
  }

  async mayTeach(viewer: Viewer, cohortId: string): Promise<boolean> {
    return runsProgramme(viewer) || (await this.taughtBy(viewer, [cohortId])).has(cohortId);
  }

  /** Recording attendance, scores and reviews: the cohort's trainers, coordinators and admins. */
  async assertMayTeach(viewer: Viewer, cohortIds: readonly string[]): Promise<void> {
    if (runsProgramme(viewer)) return;
    const taught = await this.taughtBy(viewer, cohortIds);
    if (cohortIds.some((id) => !taught.has(id))) {
      throw new ForbiddenError('Only the trainers of this cohort and programme coordinators may do this.');
    }
  }
}

import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../auth/request-context';
import { CohortAccess, runsProgramme } from '../../cohorts/cohort-access';
import { Role } from '../../common/enums';
import { ForbiddenError } from '../../common/errors';

/** How a learning or participation report may be shown to one reader. */
export interface LearningReader {
  /** Small cells suppressed (viewers). */
  aggregatesOnly: boolean;
  /** May see participants by name (below-threshold list, heatmap rows per person). */
  mayName: boolean;
}

/**
 * Who reads learning results and participation: coordinators and admins everything; a trainer the
 * cohort they teach (named in the filter), with names; viewers aggregates only, without names.
 */
@Injectable()
export class LearningReaders {
  constructor(private readonly access: CohortAccess) {}

  async of(viewer: Viewer, cohortId: string | undefined): Promise<LearningReader> {
    if (runsProgramme(viewer)) return { aggregatesOnly: false, mayName: true };
    if (cohortId && viewer.user.roles.includes(Role.TRAINER) && (await this.access.taughtBy(viewer, [cohortId])).has(cohortId))
      return { aggregatesOnly: false, mayName: true };
    if (viewer.user.roles.includes(Role.VIEWER)) return { aggregatesOnly: true, mayName: false };
    throw new ForbiddenError(
      viewer.user.roles.includes(Role.TRAINER)
        ? 'Trainers see the results of a cohort they teach: give its cohortId in the filter.'
        : 'Only programme staff, viewers and a cohort’s trainers see these results.',
    );
  }
}

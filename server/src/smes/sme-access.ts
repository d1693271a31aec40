import { EntityManager, type FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/request-context';
import { runsProgramme } from '../cohorts/cohort-access';
import { Role } from '../common/enums';
import { ForbiddenError } from '../common/errors';
import type { Enrolment } from '../enrolments/enrolment.entity';
import type { SmeSupport } from './sme.entity';

/** Whose SMEs a viewer sees: all (staff), or those supported in the cohorts a trainer teaches and by the trainee. */
export interface SmeScope {
  all: boolean;
  /** Set for a trainer: SMEs supported by leaders enrolled in the cohorts this user teaches. */
  trainerId: string | null;
  /** Set for a trainee: SMEs this person supported. */
  personId: string | null;
}

/**
 * Who may see which SMEs. Coordinators and admins: all. Trainers: those supported by leaders in the
 * cohorts they teach. Trainees: those they supported. Viewers: none (phones and owners are personal
 * data; they get the M&E aggregates). Of an SME outside their scope, a trainee choosing among
 * matches sees only its name, country, province, sector and leader count (see SmesResolver).
 */
@Injectable()
export class SmeAccess {
  constructor(private readonly em: EntityManager) {}

  /** The viewer's scope; FORBIDDEN for anyone who may see no SME at all. */
  scopeOf(viewer: Viewer): SmeScope {
    if (runsProgramme(viewer)) return { all: true, trainerId: null, personId: null };
    const trainer = viewer.user.roles.includes(Role.TRAINER);
    const trainee = viewer.user.roles.includes(Role.TRAINEE);
    if (!trainer && !trainee) throw new ForbiddenError('The SME ledger is for programme staff, trainers and the leaders who record it.');
    return { all: false, trainerId: trainer ? viewer.user.id : null, personId: trainee ? (viewer.user.person?.id ?? null) : null };
  }

  /** A SQL condition on `column` (an SME id) that holds for SMEs in scope; null when everything is. */
  visibleSql(scope: SmeScope, column: string): { sql: string; params: string[] } | null {
    if (scope.all) return null;
    const parts: string[] = [];
    const params: string[] = [];
    if (scope.trainerId) {
      parts.push(`${column} in (select ss.sme_id from sme_support ss join enrolment e on e.id = ss.enrolment_id join cohort_trainer ct on ct.cohort_id = e.cohort_id where ct.user_id = ?)`);
      params.push(scope.trainerId);
    }
    if (scope.personId) {
      parts.push(`${column} in (select ss.sme_id from sme_support ss join enrolment e on e.id = ss.enrolment_id where e.person_id = ?)`);
      params.push(scope.personId);
    }
    return { sql: parts.length ? `(${parts.join(' or ')})` : '1 = 0', params };
  }

  /** The support records in scope, as a filter on SmeSupport. */
  supportFilter(scope: SmeScope): FilterQuery<SmeSupport> {
    if (scope.all) return {};
    const or: FilterQuery<SmeSupport>[] = [];
    if (scope.trainerId) or.push({ enrolment: { cohort: { trainers: scope.trainerId } } });
    if (scope.personId) or.push({ enrolment: { person: scope.personId } });
    return or.length ? { $or: or } : { id: { $in: [] } };
  }

  /** Which of these SMEs the viewer sees in full. One query whatever the number (none for staff). */
  async visibleIds(viewer: Viewer, smeIds: readonly string[]): Promise<Set<string>> {
    const visible = this.visibleSql(this.scopeOf(viewer), 's.id');
    if (!smeIds.length || !visible) return new Set(smeIds);
    const em = this.em as SqlEntityManager;
    const query = em
      .getKnex()
      .select('s.id')
      .from({ s: 'sme' })
      .whereIn('s.id', [...new Set(smeIds)])
      .whereRaw(visible.sql, visible.params);
    const rows = await em.execute<{ id: string }[]>(query);
    return new Set(rows.map((row) => row.id));
  }

  /** Editing, merging and judging duplicates: coordinators and admins. */
  assertRunsProgramme(viewer: Viewer): void {
    if (!runsProgramme(viewer)) throw new ForbiddenError('Only programme coordinators and admins may do this.');
  }

  /** Recording support and matching SMEs for it: leaders (trainees), coordinators and admins. */
  assertRecords(viewer: Viewer): void {
    if (!runsProgramme(viewer) && !viewer.user.roles.includes(Role.TRAINEE)) throw new ForbiddenError('Only the leaders who record SME support, and coordinators, may do this.');
  }

  /** Recording or removing support: the leader whose enrolment it is, coordinators and admins. */
  assertMayRecord(viewer: Viewer, enrolment: Enrolment): void {
    this.assertRecords(viewer);
    if (runsProgramme(viewer)) return;
    if (enrolment.person.id !== viewer.user.person?.id) throw new ForbiddenError('Only the leader who wrote the progress report, or a coordinator, may record its SME support.');
  }
}

import { EntityManager, LockMode } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/request-context';
import { recordChange } from '../audit/change-log';
import { CohortAccess, runsProgramme } from '../cohorts/cohort-access';
import { Cohort } from '../cohorts/cohort.entity';
import { CohortsService, isEnrolmentOpen, SEAT_HOLDING } from '../cohorts/cohorts.service';
import { EnrolmentDecision, EnrolmentStatus } from '../common/enums';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors';
import { isUuid } from '../common/ids';
import { decodeCursor, toPage, type Page } from '../common/pagination';
import { cleanLongText, cleanText } from '../common/text';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { Person } from '../people/person.entity';
import type { DecideEnrolmentInput, EnrolmentsArgs, EnrolPeopleInput, WithdrawEnrolmentInput } from './dto/enrolment.input';
import { Enrolment } from './enrolment.entity';

const DECISIONS: Record<EnrolmentDecision, EnrolmentStatus> = {
  [EnrolmentDecision.APPROVE]: EnrolmentStatus.APPROVED,
  [EnrolmentDecision.REJECT]: EnrolmentStatus.REJECTED,
  [EnrolmentDecision.WAITLIST]: EnrolmentStatus.WAITLISTED,
};

/** Statuses a coordinator can still decide on; withdrawn and completed enrolments are final. */
const DECIDABLE = [EnrolmentStatus.PENDING, EnrolmentStatus.WAITLISTED, EnrolmentStatus.REJECTED, EnrolmentStatus.APPROVED];
const WITHDRAWABLE = [EnrolmentStatus.PENDING, EnrolmentStatus.WAITLISTED, EnrolmentStatus.APPROVED];

@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly em: EntityManager,
    private readonly cohorts: CohortsService,
    private readonly access: CohortAccess,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async mine(viewer: Viewer): Promise<Enrolment[]> {
    const personId = viewer.user.person?.id;
    if (!personId) return [];
    const enrolments = await this.em.find(Enrolment, { person: personId }, { populate: ['cohort'] });
    return enrolments.sort((a, b) => b.cohort.getEntity().startsOn.localeCompare(a.cohort.getEntity().startsOn));
  }

  /** A cohort's enrolments: all of them for its trainers and staff, only their own for anyone else. */
  async ofCohort(viewer: Viewer, cohort: Cohort, args: EnrolmentsArgs): Promise<Page<Enrolment>> {
    const offset = decodeCursor(args.after);
    const limit = args.first ?? 100;
    const where: Record<string, unknown> = { cohort: cohort.id };
    if (args.status?.length) where.status = { $in: args.status };
    if (!(await this.access.mayTeach(viewer, cohort.id))) {
      const personId = viewer.user.person?.id;
      if (!personId) return toPage([], 0, 0);
      where.person = personId;
    }
    const [rows, total] = await this.em.findAndCount(Enrolment, where, { populate: ['person'], orderBy: { person: { fullName: 'asc' }, id: 'asc' }, offset, limit });
    return toPage(rows, total, offset);
  }

  /** Null for an unknown id; FORBIDDEN for someone else's enrolment in a cohort the viewer does not teach. */
  async visible(viewer: Viewer, id: string): Promise<Enrolment | null> {
    if (!isUuid(id)) return null;
    const enrolment = await this.em.findOne(Enrolment, { id });
    if (!enrolment) return null;
    if (enrolment.person.id !== viewer.user.person?.id && !(await this.access.mayTeach(viewer, enrolment.cohort.id))) {
      throw new ForbiddenError('This enrolment is not yours.');
    }
    return enrolment;
  }

  async byIds(ids: readonly string[]): Promise<Map<string, Enrolment>> {
    const rows = await this.em.find(Enrolment, { id: { $in: [...ids] } });
    return new Map(rows.map((row) => [row.id, row]));
  }

  async apply(viewer: Viewer, cohortId: string, motivation: string | null | undefined, now = new Date()): Promise<Enrolment> {
    const personId = viewer.user.person?.id;
    if (!personId) throw new ForbiddenError('Your account is not linked to a participant profile; ask a coordinator to link it.');
    return this.em.transactional(async (em) => {
      const cohort = await this.lockCohort(em, cohortId);
      const existing = await em.findOne(Enrolment, { cohort: cohort.id, person: personId });
      if (existing && existing.status !== EnrolmentStatus.WITHDRAWN) {
        throw new ConflictError(`You have already applied to ${cohort.title}; your application is ${existing.status.toLowerCase()}.`, { status: existing.status });
      }
      const taken = (await this.cohorts.seatsTaken([cohort.id])).get(cohort.id) ?? 0;
      if (!isEnrolmentOpen(cohort, taken, now)) {
        throw new ConflictError(cohort.cancelled ? `${cohort.title} has been cancelled.` : taken >= cohort.capacity ? `${cohort.title} is full.` : `Applications for ${cohort.title} are closed.`);
      }
      const enrolment = existing ?? new Enrolment(em.getReference(Cohort, cohort.id, { wrapped: true }), em.getReference(Person, personId, { wrapped: true }));
      const before = existing ? { status: existing.status } : null;
      enrolment.status = EnrolmentStatus.PENDING;
      enrolment.motivation = cleanLongText(motivation);
      enrolment.reason = null;
      enrolment.decidedBy = null;
      enrolment.decidedAt = null;
      em.persist(enrolment);
      recordChange(em, { actor: viewer.user, subjectType: 'enrolment', subjectId: enrolment.id, cohortId: cohort.id, personId, action: 'applied', before, after: { status: EnrolmentStatus.PENDING } });
      return enrolment;
    });
  }

  async decide(viewer: Viewer, input: DecideEnrolmentInput): Promise<Enrolment> {
    const reason = input.reason ? cleanText(input.reason) : '';
    if (input.decision === EnrolmentDecision.REJECT && !reason) throw new BadUserInputError('Give a reason for the rejection; the applicant will see it.', { field: 'reason' });
    return this.em.transactional(async (em) => {
      const found = await em.findOne(Enrolment, { id: input.enrolmentId });
      if (!found) throw new NotFoundError('Enrolment', input.enrolmentId);
      const cohort = await this.lockCohort(em, found.cohort.id);
      await em.refresh(found);
      const enrolment = found;
      if (!DECIDABLE.includes(enrolment.status)) throw new ConflictError(`This enrolment is ${enrolment.status.toLowerCase()}; it can no longer be decided.`, { status: enrolment.status });
      const status = DECISIONS[input.decision];
      if (status === EnrolmentStatus.APPROVED && enrolment.status !== EnrolmentStatus.APPROVED) {
        const taken = (await this.cohorts.seatsTaken([cohort.id])).get(cohort.id) ?? 0;
        if (taken >= cohort.capacity) {
          throw new ConflictError(`${cohort.title} is full (${taken} of ${cohort.capacity} places). Free a place or raise the capacity first.`, { capacity: cohort.capacity, taken });
        }
      }
      const before = { status: enrolment.status, reason: enrolment.reason };
      enrolment.status = status;
      enrolment.reason = status === EnrolmentStatus.APPROVED ? null : reason || null;
      enrolment.decidedBy = em.getReference('User', viewer.user.id, { wrapped: true }) as Enrolment['decidedBy'];
      enrolment.decidedAt = new Date();
      recordChange(em, { actor: viewer.user, subjectType: 'enrolment', subjectId: enrolment.id, cohortId: cohort.id, personId: enrolment.person.id, action: status.toLowerCase(), before, after: { status, reason: enrolment.reason } });
      return enrolment;
    });
  }

  /** The trainee withdraws their own enrolment; staff may withdraw anyone's. */
  async withdraw(viewer: Viewer, input: WithdrawEnrolmentInput): Promise<Enrolment> {
    return this.em.transactional(async (em) => {
      const enrolment = await em.findOne(Enrolment, { id: input.enrolmentId });
      if (!enrolment) throw new NotFoundError('Enrolment', input.enrolmentId);
      const own = enrolment.person.id === viewer.user.person?.id;
      if (!own && !runsProgramme(viewer)) throw new ForbiddenError('You can withdraw only your own enrolment.');
      if (!WITHDRAWABLE.includes(enrolment.status)) throw new ConflictError(`This enrolment is ${enrolment.status.toLowerCase()}; it cannot be withdrawn.`, { status: enrolment.status });
      const before = { status: enrolment.status, reason: enrolment.reason };
      enrolment.status = EnrolmentStatus.WITHDRAWN;
      enrolment.reason = input.reason ? cleanText(input.reason) || null : null;
      recordChange(em, { actor: viewer.user, subjectType: 'enrolment', subjectId: enrolment.id, cohortId: enrolment.cohort.id, personId: enrolment.person.id, action: 'withdrawn', before, after: { status: enrolment.status, reason: enrolment.reason } });
      return enrolment;
    });
  }

  /** Direct enrolment by a coordinator: all the people get a place, or none do. */
  async enrolPeople(viewer: Viewer, input: EnrolPeopleInput): Promise<{ enrolled: Enrolment[]; alreadyEnrolled: Person[] }> {
    const personIds = [...new Set(input.personIds)];
    return this.em.transactional(async (em) => {
      const cohort = await this.lockCohort(em, input.cohortId);
      if (cohort.cancelled) throw new ConflictError(`${cohort.title} has been cancelled.`);
      // In the order asked for, so the result reads like the list the coordinator chose.
      const people = (await em.find(Person, { id: { $in: personIds } })).sort((a, b) => personIds.indexOf(a.id) - personIds.indexOf(b.id));
      const missing = personIds.filter((id) => !people.some((person) => person.id === id));
      if (missing.length) throw new NotFoundError(`${missing.length === 1 ? 'Person' : `${missing.length} people`}`, missing.join(', '));
      const existing = new Map((await em.find(Enrolment, { cohort: cohort.id, person: { $in: personIds } })).map((e) => [e.person.id, e]));
      const already = people.filter((person) => SEAT_HOLDING.includes(existing.get(person.id)?.status as EnrolmentStatus));
      const toEnrol = people.filter((person) => !already.includes(person));
      const taken = (await this.cohorts.seatsTaken([cohort.id])).get(cohort.id) ?? 0;
      if (taken + toEnrol.length > cohort.capacity) {
        throw new ConflictError(`${cohort.title} has ${cohort.capacity - taken} places left; ${toEnrol.length} people cannot all be enrolled. Nobody was enrolled.`, { capacity: cohort.capacity, taken });
      }
      const enrolled = toEnrol.map((person) => {
        const enrolment = existing.get(person.id) ?? new Enrolment(em.getReference(Cohort, cohort.id, { wrapped: true }), em.getReference(Person, person.id, { wrapped: true }));
        const before = existing.has(person.id) ? { status: enrolment.status } : null;
        enrolment.status = EnrolmentStatus.APPROVED;
        enrolment.reason = null;
        enrolment.decidedBy = em.getReference('User', viewer.user.id, { wrapped: true }) as Enrolment['decidedBy'];
        enrolment.decidedAt = new Date();
        em.persist(enrolment);
        recordChange(em, { actor: viewer.user, subjectType: 'enrolment', subjectId: enrolment.id, cohortId: cohort.id, personId: person.id, action: 'enrolled', before, after: { status: EnrolmentStatus.APPROVED } });
        return enrolment;
      });
      return { enrolled, alreadyEnrolled: already };
    });
  }

  /**
   * Reads the cohort inside the transaction, locking its row on PostgreSQL so two coordinators
   * approving at once cannot overfill it (SQLite already runs one writer at a time).
   */
  private async lockCohort(em: EntityManager, cohortId: string): Promise<Cohort> {
    const lockMode = this.config.database.kind === 'postgresql' ? LockMode.PESSIMISTIC_WRITE : undefined;
    const cohort = await em.findOne(Cohort, { id: cohortId }, { lockMode, refresh: true });
    if (!cohort) throw new NotFoundError('Cohort', cohortId);
    return cohort;
  }
}

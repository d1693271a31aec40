import { EntityManager, raw, type FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/request-context';
import { AttendanceRecord } from '../attendance/attendance-record.entity';
import { recordChange } from '../audit/change-log';
import { addDays, programmeDate } from '../common/dates';
import { EnrolmentStatus, Role } from '../common/enums';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/errors';
import { isUuid } from '../common/ids';
import { reasonDetails } from '../common/problem';
import type { Locale } from '../common/locale';
import { CourseModule } from '../course-modules/course-module.entity';
import { Course } from '../courses/course.entity';
import { ATTENDED } from '../enrolments/completion';
import { Enrolment } from '../enrolments/enrolment.entity';
import { TrainingSession } from '../training-sessions/training-session.entity';
import { User } from '../users/user.entity';
import { runsProgramme } from './cohort-access';
import { Cohort } from './cohort.entity';
import type { CohortsArgs, CreateCohortInput, ScheduleSessionsInput, UpdateCohortInput, UpdateSessionInput } from './dto/cohort.input';

/** Enrolments that hold a place. */
export const SEAT_HOLDING = [EnrolmentStatus.APPROVED, EnrolmentStatus.COMPLETED];

/** The last day applications are taken: the window's close, or the day before the cohort starts. */
export function lastApplicationDay(cohort: Pick<Cohort, 'enrolmentClosesOn' | 'startsOn'>): string {
  return cohort.enrolmentClosesOn ?? addDays(cohort.startsOn, -1);
}

/** Open for applications: not cancelled, inside the window (programme time) and with a free place. */
export function isEnrolmentOpen(cohort: Pick<Cohort, 'cancelled' | 'enrolmentOpensOn' | 'enrolmentClosesOn' | 'startsOn' | 'capacity'>, seatsTaken: number, now: Date): boolean {
  const today = programmeDate(now);
  if (cohort.cancelled || seatsTaken >= cohort.capacity) return false;
  if (cohort.enrolmentOpensOn && today < cohort.enrolmentOpensOn) return false;
  return today <= lastApplicationDay(cohort);
}

function checkDates(startsOn: string, endsOn: string, opensOn: string | null, closesOn: string | null): void {
  if (endsOn < startsOn) throw new BadUserInputError('The cohort cannot end before it starts.', { field: 'endsOn' });
  if (opensOn && closesOn && closesOn < opensOn) throw new BadUserInputError('Enrolment cannot close before it opens.', { field: 'enrolmentClosesOn' });
  if (closesOn && closesOn > endsOn) throw new BadUserInputError('Enrolment must close before the cohort ends.', { field: 'enrolmentClosesOn' });
}

function checkSlot(startsAt: Date, endsAt: Date, index: number | null): void {
  const where = index === null ? '' : ` (session ${index + 1})`;
  if (endsAt <= startsAt) throw new BadUserInputError(`A session must end after it starts${where}.`, { field: 'endsAt', index });
  if (endsAt.getTime() - startsAt.getTime() > 24 * 60 * 60 * 1000) throw new BadUserInputError(`A session cannot last more than a day${where}.`, { field: 'endsAt', index });
}

@Injectable()
export class CohortsService {
  constructor(private readonly em: EntityManager) {}

  /** Cohorts the viewer may see: staff and viewers all; trainers those they teach; trainees open ones and their own. */
  async list(viewer: Viewer, args: CohortsArgs, now = new Date()): Promise<Cohort[]> {
    const where: FilterQuery<Cohort> = {};
    if (args.courseId) where.course = args.courseId;
    if (args.current) where.endsOn = { $gte: programmeDate(now) };
    const cohorts = await this.em.find(Cohort, where, { orderBy: { startsOn: 'desc', title: 'asc' } });
    return this.visible(viewer, cohorts, now);
  }

  async forCourses(viewer: Viewer, courseIds: readonly string[]): Promise<Map<string, Cohort[]>> {
    const cohorts = await this.em.find(Cohort, { course: { $in: [...courseIds] } }, { orderBy: { startsOn: 'desc', title: 'asc' } });
    const visible = await this.visible(viewer, cohorts, new Date());
    const byCourse = new Map<string, Cohort[]>();
    for (const cohort of visible) byCourse.set(cohort.course.id, [...(byCourse.get(cohort.course.id) ?? []), cohort]);
    return byCourse;
  }

  /** Null for an unknown id; FORBIDDEN for a cohort the viewer may not see. */
  async find(viewer: Viewer, id: string): Promise<Cohort | null> {
    if (!isUuid(id)) return null;
    const cohort = await this.em.findOne(Cohort, { id });
    if (!cohort) return null;
    const [visible] = await this.visible(viewer, [cohort], new Date());
    if (!visible) throw new ForbiddenError('This cohort is not one of yours.');
    return cohort;
  }

  async get(id: string): Promise<Cohort> {
    const cohort = await this.em.findOne(Cohort, { id });
    if (!cohort) throw new NotFoundError('Cohort', id);
    return cohort;
  }

  /** Places taken (approved or completed) per cohort, in one query. */
  async seatsTaken(cohortIds: readonly string[]): Promise<Map<string, number>> {
    if (!cohortIds.length) return new Map();
    const rows = await (this.em as SqlEntityManager)
      .createQueryBuilder(Enrolment, 'e')
      .select(['e.cohort', raw('count(*) as seats')])
      .where({ cohort: { $in: [...cohortIds] }, status: { $in: SEAT_HOLDING } })
      .groupBy('e.cohort')
      .execute<{ cohort: string; seats: string | number }[]>('all', true);
    return new Map(rows.map((row) => [row.cohort, Number(row.seats)]));
  }

  async sessionsOf(cohortIds: readonly string[]): Promise<Map<string, TrainingSession[]>> {
    const rows = await this.em.find(TrainingSession, { cohort: { $in: [...cohortIds] } }, { orderBy: { startsAt: 'asc' } });
    const byCohort = new Map<string, TrainingSession[]>();
    for (const row of rows) byCohort.set(row.cohort.id, [...(byCohort.get(row.cohort.id) ?? []), row]);
    return byCohort;
  }

  async trainersOf(cohortIds: readonly string[]): Promise<Map<string, User[]>> {
    const cohorts = await this.em.find(Cohort, { id: { $in: [...cohortIds] } }, { populate: ['trainers'] });
    return new Map(cohorts.map((cohort) => [cohort.id, cohort.trainers.getItems()]));
  }

  async create(viewer: Viewer, input: CreateCohortInput): Promise<Cohort> {
    const course = await this.em.findOne(Course, { id: input.courseId });
    if (!course) throw new NotFoundError('Course', input.courseId);
    checkDates(input.startsOn, input.endsOn, input.enrolmentOpensOn ?? null, input.enrolmentClosesOn ?? null);
    return this.em.transactional(async (em) => {
      const cohort = new Cohort(em.getReference(Course, course.id, { wrapped: true }), input.title.trim(), input.startsOn, input.endsOn, input.capacity);
      cohort.venue = input.venue?.trim() || null;
      cohort.language = input.language as Locale;
      cohort.enrolmentOpensOn = input.enrolmentOpensOn ?? null;
      cohort.enrolmentClosesOn = input.enrolmentClosesOn ?? null;
      if (input.checkInGraceMinutes !== undefined && input.checkInGraceMinutes !== null) cohort.checkInGraceMinutes = input.checkInGraceMinutes;
      await this.setTrainers(em, cohort, input.trainerIds ?? []);
      em.persist(cohort);
      recordChange(em, { actor: viewer.user, subjectType: 'cohort', subjectId: cohort.id, cohortId: cohort.id, action: 'created', after: { title: cohort.title, startsOn: cohort.startsOn, endsOn: cohort.endsOn, capacity: cohort.capacity } });
      return cohort;
    });
  }

  async update(viewer: Viewer, input: UpdateCohortInput): Promise<Cohort> {
    return this.em.transactional(async (em) => {
      const cohort = await em.findOne(Cohort, { id: input.id }, { populate: ['trainers'] });
      if (!cohort) throw new NotFoundError('Cohort', input.id);
      const before = { title: cohort.title, startsOn: cohort.startsOn, endsOn: cohort.endsOn, venue: cohort.venue, language: cohort.language, capacity: cohort.capacity, enrolmentOpensOn: cohort.enrolmentOpensOn, enrolmentClosesOn: cohort.enrolmentClosesOn, checkInGraceMinutes: cohort.checkInGraceMinutes, cancelled: cohort.cancelled, trainers: cohort.trainers.getItems().map((t) => t.email).sort().join(', ') };
      if (input.title) cohort.title = input.title.trim();
      if (input.startsOn) cohort.startsOn = input.startsOn;
      if (input.endsOn) cohort.endsOn = input.endsOn;
      if (input.venue !== undefined) cohort.venue = input.venue?.trim() || null;
      if (input.language) cohort.language = input.language as Locale;
      if (input.capacity) {
        const taken = (await this.seatsTaken([cohort.id])).get(cohort.id) ?? 0;
        if (input.capacity < taken) throw new BadUserInputError(`${taken} places are already taken; the capacity cannot be lower.`, { field: 'capacity' });
        cohort.capacity = input.capacity;
      }
      if (input.enrolmentOpensOn !== undefined) cohort.enrolmentOpensOn = input.enrolmentOpensOn;
      if (input.enrolmentClosesOn !== undefined) cohort.enrolmentClosesOn = input.enrolmentClosesOn;
      if (input.checkInGraceMinutes !== undefined && input.checkInGraceMinutes !== null) cohort.checkInGraceMinutes = input.checkInGraceMinutes;
      if (input.cancelled !== undefined && input.cancelled !== null) cohort.cancelled = input.cancelled;
      if (input.trainerIds) await this.setTrainers(em, cohort, input.trainerIds);
      checkDates(cohort.startsOn, cohort.endsOn, cohort.enrolmentOpensOn, cohort.enrolmentClosesOn);
      const after = { title: cohort.title, startsOn: cohort.startsOn, endsOn: cohort.endsOn, venue: cohort.venue, language: cohort.language, capacity: cohort.capacity, enrolmentOpensOn: cohort.enrolmentOpensOn, enrolmentClosesOn: cohort.enrolmentClosesOn, checkInGraceMinutes: cohort.checkInGraceMinutes, cancelled: cohort.cancelled, trainers: cohort.trainers.getItems().map((t) => t.email).sort().join(', ') };
      const changed = Object.keys(after).filter((key) => before[key as keyof typeof before] !== after[key as keyof typeof after]);
      if (changed.length) {
        const pick = (values: Record<string, unknown>) => Object.fromEntries(changed.map((key) => [key, values[key]]));
        recordChange(em, { actor: viewer.user, subjectType: 'cohort', subjectId: cohort.id, cohortId: cohort.id, action: input.cancelled === true ? 'cancelled' : 'updated', before: pick(before), after: pick(after) });
      }
      return cohort;
    });
  }

  async scheduleSessions(viewer: Viewer, input: ScheduleSessionsInput): Promise<TrainingSession[]> {
    if (!input.sessions.length) throw new BadUserInputError('Add at least one session.', { field: 'sessions' });
    const cohort = await this.get(input.cohortId);
    const modules = await this.modulesOfCourse(cohort.course.id);
    input.sessions.forEach((slot, index) => {
      checkSlot(slot.startsAt, slot.endsAt, index);
      if (!modules.has(slot.moduleId)) throw new BadUserInputError(`Session ${index + 1} names a module that is not part of this cohort’s course.`, { field: 'moduleId', index });
    });
    return this.em.transactional((em) => {
      const sessions = input.sessions.map((slot) => {
        const session = new TrainingSession(em.getReference(Cohort, cohort.id, { wrapped: true }), em.getReference(CourseModule, slot.moduleId, { wrapped: true }), slot.startsAt, slot.endsAt);
        session.venue = slot.venue?.trim() || cohort.venue;
        em.persist(session);
        recordChange(em, { actor: viewer.user, subjectType: 'session', subjectId: session.id, cohortId: cohort.id, action: 'scheduled', after: { module: modules.get(slot.moduleId), startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString() } });
        return session;
      });
      return sessions.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    });
  }

  async updateSession(viewer: Viewer, input: UpdateSessionInput): Promise<TrainingSession> {
    return this.em.transactional(async (em) => {
      const session = await em.findOne(TrainingSession, { id: input.id }, { populate: ['cohort'] });
      if (!session) throw new NotFoundError('Session', input.id);
      const before = { module: session.module.id, startsAt: session.startsAt.toISOString(), endsAt: session.endsAt.toISOString(), venue: session.venue, cancelled: session.cancelled };
      if (input.moduleId) {
        const modules = await this.modulesOfCourse(session.cohort.getEntity().course.id);
        if (!modules.has(input.moduleId)) throw new BadUserInputError('That module is not part of this cohort’s course.', { field: 'moduleId' });
        session.module = em.getReference(CourseModule, input.moduleId, { wrapped: true });
      }
      if (input.startsAt) session.startsAt = input.startsAt;
      if (input.endsAt) session.endsAt = input.endsAt;
      checkSlot(session.startsAt, session.endsAt, null);
      // Marks of PRESENT or LATE say the session took place: it cannot move to a time still to come.
      if (session.startsAt.getTime() > Date.now() && (await em.count(AttendanceRecord, { session: session.id, status: { $in: ATTENDED } })) > 0) {
        throw new BadUserInputError('People are marked present at this session, so it cannot move to a time that has not come yet.', {
          field: 'startsAt',
          ...reasonDetails('SESSION_ATTENDED'),
        });
      }
      if (input.venue !== undefined) session.venue = input.venue?.trim() || null;
      if (input.cancelled !== undefined && input.cancelled !== null) session.cancelled = input.cancelled;
      if (session.cancelled) session.checkInCode = null;
      const after = { module: session.module.id, startsAt: session.startsAt.toISOString(), endsAt: session.endsAt.toISOString(), venue: session.venue, cancelled: session.cancelled };
      const changed = Object.keys(after).filter((key) => before[key as keyof typeof before] !== after[key as keyof typeof after]);
      if (changed.length) {
        const pick = (values: Record<string, unknown>) => Object.fromEntries(changed.map((key) => [key, values[key]]));
        recordChange(em, { actor: viewer.user, subjectType: 'session', subjectId: session.id, cohortId: session.cohort.id, action: input.cancelled === true ? 'cancelled' : 'updated', before: pick(before), after: pick(after) });
      }
      return session;
    });
  }

  private async modulesOfCourse(courseId: string): Promise<Map<string, string>> {
    const modules = await this.em.find(CourseModule, { course: courseId, retired: false });
    return new Map(modules.map((module) => [module.id, module.slug]));
  }

  private async setTrainers(em: EntityManager, cohort: Cohort, trainerIds: string[]): Promise<void> {
    const ids = [...new Set(trainerIds)];
    const users = ids.length ? await em.find(User, { id: { $in: ids } }) : [];
    const bad = ids.filter((id) => !users.some((user) => user.id === id && user.active && user.roles.includes(Role.TRAINER)));
    if (bad.length) throw new BadUserInputError('Only active users with the trainer role can teach a cohort.', { field: 'trainerIds', ids: bad });
    cohort.trainers.set(users);
  }

  private async visible(viewer: Viewer, cohorts: Cohort[], now: Date): Promise<Cohort[]> {
    if (runsProgramme(viewer) || viewer.user.roles.includes(Role.VIEWER) || !cohorts.length) return cohorts;
    const ids = cohorts.map((cohort) => cohort.id);
    const taught = viewer.user.roles.includes(Role.TRAINER)
      ? new Set((await this.em.find(Cohort, { id: { $in: ids }, trainers: viewer.user.id }, { fields: ['id'] })).map((c) => c.id))
      : new Set<string>();
    const personId = viewer.user.person?.id;
    const mine = personId ? new Set((await this.em.find(Enrolment, { cohort: { $in: ids }, person: personId }, { fields: ['cohort'] })).map((e) => e.cohort.id)) : new Set<string>();
    const trainee = viewer.user.roles.includes(Role.TRAINEE);
    const seats = trainee ? await this.seatsTaken(ids) : new Map<string, number>();
    return cohorts.filter((cohort) => taught.has(cohort.id) || mine.has(cohort.id) || (trainee && isEnrolmentOpen(cohort, seats.get(cohort.id) ?? 0, now)));
  }
}

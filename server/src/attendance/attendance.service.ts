import { randomInt } from 'node:crypto';
import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/request-context';
import { recordChange } from '../audit/change-log';
import { CohortAccess } from '../cohorts/cohort-access';
import { Cohort } from '../cohorts/cohort.entity';
import { SEAT_HOLDING } from '../cohorts/cohorts.service';
import { AttendanceStatus } from '../common/enums';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors';
import { isUuid } from '../common/ids';
import { cleanLongText } from '../common/text';
import { Enrolment } from '../enrolments/enrolment.entity';
import { TrainingSession } from '../training-sessions/training-session.entity';
import { User } from '../users/user.entity';
import type { AttendanceMarkInput } from './dto/attendance.input';
import { AttendanceRecord } from './attendance-record.entity';

/** No 0/O, 1/I/L: a code read aloud or from a projector is typed right the first time. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CHECK_IN_CODE_LENGTH = 6;

export function newCheckInCode(): string {
  return Array.from({ length: CHECK_IN_CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

/** In progress: started, not yet ended, not cancelled. */
export function inProgress(session: Pick<TrainingSession, 'startsAt' | 'endsAt' | 'cancelled'>, now: Date): boolean {
  return !session.cancelled && session.startsAt <= now && now < session.endsAt;
}

/** PRESENT within the cohort's grace period from the start, LATE after it. */
export function checkInStatus(startsAt: Date, graceMinutes: number, now: Date): AttendanceStatus {
  return now.getTime() - startsAt.getTime() > graceMinutes * 60_000 ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
}

@Injectable()
export class AttendanceService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: CohortAccess,
  ) {}

  /** Null for an unknown or malformed id. */
  find(id: string): Promise<TrainingSession | null> {
    return isUuid(id) ? this.em.findOne(TrainingSession, { id }, { populate: ['cohort'] }) : Promise.resolve(null);
  }

  async session(id: string): Promise<TrainingSession> {
    const session = await this.em.findOne(TrainingSession, { id }, { populate: ['cohort'] });
    if (!session) throw new NotFoundError('Session', id);
    return session;
  }

  /** Records of these sessions, for the viewer: every line for trainers and staff, only their own for a trainee. */
  async recordsOf(sessionIds: readonly string[]): Promise<Map<string, AttendanceRecord[]>> {
    const rows = await this.em.find(AttendanceRecord, { session: { $in: [...sessionIds] } });
    const bySession = new Map<string, AttendanceRecord[]>();
    for (const row of rows) bySession.set(row.session.id, [...(bySession.get(row.session.id) ?? []), row]);
    return bySession;
  }

  async enrolmentIdsOf(personId: string): Promise<Set<string>> {
    if (!isUuid(personId)) return new Set();
    const rows = await this.em.find(Enrolment, { person: personId }, { fields: ['id'] });
    return new Set(rows.map((row) => row.id));
  }

  /** The sheet: every approved enrolment of the session's cohort, with its mark if recorded. */
  async sheet(viewer: Viewer, session: TrainingSession): Promise<{ enrolment: Enrolment; record: AttendanceRecord | null }[]> {
    await this.access.assertMayTeach(viewer, [session.cohort.id]);
    const [enrolments, records] = await Promise.all([
      this.em.find(Enrolment, { cohort: session.cohort.id, status: { $in: SEAT_HOLDING } }, { populate: ['person'], orderBy: { person: { fullName: 'asc' }, id: 'asc' } }),
      this.em.find(AttendanceRecord, { session: session.id }),
    ]);
    const byEnrolment = new Map(records.map((record) => [record.enrolment.id, record]));
    return enrolments.map((enrolment) => ({ enrolment, record: byEnrolment.get(enrolment.id) ?? null }));
  }

  /**
   * Records a session's sheet in one transaction: every mark or none. Recording again updates the
   * marks; each change is kept in the history with its old and new value.
   */
  async record(viewer: Viewer, sessionId: string, marks: AttendanceMarkInput[], now = new Date()): Promise<AttendanceRecord[]> {
    const session = await this.session(sessionId);
    await this.access.assertMayTeach(viewer, [session.cohort.id]);
    if (session.cancelled) throw new ConflictError('This session was cancelled; there is no attendance to record.');

    const seen = new Set<string>();
    const duplicate = marks.find((mark) => seen.size === seen.add(mark.enrolmentId).size);
    if (duplicate) throw new BadUserInputError('The sheet lists the same person twice.', { enrolmentId: duplicate.enrolmentId });
    const started = session.startsAt <= now;
    const early = marks.findIndex((mark) => !started && mark.status !== AttendanceStatus.EXCUSED);
    if (early >= 0) {
      throw new BadUserInputError('This session has not started yet: only EXCUSED can be recorded in advance.', { index: early, field: 'status' });
    }
    const enrolments = await this.em.find(Enrolment, { id: { $in: [...seen] }, cohort: session.cohort.id, status: { $in: SEAT_HOLDING } });
    const unknown = marks.map((mark, index) => ({ mark, index })).filter(({ mark }) => !enrolments.some((e) => e.id === mark.enrolmentId));
    if (unknown.length) {
      throw new BadUserInputError(`${unknown.length === 1 ? 'One line is' : `${unknown.length} lines are`} not an approved enrolment of this cohort.`, {
        enrolmentIds: unknown.map(({ mark }) => mark.enrolmentId),
        indexes: unknown.map(({ index }) => index),
      });
    }
    const byEnrolment = new Map(enrolments.map((e) => [e.id, e]));

    await this.em.transactional(async (em) => {
      const existing = new Map((await em.find(AttendanceRecord, { session: session.id, enrolment: { $in: [...seen] } })).map((r) => [r.enrolment.id, r]));
      for (const mark of marks) {
        const note = cleanLongText(mark.note);
        const record = existing.get(mark.enrolmentId);
        if (record && record.status === mark.status && record.note === note) continue;
        const before = record ? { status: record.status, note: record.note } : null;
        const line = record ?? em.create(AttendanceRecord, new AttendanceRecord(em.getReference(TrainingSession, session.id, { wrapped: true }), em.getReference(Enrolment, mark.enrolmentId, { wrapped: true }), mark.status));
        line.status = mark.status;
        line.note = note;
        line.recordedBy = em.getReference(User, viewer.user.id, { wrapped: true });
        recordChange(em, {
          actor: viewer.user,
          subjectType: 'attendance',
          subjectId: line.id,
          cohortId: session.cohort.id,
          personId: byEnrolment.get(mark.enrolmentId)?.person.id,
          action: record ? 'changed' : 'recorded',
          before,
          after: { status: line.status, note: line.note, session: session.startsAt.toISOString() },
        });
      }
    });
    return this.em.find(AttendanceRecord, { session: session.id });
  }

  async openCheckIn(viewer: Viewer, sessionId: string, now = new Date()): Promise<TrainingSession> {
    const session = await this.session(sessionId);
    await this.access.assertMayTeach(viewer, [session.cohort.id]);
    if (!inProgress(session, now)) throw new ConflictError('Self check-in can be opened only while the session is in progress.');
    if (!session.checkInCode) {
      session.checkInCode = newCheckInCode();
      session.checkInOpenedAt = now;
      await this.em.flush();
    }
    return session;
  }

  async closeCheckIn(viewer: Viewer, sessionId: string): Promise<TrainingSession> {
    const session = await this.session(sessionId);
    await this.access.assertMayTeach(viewer, [session.cohort.id]);
    session.checkInCode = null;
    await this.em.flush();
    return session;
  }

  /** A trainee checks in with the code: PRESENT, or LATE after the cohort's grace period. */
  async checkIn(viewer: Viewer, sessionId: string, code: string, now = new Date()): Promise<AttendanceRecord> {
    const personId = viewer.user.person?.id;
    if (!personId) throw new ForbiddenError('Your account is not linked to a participant profile.');
    const session = await this.em.findOne(TrainingSession, { id: sessionId });
    if (!session) throw new NotFoundError('Session', sessionId);
    const enrolment = await this.em.findOne(Enrolment, { cohort: session.cohort.id, person: personId, status: { $in: SEAT_HOLDING } });
    if (!enrolment) throw new ForbiddenError('You are not enrolled in this session’s cohort.');
    if (!inProgress(session, now)) throw new ConflictError(now < session.startsAt ? 'This session has not started yet.' : 'This session has ended; ask your trainer to record your attendance.');
    if (!session.checkInCode) throw new ConflictError('Self check-in is not open for this session; ask your trainer.');
    if (normaliseCode(code) !== session.checkInCode) throw new BadUserInputError('That code is not right for this session. Check it with your trainer.', { field: 'code' });

    const cohort = await this.em.findOneOrFail(Cohort, { id: session.cohort.id });
    return this.em.transactional(async (em) => {
      const existing = await em.findOne(AttendanceRecord, { session: session.id, enrolment: enrolment.id });
      if (existing && (existing.status === AttendanceStatus.PRESENT || existing.status === AttendanceStatus.LATE)) return existing;
      const status = checkInStatus(session.startsAt, cohort.checkInGraceMinutes, now);
      const record = existing ?? em.create(AttendanceRecord, new AttendanceRecord(em.getReference(TrainingSession, session.id, { wrapped: true }), em.getReference(Enrolment, enrolment.id, { wrapped: true }), status));
      const before = existing ? { status: existing.status, note: existing.note } : null;
      record.status = status;
      record.recordedBy = null;
      recordChange(em, { actor: viewer.user, subjectType: 'attendance', subjectId: record.id, cohortId: cohort.id, personId, action: 'checked-in', before, after: { status, note: record.note, session: session.startsAt.toISOString() } });
      return record;
    });
  }
}

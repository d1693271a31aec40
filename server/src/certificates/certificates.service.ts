import { createHash, randomBytes } from 'node:crypto';
import { EntityManager, MikroORM, RequestContext } from '@mikro-orm/core';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Viewer } from '../auth/request-context';
import { recordChange } from '../audit/change-log';
import { Cohort } from '../cohorts/cohort.entity';
import { SEAT_HOLDING } from '../cohorts/cohorts.service';
import { CertificateStatus, EnrolmentStatus } from '../common/enums';
import { ConflictError, NotFoundError, BadUserInputError } from '../common/errors';
import { programmeDate } from '../common/dates';
import { pickLocale } from '../common/locale';
import type { Course } from '../courses/course.entity';
import { cleanLongText } from '../common/text';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { Enrolment } from '../enrolments/enrolment.entity';
import { ProgressService, type EnrolmentProgress } from '../enrolments/progress.service';
import { Person } from '../people/person.entity';
import type { Programme } from '../programmes/programme.entity';
import { User } from '../users/user.entity';
import { CertificateArtefacts } from './certificate-artefacts';
import { Certificate, type CertifiedFacts } from './certificate.entity';
import { eligibility, type Eligibility } from './eligibility';

const STATUS_LIST_KEY = '#status-list';

export interface EligibilityLine extends Eligibility {
  enrolment: Enrolment;
  progress: EnrolmentProgress | undefined;
}

export interface IssueOutcome {
  issued: Certificate[];
  skipped: { enrolment: Enrolment; reasons: string[] }[];
}

export function newVerificationCode(): string {
  // 128 random bits, URL-safe.
  return randomBytes(16).toString('base64url');
}

export function serialOf(prefix: string, number: number): string {
  return `${prefix}-${String(number).padStart(4, '0')}`;
}

@Injectable()
export class CertificatesService {
  private readonly logger = new Logger(CertificatesService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly orm: MikroORM,
    private readonly progress: ProgressService,
    private readonly artefacts: CertificateArtefacts,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  verifyUrl(code: string): string {
    return `${this.config.publicUrl}/verify/${code}`;
  }

  /** Who in the cohort qualifies, and for everyone else every unmet rule. */
  async preview(cohortId: string, enrolmentIds?: string[] | null): Promise<EligibilityLine[]> {
    const cohort = await this.em.findOne(Cohort, { id: cohortId });
    if (!cohort) throw new NotFoundError('Cohort', cohortId);
    const enrolments = await this.em.find(
      Enrolment,
      { cohort: cohort.id, status: { $in: SEAT_HOLDING }, ...(enrolmentIds?.length ? { id: { $in: enrolmentIds } } : {}) },
      { populate: ['person'], orderBy: { person: { fullName: 'asc' }, id: 'asc' } },
    );
    if (enrolmentIds?.length && enrolments.length !== new Set(enrolmentIds).size) {
      throw new BadUserInputError('Some of the chosen enrolments are not approved enrolments of this cohort.', { field: 'enrolmentIds' });
    }
    const ids = enrolments.map((e) => e.id);
    const named = new Set(enrolmentIds ?? []);
    const [progress, held] = await Promise.all([
      this.progress.forEnrolments(ids),
      this.em.find(
        Certificate,
        { enrolment: { $in: ids }, status: { $in: [CertificateStatus.VALID, CertificateStatus.REVOKED] } },
        { fields: ['enrolment', 'serial', 'status'], orderBy: { issuedAt: 'asc' } },
      ),
    ]);
    const valid = new Map(held.filter((c) => c.status === CertificateStatus.VALID).map((c) => [c.enrolment.id, c.serial]));
    // The latest revoked certificate of each enrolment that was not named in the request.
    const revoked = new Map(held.filter((c) => c.status === CertificateStatus.REVOKED && !named.has(c.enrolment.id)).map((c) => [c.enrolment.id, c.serial]));
    return enrolments.map((enrolment) => ({
      enrolment,
      progress: progress.get(enrolment.id),
      ...eligibility(progress.get(enrolment.id), valid.get(enrolment.id) ?? null, revoked.get(enrolment.id) ?? null),
    }));
  }

  /** Issues to every eligible enrolment (or the chosen ones); each certificate is its own transaction. */
  async issue(viewer: Viewer | null, cohortId: string, enrolmentIds?: string[] | null, onProgress?: (done: number, total: number) => void): Promise<IssueOutcome> {
    const lines = await this.preview(cohortId, enrolmentIds);
    const outcome: IssueOutcome = { issued: [], skipped: [] };
    let done = 0;
    for (const line of lines) {
      if (!line.eligible) outcome.skipped.push({ enrolment: line.enrolment, reasons: line.reasons });
      else {
        const result = await this.issueOne(viewer, line.enrolment.id, undefined, line.progress);
        if ('certificate' in result) outcome.issued.push(result.certificate);
        else outcome.skipped.push({ enrolment: line.enrolment, reasons: result.reasons });
      }
      done += 1;
      onProgress?.(done, lines.length);
    }
    return outcome;
  }

  /**
   * One certificate, all or nothing: the serial, the status-list index, the PDF hash and the signed
   * credential are made and saved in one transaction, so a crash leaves either a whole certificate
   * or none (and no gap in the serials). Re-checks eligibility inside the transaction, so issuing
   * twice at once never gives anyone a second valid certificate.
   */
  async issueOne(viewer: Viewer | null, enrolmentId: string, replacing?: Certificate, checked?: EnrolmentProgress): Promise<{ certificate: Certificate } | { reasons: string[] }> {
    // A clean unit of work per certificate: a batch of thousands does not drag a growing identity map through every flush.
    return this.em.fork({ clear: true }).transactional(async (em) => {
      if (replacing) replacing = await em.findOneOrFail(Certificate, { id: replacing.id });
      const enrolment = await em.findOneOrFail(Enrolment, { id: enrolmentId }, { populate: ['person', 'cohort.course.component.programme'] });
      if (replacing) {
        replacing.status = CertificateStatus.SUPERSEDED;
        await em.flush();
      }
      const existing = await em.findOne(Certificate, { enrolment: enrolment.id, status: CertificateStatus.VALID });
      // A batch has just computed everyone's progress in a few queries; a single issue computes it here.
      const progress = checked ?? (await this.progress.forEnrolments([enrolment.id])).get(enrolment.id);
      const check = eligibility(progress, existing?.serial ?? null);
      if (!check.eligible || !progress) return { reasons: check.reasons };

      const cohort = enrolment.cohort.getEntity();
      const course = cohort.course.getEntity();
      const component = course.component.getEntity();
      const programme = component.programme.getEntity();
      const prefix = `${programme.serialPrefix}-${cohort.endsOn.slice(0, 4)}-${component.code}`;
      const number = await this.nextCounter(em, prefix);
      const statusListIndex = await this.nextCounter(em, STATUS_LIST_KEY);
      const code = newVerificationCode();
      const issuedAt = new Date();
      const facts = this.factsOf(programme, enrolment.person.getEntity(), course, component.code, cohort, progress, issuedAt);
      const serial = serialOf(prefix, number);
      const pdf = await this.artefacts.pdf(facts, { serial, verifyUrl: this.verifyUrl(code), revoked: false });
      const pdfSha256 = createHash('sha256').update(pdf).digest('hex');
      const certificate = new Certificate({
        enrolment: em.getReference(Enrolment, enrolment.id, { wrapped: true }),
        person: em.getReference(Person, enrolment.person.id, { wrapped: true }),
        course: cohort.course,
        serialPrefix: prefix,
        serialNumber: number,
        serial,
        verificationCode: code,
        issuedAt,
        issuedBy: viewer ? em.getReference(User, viewer.user.id, { wrapped: true }) : null,
        facts,
        pdfSha256,
        statusListIndex,
      });
      certificate.credential = await this.artefacts.credential(facts, { serial, code, issuedAt, pdfSha256, statusListIndex, holderEmail: enrolment.person.getEntity().email });
      em.persist(certificate);
      if (replacing) replacing.supersededBy = em.getReference(Certificate, certificate.id, { wrapped: true });
      const before = { status: enrolment.status };
      enrolment.status = EnrolmentStatus.COMPLETED;
      recordChange(em, {
        actor: viewer?.user ?? null,
        subjectType: 'certificate',
        subjectId: certificate.id,
        cohortId: cohort.id,
        personId: enrolment.person.id,
        action: replacing ? 'reissued' : 'issued',
        before: replacing ? { serial: replacing.serial, ...before } : before,
        after: { serial, status: EnrolmentStatus.COMPLETED },
      });
      return { certificate };
    });
  }

  async revoke(viewer: Viewer, certificateId: string, reason: string): Promise<Certificate> {
    const why = cleanLongText(reason);
    if (!why || why.length < 5) throw new BadUserInputError('Give the reason for revoking; verifiers will see it.', { field: 'reason' });
    return this.em.transactional(async (em) => {
      const certificate = await em.findOne(Certificate, { id: certificateId }, { populate: ['enrolment'] });
      if (!certificate) throw new NotFoundError('Certificate', certificateId);
      if (certificate.status !== CertificateStatus.VALID) throw new ConflictError(`Certificate ${certificate.serial} is already ${certificate.status.toLowerCase()}.`);
      certificate.status = CertificateStatus.REVOKED;
      certificate.revokedAt = new Date();
      certificate.revokedBy = em.getReference(User, viewer.user.id, { wrapped: true });
      certificate.revocationReason = why;
      recordChange(em, { actor: viewer.user, subjectType: 'certificate', subjectId: certificate.id, cohortId: certificate.enrolment.getEntity().cohort.id, personId: certificate.person.id, action: 'revoked', before: { status: CertificateStatus.VALID }, after: { status: CertificateStatus.REVOKED, reason: why } });
      return certificate;
    });
  }

  /** A new certificate from today's records (after a name correction); the old one is SUPERSEDED and points to it. */
  async reissue(viewer: Viewer, certificateId: string): Promise<Certificate> {
    const old = await this.em.findOne(Certificate, { id: certificateId });
    if (!old) throw new NotFoundError('Certificate', certificateId);
    if (old.status !== CertificateStatus.VALID) throw new ConflictError(`Certificate ${old.serial} is ${old.status.toLowerCase()}; only a valid certificate can be re-issued.`);
    const result = await this.issueOne(viewer, old.enrolment.id, old);
    if (!('certificate' in result)) throw new ConflictError(`The enrolment no longer qualifies: ${result.reasons.join(' ')}`);
    return result.certificate;
  }

  byCode(code: string): Promise<Certificate | null> {
    if (!/^[A-Za-z0-9_-]{16,40}$/.test(code)) return Promise.resolve(null);
    return this.em.findOne(Certificate, { verificationCode: code });
  }

  /** Runs `issue` in the background (its own request context) so a browser can poll progress. */
  runInBackground<T>(work: () => Promise<T>): Promise<T> {
    return RequestContext.create(this.orm.em, work).catch((error: unknown) => {
      this.logger.error(error);
      throw error;
    });
  }

  private factsOf(programme: Programme, person: Person, course: Course, component: string, cohort: Cohort, progress: EnrolmentProgress, issuedAt: Date): CertifiedFacts {
    return {
      programme: programme.title,
      institute: programme.institute,
      holderName: person.fullName,
      holderNativeName: person.nativeName,
      courseSlug: course.slug,
      courseTitle: pickLocale(course.title, 'en'),
      component,
      modules: progress.modules.map((row) => ({ title: pickLocale(row.module.title, 'en'), hours: row.module.hours })),
      startsOn: cohort.startsOn,
      endsOn: cohort.endsOn,
      attendanceRate: progress.attendanceRate ?? 0,
      minAttendanceRate: course.completionRules.minAttendanceRate,
      postTests: progress.requirements.flatMap((r) => (r.kind === 'POST_TEST_PASSED' && r.actual !== null ? [{ module: r.moduleTitle ?? '', score: r.actual, passScore: r.required ?? 0 }] : [])),
      signatories: programme.signatories,
      issuedOn: programmeDate(issuedAt),
    };
  }

  /**
   * Next value of a counter inside the caller's transaction: one UPDATE … RETURNING, which also
   * row-locks the counter on PostgreSQL until the certificate is saved (so serials have no gaps).
   */
  private async nextCounter(em: EntityManager, key: string): Promise<number> {
    const connection = em.getConnection();
    const bump = async (): Promise<{ last: number | string }[]> =>
      (await connection.execute('update "certificate_counter" set "last" = "last" + 1 where "key" = ? returning "last"', [key], 'all', em.getTransactionContext())) as { last: number | string }[];
    let rows = await bump();
    if (!rows.length) {
      await connection.execute('insert into "certificate_counter" ("key", "last") values (?, 0) on conflict ("key") do nothing', [key], 'run', em.getTransactionContext());
      rows = await bump();
    }
    return Number(rows[0].last);
  }

}


import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PROGRAMME_STAFF, Public, Roles } from '../auth/access.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { GqlContext, Viewer } from '../auth/request-context';
import { CohortAccess } from '../cohorts/cohort-access';
import type { Cohort } from '../cohorts/cohort.entity';
import { CohortModel } from '../cohorts/models/cohort.model';
import { CertificateStatus } from '../common/enums';
import { PublicRateLimit } from '../common/rate-limit';
import { ForbiddenError } from '../common/errors';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import type { Course } from '../courses/course.entity';
import { CourseModel } from '../courses/models/course.model';
import type { Enrolment } from '../enrolments/enrolment.entity';
import { EnrolmentModel } from '../enrolments/models/enrolment.model';
import { PersonModel } from '../people/models/person.model';
import type { Person } from '../people/person.entity';
import { EntityManager } from '@mikro-orm/core';
import { Certificate } from './certificate.entity';
import { CertificatesService, type EligibilityLine } from './certificates.service';
import {
  IssueCertificatesInput,
  IssueCertificatesPayload,
  ReissueCertificateInput,
  ReissueCertificatePayload,
  RevokeCertificateInput,
  RevokeCertificatePayload,
  StartCertificateIssuePayload,
} from './dto/certificate.input';
import { IssueJobs, type IssueJob } from './issue-jobs';
import { CertificateModel, CertificateVerificationModel, EligibilityLineModel, IssueJobModel } from './models/certificate.model';

@Resolver(() => CertificateModel)
export class CertificatesResolver {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly jobs: IssueJobs,
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @UseGuards(PublicRateLimit)
  @Query(() => CertificateVerificationModel, { description: 'Public: no sign-in needed. What the certificate with this code certifies, and whether it is still valid.' })
  async verifyCertificate(@Args('code') code: string): Promise<CertificateVerificationModel> {
    const certificate = await this.certificates.byCode(code.trim());
    if (!certificate) {
      return { code, found: false, status: null, serial: null, holderName: null, holderNativeName: null, courseTitle: null, modules: null, startsOn: null, endsOn: null, attendanceRate: null, issuer: null, issuedAt: null, revokedAt: null, revocationReason: null, supersededByCode: null, pdfUrl: null, pdfSha256: null };
    }
    const facts = certificate.facts;
    const successor = certificate.supersededBy ? await certificate.supersededBy.load() : null;
    return {
      code,
      found: true,
      status: certificate.status,
      serial: certificate.serial,
      holderName: facts.holderName,
      holderNativeName: facts.holderNativeName,
      courseTitle: facts.courseTitle,
      modules: facts.modules,
      startsOn: facts.startsOn,
      endsOn: facts.endsOn,
      attendanceRate: facts.attendanceRate,
      issuer: facts.institute,
      issuedAt: certificate.issuedAt,
      revokedAt: certificate.revokedAt,
      revocationReason: certificate.revocationReason,
      supersededByCode: successor?.verificationCode ?? null,
      pdfUrl: this.pdfUrl(certificate),
      pdfSha256: certificate.pdfSha256,
    };
  }

  @Roles(...PROGRAMME_STAFF)
  @Query(() => [EligibilityLineModel], { description: 'Who in the cohort qualifies for a certificate, and for everyone else every unmet rule.' })
  certificateEligibility(@Args('cohortId', { type: () => ID }) cohortId: string): Promise<EligibilityLine[]> {
    return this.certificates.preview(cohortId);
  }

  @Roles(...PROGRAMME_STAFF)
  @Mutation(() => IssueCertificatesPayload, { description: 'Issue certificates to every eligible enrolment (or the chosen ones). Idempotent: nobody gets a second valid certificate.' })
  async issueCertificates(@CurrentViewer() viewer: Viewer, @Args('input') input: IssueCertificatesInput): Promise<IssueCertificatesPayload> {
    return await this.certificates.issue(viewer, input.cohortId, input.enrolmentIds);
  }

  @Roles(...PROGRAMME_STAFF)
  @Mutation(() => StartCertificateIssuePayload, { description: 'Like issueCertificates, in the background: poll certificateIssueJob for progress.' })
  async startCertificateIssue(@CurrentViewer() viewer: Viewer, @Args('input') input: IssueCertificatesInput): Promise<StartCertificateIssuePayload> {
    await this.certificates.preview(input.cohortId, input.enrolmentIds);
    const job = this.jobs.start(input.cohortId, viewer.user.id, (running) =>
      this.certificates.runInBackground(async () => {
        const outcome = await this.certificates.issue(viewer, input.cohortId, input.enrolmentIds, (done, total) => Object.assign(running, { done, total }));
        return { issued: outcome.issued.length, skipped: outcome.skipped.length };
      }),
    );
    return { job };
  }

  @Roles(...PROGRAMME_STAFF)
  @Query(() => IssueJobModel, { nullable: true })
  certificateIssueJob(@Args('id', { type: () => ID }) id: string): IssueJob | null {
    return this.jobs.get(id);
  }

  @Roles(...PROGRAMME_STAFF)
  @Mutation(() => RevokeCertificatePayload, { description: 'Revoke with a reason; the record stays, and verifiers see REVOKED with the reason.' })
  async revokeCertificate(@CurrentViewer() viewer: Viewer, @Args('input') input: RevokeCertificateInput): Promise<RevokeCertificatePayload> {
    return { certificate: await this.certificates.revoke(viewer, input.certificateId, input.reason) };
  }

  @Roles(...PROGRAMME_STAFF)
  @Mutation(() => ReissueCertificatePayload, { description: 'Re-issue from today’s records (e.g. after a name correction): a new certificate; the old one becomes SUPERSEDED.' })
  async reissueCertificate(@CurrentViewer() viewer: Viewer, @Args('input') input: ReissueCertificateInput): Promise<ReissueCertificatePayload> {
    return { certificate: await this.certificates.reissue(viewer, input.certificateId) };
  }

  @ResolveField(() => PersonModel)
  person(@Parent() certificate: Certificate): Promise<Person> {
    return certificate.person.loadOrFail();
  }

  @ResolveField(() => CourseModel)
  course(@Parent() certificate: Certificate): Promise<Course> {
    return certificate.course.loadOrFail();
  }

  @ResolveField(() => EnrolmentModel)
  enrolment(@Parent() certificate: Certificate): Promise<Enrolment> {
    return certificate.enrolment.loadOrFail();
  }

  @ResolveField(() => CertificateModel, { nullable: true, description: 'For a SUPERSEDED certificate, the one that replaced it.' })
  supersededBy(@Parent() certificate: Certificate): Promise<Certificate | null> | null {
    return certificate.supersededBy ? certificate.supersededBy.loadOrFail() : null;
  }

  @ResolveField(() => String, { description: 'Anyone holding the code may fetch it: application/pdf.' })
  pdfUrl(@Parent() certificate: Certificate): string {
    return `${this.config.publicUrl}/certificates/${certificate.verificationCode}.pdf`;
  }

  @ResolveField(() => String, { description: 'Anyone holding the code may fetch it: the signed Open Badges 3.0 credential.' })
  credentialUrl(@Parent() certificate: Certificate): string {
    return `${this.config.publicUrl}/credentials/${certificate.verificationCode}`;
  }

  @ResolveField(() => String, { description: 'The public page the QR code opens.' })
  verifyUrl(@Parent() certificate: Certificate): string {
    return this.certificates.verifyUrl(certificate.verificationCode);
  }
}

/** Certificates reached from an enrolment and from a cohort. */
@Resolver(() => EnrolmentModel)
export class EnrolmentCertificateResolver {
  constructor(private readonly em: EntityManager) {}

  @ResolveField(() => CertificateModel, { nullable: true, description: 'The valid certificate, else the latest one (revoked or superseded).' })
  certificate(@Parent() enrolment: Enrolment, @Context() ctx: GqlContext): Promise<Certificate | null> {
    return ctx.loaders
      .get('enrolment.certificate', async (ids) => {
        const rows = await this.em.find(Certificate, { enrolment: { $in: [...ids] } }, { orderBy: { issuedAt: 'desc' } });
        const chosen = new Map<string, Certificate>();
        for (const row of rows) {
          const current = chosen.get(row.enrolment.id);
          if (!current || (row.status === CertificateStatus.VALID && current.status !== CertificateStatus.VALID)) chosen.set(row.enrolment.id, row);
        }
        return chosen;
      }, null as Certificate | null)
      .load(enrolment.id);
  }
}

@Resolver(() => CohortModel)
export class CohortCertificatesResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly access: CohortAccess,
  ) {}

  @ResolveField(() => [CertificateModel], { description: 'Every certificate issued in the cohort (valid, revoked and superseded), by serial. Trainers and coordinators only.' })
  async certificates(@Parent() cohort: Cohort, @CurrentViewer() viewer: Viewer): Promise<Certificate[]> {
    if (!(await this.access.mayTeach(viewer, cohort.id))) throw new ForbiddenError('Only the cohort’s trainers and coordinators see its certificates.');
    return this.em.find(Certificate, { enrolment: { cohort: cohort.id } }, { orderBy: { serial: 'asc' } });
  }
}


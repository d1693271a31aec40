import { EntityManager } from '@mikro-orm/core';
import { Controller, Get, Param, Res } from '@nestjs/common';
import archiver from 'archiver';
import type { Response } from 'express';
import { Role } from '../common/enums';
import { PROGRAMME_STAFF, Roles } from '../auth/access.decorator';
import { CurrentHttpViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/request-context';
import { CohortAccess } from '../cohorts/cohort-access';
import { Cohort } from '../cohorts/cohort.entity';
import { SEAT_HOLDING } from '../cohorts/cohorts.service';
import { CertificateStatus } from '../common/enums';
import { NotFoundError } from '../common/errors';
import { isUuid } from '../common/ids';
import { pickLocale } from '../common/locale';
import { Enrolment } from '../enrolments/enrolment.entity';
import { TrainingSession } from '../training-sessions/training-session.entity';
import { CertificateArtefacts } from './certificate-artefacts';
import { Certificate } from './certificate.entity';
import { CertificatesService } from './certificates.service';
import { writeSignInSheetPdf } from './pdf/sign-in-sheet-pdf';
import { signInSheetHeadings } from './sign-in-sheet-headings';

/** Files staff download: a cohort's certificates as one ZIP, and a session's printable sign-in sheet. */
@Controller()
export class DownloadsController {
  constructor(
    private readonly em: EntityManager,
    private readonly access: CohortAccess,
    private readonly certificates: CertificatesService,
    private readonly artefacts: CertificateArtefacts,
  ) {}

  @Roles(...PROGRAMME_STAFF)
  @Get('cohorts/:id/certificates.zip')
  async zip(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const cohort = isUuid(id) ? await this.em.findOne(Cohort, { id }) : null;
    if (!cohort) throw new NotFoundError('Cohort', id);
    const certificates = await this.em.find(Certificate, { enrolment: { cohort: cohort.id }, status: CertificateStatus.VALID }, { orderBy: { serial: 'asc' } });
    res.setHeader('content-type', 'application/zip');
    res.setHeader('content-disposition', `attachment; filename="certificates-${cohort.startsOn.slice(0, 4)}-${cohort.id.slice(0, 8)}.zip"`);
    const archive = archiver('zip', { zlib: { level: 1 } });
    archive.pipe(res);
    // One PDF at a time: memory stays flat however large the cohort.
    for (const certificate of certificates) {
      const pdf = await this.artefacts.pdf(certificate.facts, { serial: certificate.serial, verifyUrl: this.certificates.verifyUrl(certificate.verificationCode), revoked: false });
      archive.append(pdf, { name: `${certificate.serial}.pdf`, date: certificate.issuedAt });
    }
    await archive.finalize();
  }

  @Roles(Role.ADMIN, Role.COORDINATOR, Role.TRAINER)
  @Get('sessions/:id/sign-in-sheet.pdf')
  async signInSheet(@Param('id') id: string, @CurrentHttpViewer() viewer: Viewer, @Res() res: Response): Promise<void> {
    const session = isUuid(id) ? await this.em.findOne(TrainingSession, { id }, { populate: ['cohort.course', 'module'] }) : null;
    if (!session) throw new NotFoundError('Session', id);
    const cohort = session.cohort.getEntity();
    await this.access.assertMayTeach(viewer, [cohort.id]);
    const enrolments = await this.em.find(Enrolment, { cohort: cohort.id, status: { $in: SEAT_HOLDING } }, { populate: ['person'], orderBy: { person: { fullName: 'asc' } } });
    const local = cohort.language === 'en' ? null : cohort.language;
    const when = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Bangkok', dateStyle: 'full', timeStyle: 'short' }).format(session.startsAt);
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', `inline; filename="sign-in-${session.startsAt.toISOString().slice(0, 10)}.pdf"`);
    await writeSignInSheetPdf(
      {
        title: `${pickLocale(cohort.course.getEntity().title, 'en')} · ${cohort.title}`,
        sessionLabel: `${pickLocale(session.module.getEntity().title, 'en')} · ${when}${session.venue ?? cohort.venue ? ` · ${session.venue ?? cohort.venue}` : ''}`,
        headings: { en: signInSheetHeadings.en, local: local ? signInSheetHeadings[local] : null },
        rows: enrolments.map((e) => ({ fullName: e.person.getEntity().fullName, nativeName: e.person.getEntity().nativeName })),
        date: session.startsAt.toISOString().slice(0, 10),
      },
      res,
    );
  }
}

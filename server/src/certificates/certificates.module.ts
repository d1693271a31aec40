import { Module } from '@nestjs/common';
import { TrainingModule } from '../training/training.module';
import { CertificateArtefacts } from './certificate-artefacts';
import { CertificateRenderer } from './certificate-renderer';
import { CertificatesController } from './certificates.controller';
import { DownloadsController } from './downloads.controller';
import { CertificatesResolver, CohortCertificatesResolver, EnrolmentCertificateResolver } from './certificates.resolver';
import { CertificatesService } from './certificates.service';
import { Issuer } from './issuer';
import { IssueJobs } from './issue-jobs';

/** Certificates: eligibility, issuing, revoking and re-issuing; their PDFs, credentials and public verification. */
@Module({
  imports: [TrainingModule],
  controllers: [CertificatesController, DownloadsController],
  providers: [
    Issuer,
    IssueJobs,
    CertificatesService,
    { provide: CertificateArtefacts, useClass: CertificateRenderer },
    CertificatesResolver,
    EnrolmentCertificateResolver,
    CohortCertificatesResolver,
  ],
})
export class CertificatesModule {}

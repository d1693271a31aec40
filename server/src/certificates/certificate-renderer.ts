import { Injectable } from '@nestjs/common';
import { CertificateArtefacts, type CredentialMeta, type PdfMeta } from './certificate-artefacts';
import type { CertifiedFacts } from './certificate.entity';
import { buildCredential, signCredential } from './credentials';
import { Issuer } from './issuer';
import { renderCertificatePdf } from './pdf/certificate-pdf';

/** PDFs from the HarfBuzz text engine; Open Badges 3.0 credentials signed with the issuer's Ed25519 key. */
@Injectable()
export class CertificateRenderer extends CertificateArtefacts {
  constructor(private readonly issuer: Issuer) {
    super();
  }

  pdf(facts: CertifiedFacts, meta: PdfMeta): Promise<Buffer> {
    return renderCertificatePdf({ ...facts, component: `Component ${facts.component}`, ...meta, issuedOn: facts.issuedOn });
  }

  async credential(facts: CertifiedFacts, meta: CredentialMeta): Promise<string> {
    const credential = buildCredential({
      publicUrl: this.issuer.config.publicUrl,
      verificationCode: meta.code,
      serial: meta.serial,
      issuedAt: meta.issuedAt,
      holderName: facts.holderName,
      holderNativeName: facts.holderNativeName,
      holderEmail: meta.holderEmail,
      issuerName: facts.institute,
      programme: facts.programme,
      component: `Component ${facts.component}`,
      courseSlug: facts.courseSlug,
      courseTitle: facts.courseTitle,
      modules: facts.modules,
      startsOn: facts.startsOn,
      endsOn: facts.endsOn,
      attendanceRate: facts.attendanceRate,
      postTests: facts.postTests,
      pdfSha256: meta.pdfSha256,
      statusListIndex: meta.statusListIndex,
    });
    return signCredential(credential, await this.issuer.signingKey());
  }
}

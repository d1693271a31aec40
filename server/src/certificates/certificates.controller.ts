import { EntityManager } from '@mikro-orm/core';
import { Controller, Get, Header, NotFoundException, Param, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/access.decorator';
import { PublicRateLimit } from '../common/rate-limit';
import { CertificateStatus } from '../common/enums';
import { CertificateArtefacts } from './certificate-artefacts';
import { Certificate } from './certificate.entity';
import { CertificatesService } from './certificates.service';
import { buildStatusListCredential, didWebDocument, jwks, STATUS_LIST_MIN_BITS, StatusList, VC_JWT_MEDIA_TYPE } from './credentials';
import { Issuer } from './issuer';

const CODE = /^[A-Za-z0-9_-]{16,40}$/;

/** What a QR code, a verifier or a wallet fetches without signing in; rate-limited per address. */
@UseGuards(PublicRateLimit)
@Controller()
export class CertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly artefacts: CertificateArtefacts,
    private readonly issuer: Issuer,
    private readonly em: EntityManager,
  ) {}

  @Public()
  @Get('certificates/:file')
  async pdf(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const code = file.replace(/\.pdf$/, '');
    const certificate = CODE.test(code) ? await this.certificates.byCode(code) : null;
    if (!certificate) throw new NotFoundException('No certificate has this code.');
    const pdf = await this.artefacts.pdf(certificate.facts, { serial: certificate.serial, verifyUrl: this.certificates.verifyUrl(code), revoked: certificate.status === CertificateStatus.REVOKED });
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', `inline; filename="${certificate.serial}.pdf"`);
    res.setHeader('cache-control', 'no-store');
    res.end(pdf);
  }

  @Public()
  @Get('credentials/status/:list')
  @Header('content-type', VC_JWT_MEDIA_TYPE)
  @Header('cache-control', 'no-cache')
  async statusList(@Param('list') listParam: string): Promise<string> {
    const listNumber = Number(listParam);
    if (!Number.isInteger(listNumber) || listNumber < 1 || listNumber > 1000) throw new NotFoundException('No such status list.');
    const from = (listNumber - 1) * STATUS_LIST_MIN_BITS;
    const withdrawn = await this.em.find(
      Certificate,
      { status: { $in: [CertificateStatus.REVOKED, CertificateStatus.SUPERSEDED] }, statusListIndex: { $gte: from, $lt: from + STATUS_LIST_MIN_BITS } },
      { fields: ['statusListIndex'] },
    );
    const list = new StatusList();
    for (const certificate of withdrawn) list.setRevoked(certificate.statusListIndex - from);
    return buildStatusListCredential(this.issuer.config.publicUrl, list, await this.issuer.signingKey(), { listNumber, validFrom: new Date() });
  }

  @Public()
  @Get('credentials/:code')
  @Header('content-type', VC_JWT_MEDIA_TYPE)
  async credential(@Param('code') code: string): Promise<string> {
    const certificate = CODE.test(code) ? await this.certificates.byCode(code) : null;
    if (!certificate?.credential) throw new NotFoundException('No credential has this code.');
    return certificate.credential;
  }

  @Public()
  @Get('.well-known/did.json')
  async did(): Promise<unknown> {
    return didWebDocument(this.issuer.config.publicUrl, await this.issuer.signingKey());
  }

  @Public()
  @Get('.well-known/jwks.json')
  async jwks(): Promise<unknown> {
    return jwks(this.issuer.config.publicUrl, await this.issuer.signingKey());
  }
}

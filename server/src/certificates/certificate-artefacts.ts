import type { CertifiedFacts } from './certificate.entity';

export interface PdfMeta {
  serial: string;
  verifyUrl: string;
  revoked: boolean;
}

export interface CredentialMeta {
  serial: string;
  code: string;
  issuedAt: Date;
  pdfSha256: string;
  statusListIndex: number;
  holderEmail: string | null;
}

/** Renders a certificate's PDF and signs its credential; the same facts always give the same PDF bytes. */
export abstract class CertificateArtefacts {
  abstract pdf(facts: CertifiedFacts, meta: PdfMeta): Promise<Buffer>;
  abstract credential(facts: CertifiedFacts, meta: CredentialMeta): Promise<string>;
}

import type { CertificateStatus } from '../../../gql/graphql';

export type StatusTone = 'valid' | 'revoked' | 'superseded';

export interface StatusPresentation {
  tone: StatusTone;
  /** Shown beside the word, so the status never rests on colour alone. */
  icon: string;
  /** Badge class from the shared stylesheet. */
  badgeClass: string;
}

/** How each certificate status looks, in the coordinator's list, the trainee's cards and the verify page. */
export function statusPresentation(status: CertificateStatus): StatusPresentation {
  switch (status) {
    case 'VALID':
      return { tone: 'valid', icon: '✓', badgeClass: 'badge-create' };
    case 'REVOKED':
      return { tone: 'revoked', icon: '✕', badgeClass: 'badge-invalid' };
    case 'SUPERSEDED':
      return { tone: 'superseded', icon: '↻', badgeClass: 'badge-warning' };
  }
}

/** Only a valid certificate can be revoked or re-issued. */
export function canChange(status: CertificateStatus): boolean {
  return status === 'VALID';
}

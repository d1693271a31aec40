import type { CredentialInput } from './build-credential';

export const PUBLIC_URL = 'https://corridor.example.org';

/** A certificate's facts as tests need them; override what a test is about. */
export function aCredentialInput(overrides: Partial<CredentialInput> = {}): CredentialInput {
  return {
    publicUrl: PUBLIC_URL,
    verificationCode: 'q3Jv0xR8mT2wLk9PzA4cYg',
    serial: 'SEC-2016-A-0007',
    issuedAt: new Date('2016-07-15T09:30:00.000Z'),
    holderName: 'Nguyen Thi Lan',
    holderNativeName: 'Nguyễn Thị Lan',
    holderEmail: 'Lan.Nguyen@example.vn',
    identitySalt: 'c2FsdC1mb3ItdGVzdHMtb25seQ',
    programme: 'Enhancing Competitiveness of SMEs in the Southern Economic Corridor',
    courseSlug: 'sme-export-readiness',
    courseTitle: 'SME Export Readiness',
    courseDescription: 'Preparing small and medium enterprises to sell across the Southern Economic Corridor.',
    modules: [
      { title: 'Market access and trade rules', hours: 8 },
      { title: 'Costing, pricing and finance', hours: 12 },
      { title: 'Logistics along the corridor', hours: 6.5 },
    ],
    startsOn: '2016-06-06',
    endsOn: '2016-07-01',
    attendanceRate: 11 / 12,
    completionRules: { minAttendanceRate: 0.8, requirePostTestPass: true, requireActionPlan: true },
    postTests: [
      { module: 'Market access and trade rules', score: 85, passScore: 70 },
      { module: 'Costing, pricing and finance', score: 72.5, passScore: 70 },
      { module: 'Logistics along the corridor', score: 90, passScore: 70 },
    ],
    pdfSha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    statusListIndex: 41,
    ...overrides,
  };
}

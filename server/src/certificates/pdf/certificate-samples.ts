import type { CertificatePdfData } from './certificate-pdf';
import type { SignInSheetData } from './sign-in-sheet-pdf';

/** Sample certificates for the tests and the benchmark: one holder per script the PDFs must shape. */
const base: Omit<CertificatePdfData, 'holderName' | 'holderNativeName' | 'serial' | 'verifyUrl'> = {
  programme: 'Enhancing Competitiveness of SMEs in the Southern Economic Corridor',
  institute: 'Mekong Institute',
  courseTitle: 'SME Competitiveness and Export Readiness',
  component: 'Component A',
  modules: [
    { title: 'Value chains in the Southern Economic Corridor', hours: 8 },
    { title: 'Quality standards and certification', hours: 6 },
    { title: 'Export procedures and trade facilitation', hours: 7.5 },
    { title: 'Access to finance for SMEs', hours: 6 },
    { title: 'Digital marketing for cross-border trade', hours: 4.5 },
  ],
  startsOn: '2016-03-14',
  endsOn: '2016-03-25',
  attendanceRate: 0.92,
  signatories: [
    { name: 'Dr Anan Srisuk', title: 'Executive Director, Mekong Institute' },
    { name: 'Ms Malee Chantarasiri', title: 'Programme Manager, Trade and Investment Facilitation' },
  ],
  revoked: false,
  issuedOn: '2016-04-01',
};

export const SAMPLE_CERTIFICATES = {
  khmer: {
    ...base,
    holderName: 'Chan Sokha',
    holderNativeName: 'ចាន់ សុខា',
    serial: 'SEC-2016-A-0007',
    verifyUrl: 'https://corridor.example.org/verify/q3Yd8Xb2kLmN0pQrStUvWx',
  },
  myanmar: {
    ...base,
    holderName: 'Aung Myo Htet',
    holderNativeName: 'အောင်မျိုးထက်',
    serial: 'SEC-2016-A-0012',
    verifyUrl: 'https://corridor.example.org/verify/Zx9Vb7Nm5Lk3Jh1Gf2Ds4A',
  },
  thai: {
    ...base,
    holderName: 'Rungnapha Kaeokham',
    holderNativeName: 'รุ่งนภา แก้วคำ',
    serial: 'SEC-2016-A-0015',
    verifyUrl: 'https://corridor.example.org/verify/Pq8Rs6Tu4Vw2Xy0Za1Bc3D',
  },
  vietnamese: {
    ...base,
    holderName: 'Nguyen Thi Hong Nhung',
    holderNativeName: 'Nguyễn Thị Hồng Nhung',
    serial: 'SEC-2016-A-0021',
    verifyUrl: 'https://corridor.example.org/verify/Ab1Cd2Ef3Gh4Ij5Kl6Mn7O',
  },
} satisfies Record<string, CertificatePdfData>;

const people: SignInSheetData['rows'] = [
  { fullName: 'Chan Sokha', nativeName: 'ចាន់ សុខា' },
  { fullName: 'Sok Dara', nativeName: 'សុខ ដារ៉ា' },
  { fullName: 'Keo Sreymom', nativeName: 'កែវ ស្រីមុំ' },
  { fullName: 'Aung Myo Htet', nativeName: 'အောင်မျိုးထက်' },
  { fullName: 'Rungnapha Kaeokham', nativeName: 'รุ่งนภา แก้วคำ' },
  { fullName: 'Nguyễn Thị Hồng Nhung', nativeName: null },
  { fullName: 'Hem Visal', nativeName: 'ហែម វិសាល' },
  { fullName: 'John Smith', nativeName: null },
];

/** A sign-in sheet for a Khmer-speaking cohort, long enough to run over two pages. */
export const SAMPLE_SIGN_IN_SHEET: SignInSheetData = {
  title: 'SME Competitiveness and Export Readiness · Cohort 2016-A, Phnom Penh',
  sessionLabel: 'Session 3 · Wednesday 16 March 2016, 09:00–12:00 · Module 2: Quality standards and certification',
  headings: {
    en: { sheet: 'Attendance sign-in sheet', number: 'No.', name: 'Name', signature: 'Signature' },
    local: { sheet: 'បញ្ជីចុះហត្ថលេខាវត្តមាន', number: 'ល.រ', name: 'ឈ្មោះ', signature: 'ហត្ថលេខា' },
  },
  rows: Array.from({ length: 23 }, (_, i) => people[i % people.length]),
  date: '2016-03-16',
};

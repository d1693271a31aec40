import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { renderCertificatePdf, writeCertificatePdf, type CertificatePdfData } from './certificate-pdf';
import { SAMPLE_CERTIFICATES } from './certificate-samples';
import { pageCount, pdfFonts, pdfToolsAvailable, pdfToText, qpdfCheck } from './testing/pdf-tools';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A Writable that keeps what it is given. */
function collector(): { out: Writable; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { out, bytes: () => Buffer.concat(chunks) };
}

describe('renderCertificatePdf', () => {
  it('renders the same data to the same bytes, every time', async () => {
    const first = await renderCertificatePdf(SAMPLE_CERTIFICATES.khmer);
    const second = await renderCertificatePdf(structuredClone(SAMPLE_CERTIFICATES.khmer));
    expect(first.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(sha256(second)).toBe(sha256(first));
  });

  it('streams exactly the bytes it renders', async () => {
    const { out, bytes } = collector();
    await writeCertificatePdf(SAMPLE_CERTIFICATES.myanmar, out);
    expect(sha256(bytes())).toBe(sha256(await renderCertificatePdf(SAMPLE_CERTIFICATES.myanmar)));
  });

  it.each<[string, Partial<CertificatePdfData>]>([
    ['the holder', { holderName: 'Sok Dara' }],
    ['the native name', { holderNativeName: 'សុខ ដារ៉ា' }],
    ['the serial', { serial: 'SEC-2016-A-0008' }],
    ['the verification link', { verifyUrl: 'https://corridor.example.org/verify/other' }],
    ['revocation', { revoked: true }],
  ])('gives different bytes when %s changes', async (_what, change) => {
    const base = await renderCertificatePdf(SAMPLE_CERTIFICATES.khmer);
    expect(sha256(await renderCertificatePdf({ ...SAMPLE_CERTIFICATES.khmer, ...change }))).not.toBe(sha256(base));
  });

  it.each([0, 4])('refuses %i signatories', async (count) => {
    const signatories = Array.from({ length: count }, (_, i) => ({ name: `Signatory ${i}`, title: 'Director' }));
    await expect(renderCertificatePdf({ ...SAMPLE_CERTIFICATES.khmer, signatories })).rejects.toThrow(/one to three signatories/);
  });

  it('refuses a date that is not ISO', async () => {
    await expect(renderCertificatePdf({ ...SAMPLE_CERTIFICATES.khmer, issuedOn: 'first of April' })).rejects.toThrow(/Not an ISO date/);
  });

  it('renders a certificate without modules, native name or issue date', async () => {
    const pdf = await renderCertificatePdf({
      ...SAMPLE_CERTIFICATES.thai,
      modules: [],
      holderNativeName: null,
      issuedOn: null,
      component: null,
    });
    expect(pdf.length).toBeGreaterThan(1000);
  });
});

const suite = pdfToolsAvailable('certificate PDF checks with poppler and qpdf') ? describe : describe.skip;

suite('certificate PDF checks with poppler and qpdf', () => {
  it.each(Object.entries(SAMPLE_CERTIFICATES))('the %s certificate passes qpdf --check and embeds every font', async (_script, data) => {
    const pdf = await renderCertificatePdf(data);
    const check = qpdfCheck(pdf);
    expect(check.output).toContain('No syntax or stream encoding errors');
    expect(check.ok).toBe(true);
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThanOrEqual(4);
    expect(fonts.filter((font) => !font.embedded || !font.subset || !font.unicode)).toEqual([]);
    expect(pageCount(pdf)).toBe(1);
  });

  it.each(Object.entries(SAMPLE_CERTIFICATES))(
    'pdftotext gives back the %s certificate’s names and facts in logical order',
    async (_script, data) => {
      const text = pdfToText(await renderCertificatePdf(data));
      for (const expected of [
        data.holderName,
        data.holderNativeName,
        'Certificate of Completion',
        data.courseTitle,
        data.serial,
        '92%',
        ...data.modules.map((m) => m.title),
        ...data.signatories.map((s) => s.name),
      ]) {
        expect(text).toContain(expected);
      }
    },
  );

  it('a revoked certificate says so on the page', async () => {
    const text = pdfToText(await renderCertificatePdf({ ...SAMPLE_CERTIFICATES.khmer, revoked: true }));
    expect(text).toContain('REVOKED');
    expect(pdfToText(await renderCertificatePdf(SAMPLE_CERTIFICATES.khmer))).not.toContain('REVOKED');
  });
});

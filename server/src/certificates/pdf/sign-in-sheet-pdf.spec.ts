import { SAMPLE_SIGN_IN_SHEET } from './certificate-samples';
import { renderSignInSheetPdf } from './sign-in-sheet-pdf';
import { pageCount, pdfFonts, pdfToolsAvailable, pdfToText, qpdfCheck } from './testing/pdf-tools';

describe('renderSignInSheetPdf', () => {
  it('renders the same sheet to the same bytes', async () => {
    const first = await renderSignInSheetPdf(SAMPLE_SIGN_IN_SHEET);
    expect((await renderSignInSheetPdf(structuredClone(SAMPLE_SIGN_IN_SHEET))).equals(first)).toBe(true);
  });

  it('renders an empty list as one page of headings', async () => {
    const pdf = await renderSignInSheetPdf({ ...SAMPLE_SIGN_IN_SHEET, rows: [] });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});

const suite = pdfToolsAvailable('sign-in sheet PDF checks with poppler and qpdf') ? describe : describe.skip;

suite('sign-in sheet PDF checks with poppler and qpdf', () => {
  it('breaks a long list over pages, repeating the bilingual headings on each', async () => {
    const pdf = await renderSignInSheetPdf(SAMPLE_SIGN_IN_SHEET);
    const pages = pageCount(pdf);
    expect(pages).toBe(2);
    for (let page = 1; page <= pages; page++) {
      const text = pdfToText(pdf, page);
      for (const heading of [
        'ATTENDANCE SIGN-IN SHEET',
        'បញ្ជីចុះហត្ថលេខាវត្តមាន',
        'Signature',
        'ហត្ថលេខា',
        'Name',
        'ឈ្មោះ',
        SAMPLE_SIGN_IN_SHEET.sessionLabel,
      ]) {
        expect(text).toContain(heading);
      }
      expect(text).toContain(`${page} / ${pages}`);
    }
  });

  it('lists every person by both names, numbered in order across pages', async () => {
    const text = pdfToText(await renderSignInSheetPdf(SAMPLE_SIGN_IN_SHEET));
    for (const row of SAMPLE_SIGN_IN_SHEET.rows) {
      expect(text).toContain(row.fullName);
      if (row.nativeName) expect(text).toContain(row.nativeName);
    }
    expect(text).toMatch(/\b23\b/);
  });

  it('leaves out the second language when the cohort works in English', async () => {
    const text = pdfToText(
      await renderSignInSheetPdf({ ...SAMPLE_SIGN_IN_SHEET, headings: { ...SAMPLE_SIGN_IN_SHEET.headings, local: null } }),
    );
    expect(text).toContain('Signature');
    expect(text).not.toContain('ហត្ថលេខា');
  });

  it('passes qpdf --check and embeds every font', async () => {
    const pdf = await renderSignInSheetPdf(SAMPLE_SIGN_IN_SHEET);
    expect(qpdfCheck(pdf).ok).toBe(true);
    expect(pdfFonts(pdf).filter((font) => !font.embedded)).toEqual([]);
  });
});

import { pageCount, pdfFonts, pdfToolsAvailable, pdfToText, qpdfCheck } from '../../certificates/pdf/testing/pdf-tools';
import { renderReportPdf, type ReportPdfDocument } from './report-pdf';
import { SUPPRESSED } from './report-table';

const NAMES = ['Leaders trained in SME cluster development', 'ผู้นำที่ผ่านการฝึกอบรมด้านการพัฒนาคลัสเตอร์วิสาหกิจขนาดกลางและขนาดย่อม', 'អ្នកដឹកនាំដែលបានទទួលការបណ្តុះបណ្តាល', 'သင်တန်းဆင်းခဲ့သော ခေါင်းဆောင်များ', 'Lãnh đạo được đào tạo'];

const SAMPLE: ReportPdfDocument = {
  lang: 'en',
  kicker: 'Monitoring and evaluation report',
  title: 'Enhancing Competitiveness of SMEs in the Southern Economic Corridor',
  facts: [
    ['Date', '5 December 2026'],
    ['Filter', 'All participants'],
  ],
  sections: [
    {
      heading: 'Indicators against targets',
      tables: [
        {
          barColumn: 'progress',
          table: {
            title: 'Indicators',
            columns: [
              { key: 'name', heading: 'Indicator', kind: 'text' },
              { key: 'target', heading: 'Target', kind: 'decimal' },
              { key: 'actual', heading: 'Actual', kind: 'decimal' },
              { key: 'progress', heading: 'Progress', kind: 'percent' },
            ],
            rows: Array.from({ length: 60 }, (_, i) => ({
              name: `${NAMES[i % NAMES.length]} ${i + 1}`,
              target: { value: 38, kind: 'integer' as const },
              actual: i % 7 === 3 ? SUPPRESSED : { value: i, kind: 'integer' as const },
              progress: i % 7 === 3 ? SUPPRESSED : i / 38,
            })),
          },
        },
      ],
    },
    { heading: 'SMEs reached', tables: [{ table: { title: 'SMEs', columns: [{ key: 'smes', heading: 'SMEs', kind: 'integer' }], rows: [] } }], empty: 'Nothing recorded for this filter.' },
  ],
  footer: 'Corridor · Mekong Institute · 2026-12-05',
  pageLabel: 'Page {page} of {pages}',
  suppressedText: 'fewer than 3',
  date: '2026-12-05',
  info: { title: 'Monitoring and evaluation report', author: 'Mekong Institute', subject: 'All participants' },
};

describe('renderReportPdf', () => {
  it('renders the same report to the same bytes', async () => {
    const first = await renderReportPdf(SAMPLE);
    expect(first.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await renderReportPdf({ ...SAMPLE, sections: [...SAMPLE.sections] })).equals(first)).toBe(true);
  });

  it('refuses a date that is not an ISO date', async () => {
    await expect(renderReportPdf({ ...SAMPLE, date: '5/12/2026' })).rejects.toThrow(RangeError);
  });
});

const suite = pdfToolsAvailable('report PDF checks with poppler and qpdf') ? describe : describe.skip;

suite('report PDF checks with poppler and qpdf', () => {
  it('breaks a long table over pages, repeating its headings, numbering every page', async () => {
    const pdf = await renderReportPdf(SAMPLE);
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) {
      const text = pdfToText(pdf, page);
      expect(text).toContain(`Page ${page} of ${pages}`);
      if (page < pages) for (const heading of ['Indicator', 'Target', 'Actual', 'Progress']) expect(text).toContain(heading);
    }
    const text = pdfToText(pdf);
    expect(text).toContain('fewer than 3');
    expect(text).toContain('Nothing recorded for this filter.');
    expect(text).toMatch(/\b60\b/);
  });

  it('passes qpdf --check and embeds every font it uses', async () => {
    const pdf = await renderReportPdf(SAMPLE);
    expect(qpdfCheck(pdf).ok).toBe(true);
    const fonts = pdfFonts(pdf);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
    expect(fonts.map((font) => font.name.split('+')[1]).sort()).toEqual(expect.arrayContaining(['NotoSansKhmer-Regular', 'NotoSansMyanmar-Regular', 'NotoSansThai-Regular']));
  });
});

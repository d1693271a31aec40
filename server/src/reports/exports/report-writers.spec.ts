import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { neutraliseFormula, writeCsv } from './csv-writer';
import { SUPPRESSED, type ReportTable } from './report-table';
import { writeXlsx } from './xlsx-writer';

const FEWER = 'fewer than 3';

const TABLE: ReportTable = {
  title: 'Indicators',
  columns: [
    { key: 'group', heading: 'Group', kind: 'text' },
    { key: 'name', heading: 'Name, "quoted"', kind: 'text' },
    { key: 'people', heading: 'People', kind: 'integer' },
    { key: 'mean', heading: 'Mean', kind: 'decimal' },
    { key: 'share', heading: 'Share', kind: 'percent' },
  ],
  rows: [
    { group: 'ចាន់ សុខា', name: 'Khmer', people: 12, mean: 54.1666, share: 0.428571 },
    { group: 'ကျောင်း မြန်မာ', name: 'line one\nline two', people: 2, mean: SUPPRESSED, share: SUPPRESSED },
    { group: 'รุ่งนภา แก้วคำ', name: '=HYPERLINK("http://x","y")', people: 0, mean: null, share: 1.25 },
    { group: 'Nguyễn Thị Hồng Nhung', name: '+1, -2, @home', people: 7, mean: -0.125, share: 0 },
  ],
};

const SECOND: ReportTable = {
  title: 'Per question',
  columns: [
    { key: 'q', heading: 'Question', kind: 'text' },
    { key: 'right', heading: 'Right after', kind: 'percent' },
  ],
  rows: [{ q: 'Q1', right: 0.5 }],
};

function parseCsv(bytes: Buffer): string[][] {
  const records: string[][] = parse(bytes, { bom: true, relax_column_count: true, skip_empty_lines: false });
  return records;
}

describe('writeCsv', () => {
  const bytes = writeCsv([TABLE], { suppressedText: FEWER });

  it('starts with a UTF-8 byte order mark and ends records with CRLF', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n');
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toBe('\ufeffGroup,"Name, ""quoted""",People,Mean,Share');
    // A line break inside a field stays inside its quotes.
    expect(text).toContain('"line one\nline two"');
  });

  it('reads back as the same table: headings, scripts, quoting and line breaks intact', () => {
    const rows = parseCsv(bytes);
    expect(rows[0]).toEqual(['Group', 'Name, "quoted"', 'People', 'Mean', 'Share']);
    expect(rows[1]).toEqual(['ចាន់ សុខា', 'Khmer', '12', '54.17', '42.86%']);
    expect(rows[2][0]).toBe('ကျောင်း မြန်မာ');
    expect(rows[2][1]).toBe('line one\nline two');
    expect(rows[3][0]).toBe('รุ่งนภา แก้วคำ');
    expect(rows[4][0]).toBe('Nguyễn Thị Hồng Nhung'.normalize('NFC'));
    expect(rows).toHaveLength(5);
  });

  it('writes suppressed figures as the words, never a number, and empty figures as empty', () => {
    const rows = parseCsv(bytes);
    expect(rows[2].slice(2)).toEqual(['2', FEWER, FEWER]);
    expect(rows[3].slice(2)).toEqual(['0', '', '125%']);
    expect(parseCsv(writeCsv([TABLE], { suppressedText: 'តិចជាង ៣' }))[2][3]).toBe('តិចជាង ៣');
  });

  it('neutralises formulas in text but leaves negative numbers as numbers', () => {
    const rows = parseCsv(bytes);
    expect(rows[3][1]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(rows[4][1]).toBe(`'+1, -2, @home`);
    expect(rows[4][3]).toBe('-0.13');
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${start}x`)).toBe(`'${start}x`);
    expect(neutraliseFormula('a=b')).toBe('a=b');
  });

  it('writes several tables as titled sections with a blank line between them', () => {
    const rows = parseCsv(writeCsv([TABLE, SECOND], { suppressedText: FEWER }));
    expect(rows[0]).toEqual(['Indicators']);
    expect(rows[1][0]).toBe('Group');
    expect(rows[6]).toEqual(['']);
    expect(rows.slice(7)).toEqual([['Per question'], ['Question', 'Right after'], ['Q1', '50%']]);
  });
});

describe('writeXlsx', () => {
  async function read(tables: ReportTable[]): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeXlsx(tables, { suppressedText: FEWER, date: new Date('2026-12-05T00:00:00Z') })) as unknown as ExcelJS.Buffer);
    return workbook;
  }

  it('writes a sheet per table with a bold, frozen header row', async () => {
    const workbook = await read([TABLE, SECOND]);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Indicators', 'Per question']);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, 'Group', 'Name, "quoted"', 'People', 'Mean', 'Share']);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(5);
  });

  it('stores numbers as numbers with count, decimal and percent formats', async () => {
    const sheet = (await read([TABLE])).worksheets[0];
    const row = sheet.getRow(2);
    expect(row.getCell(3).value).toBe(12);
    expect(row.getCell(3).numFmt).toBe('#,##0');
    expect(row.getCell(4).value).toBeCloseTo(54.1666, 6);
    expect(row.getCell(4).numFmt).toBe('0.00');
    expect(row.getCell(5).value).toBeCloseTo(0.428571, 6);
    expect(row.getCell(5).numFmt).toBe('0.0%');
    expect(sheet.getRow(5).getCell(4).value).toBe(-0.125);
  });

  it('writes suppressed figures as the words and keeps formula-like text as text', async () => {
    const sheet = (await read([TABLE])).worksheets[0];
    expect(sheet.getRow(3).getCell(4).value).toBe(FEWER);
    expect(sheet.getRow(3).getCell(5).value).toBe(FEWER);
    expect(sheet.getRow(4).getCell(4).value).toBeNull();
    expect(sheet.getRow(4).getCell(2).value).toBe('=HYPERLINK("http://x","y")');
    expect(sheet.getRow(4).getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(2).getCell(1).value).toBe('ចាន់ សុខា');
  });

  it('sizes columns to their content and makes sheet names Excel accepts', async () => {
    const long = { ...SECOND, title: 'Results: per question / per module [all] and then some more words' };
    const workbook = await read([TABLE, long, long]);
    const widths = workbook.worksheets[0].columns.map((c) => c.width ?? 0);
    expect(widths[0]).toBeGreaterThanOrEqual(15);
    expect(widths[2]).toBeGreaterThanOrEqual(8);
    expect(widths.every((w) => w <= 60)).toBe(true);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names[1]).not.toMatch(/[\\/?*[\]:]/);
    expect(names[1].length).toBeLessThanOrEqual(31);
    expect(names[2]).toMatch(/\(2\)$/);
    expect(names[2].length).toBeLessThanOrEqual(31);
  });
});

describe('a column of mixed units', () => {
  const MIXED: ReportTable = {
    title: 'Targets',
    columns: [
      { key: 'code', heading: 'Code', kind: 'text' },
      { key: 'target', heading: 'Target', kind: 'decimal' },
    ],
    rows: [
      { code: 'people', target: { value: 38, kind: 'integer' } },
      { code: 'share', target: { value: 0.4, kind: 'percent' } },
      { code: 'points', target: { value: 15.25, kind: 'decimal', decimals: 1 } },
    ],
  };

  it('writes each number in its own kind', async () => {
    expect(parse(writeCsv([MIXED], { suppressedText: FEWER }), { bom: true }).slice(1)).toEqual([
      ['people', '38'],
      ['share', '40%'],
      ['points', '15.3'],
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeXlsx([MIXED], { suppressedText: FEWER, date: new Date(0) })) as unknown as ExcelJS.Buffer);
    const cells = [2, 3, 4].map((r) => workbook.worksheets[0].getRow(r).getCell(2));
    expect(cells.map((c) => c.value)).toEqual([38, 0.4, 15.25]);
    expect(cells.map((c) => c.numFmt)).toEqual(['#,##0', '0.0%', '0.0']);
  });
});

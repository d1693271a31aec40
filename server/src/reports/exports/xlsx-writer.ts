import ExcelJS from 'exceljs';
import { cellText, numberOf, SUPPRESSED, type ColumnKind, type ReportTable, type WriteOptions } from './report-table';

export interface XlsxOptions extends WriteOptions {
  /** The workbook's created and modified dates (the report's date, not the clock). */
  date: Date;
  /** The workbook's title property. */
  title?: string;
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

function numberFormat(kind: ColumnKind, decimals = 2): string | undefined {
  const formats: Record<ColumnKind, string | undefined> = {
    text: undefined,
    integer: '#,##0',
    decimal: decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0',
    percent: '0.0%',
  };
  return formats[kind];
}

/** Characters Excel refuses in a sheet name, and its 31-character limit. */
function sheetName(title: string, taken: Set<string>): string {
  const clean = title.replace(/[\\/?*[\]:]/g, ' ').replace(/^'+|'+$/g, '').trim() || 'Sheet';
  const cut = (text: string, room: number) => [...graphemes.segment(text)].map((s) => s.segment).reduce((kept, g) => (kept.length + g.length <= room ? kept + g : kept), '');
  let name = cut(clean, 31).trim();
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${cut(clean, 31 - ` (${n})`.length).trim()} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

/** How wide a column shows its text, in characters: graphemes, so a Khmer or Thai cluster counts once. */
function displayLength(text: string): number {
  let length = 0;
  for (const { segment } of graphemes.segment(text)) length += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(segment) ? 2 : 1;
  return length;
}

/**
 * Tables as an Excel workbook, a sheet per table: the header row bold and frozen, numbers stored as
 * numbers (counts as #,##0, means as 0.00, shares as 0.0%), columns as wide as their content, and a
 * suppressed figure as the reader's "fewer than 3" text, right-aligned beside the numbers. Strings
 * are stored as strings, never formulas, so a name starting with = stays a name.
 */
export async function writeXlsx(tables: readonly ReportTable[], options: XlsxOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Corridor';
  workbook.lastModifiedBy = 'Corridor';
  workbook.created = options.date;
  workbook.modified = options.date;
  if (options.title) workbook.title = options.title;
  const taken = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title, taken), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
    sheet.columns = table.columns.map((column) => {
      const texts = [column.heading, ...table.rows.map((row) => cellText(row[column.key] ?? null, column, options))];
      const widest = Math.max(...texts.map((text) => Math.max(0, ...text.split('\n').map(displayLength))));
      return { key: column.key, header: column.heading, width: Math.min(60, Math.max(8, widest + 2)) };
    });
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle' };
    for (const row of table.rows) {
      const added = sheet.addRow([]);
      table.columns.forEach((column, index) => {
        const cell = added.getCell(index + 1);
        const value = row[column.key] ?? null;
        const number = numberOf(value, column);
        if (value === SUPPRESSED) {
          cell.value = options.suppressedText;
          cell.alignment = { horizontal: 'right' };
        } else if (number) {
          cell.value = number.kind === 'integer' ? Math.round(number.value) : number.value;
          const format = numberFormat(number.kind, number.decimals);
          if (format) cell.numFmt = format;
        } else if (typeof value === 'string') {
          cell.value = value;
        }
      });
    }
  }
  if (tables.length === 0) workbook.addWorksheet('Sheet');
  const bytes = await workbook.xlsx.writeBuffer();
  return Buffer.from(bytes);
}

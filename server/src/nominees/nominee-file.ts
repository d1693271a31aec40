import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { problem, type Problem } from '../common/problem';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_ROWS = 2000;

export type Cells = Record<string, string>;

export interface ParsedSheet {
  /** Data rows with their 1-based spreadsheet row number (the header is row 1). */
  rows: { rowNumber: number; cells: Cells }[];
  fileErrors: Problem[];
}

export const COLUMNS = ['full_name', 'native_name', 'gender', 'country', 'province', 'organisation', 'organisation_type', 'position', 'target_group', 'email', 'phone'] as const;
export type Column = (typeof COLUMNS)[number];
const REQUIRED: Column[] = ['full_name', 'gender', 'country'];

/** "Full name", "full-name" and "FULL_NAME" all name the same column. */
export function normaliseHeader(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** Reads a CSV or XLSX nominee list into cells by column; never throws for a bad file. */
export async function readNomineeFile(fileName: string, bytes: Buffer): Promise<ParsedSheet> {
  if (bytes.length === 0) return { rows: [], fileErrors: [problem('FILE_EMPTY', 'The file is empty.')] };
  if (bytes.length > MAX_FILE_BYTES) {
    const maxMb = MAX_FILE_BYTES / 1024 / 1024;
    return { rows: [], fileErrors: [problem('FILE_TOO_LARGE', `The file is larger than ${maxMb} MB.`, { maxMb })] };
  }
  const lower = fileName.toLowerCase();
  let table: string[][];
  try {
    if (lower.endsWith('.csv')) table = readCsv(bytes);
    else if (lower.endsWith('.xlsx')) table = await readXlsx(bytes);
    else return { rows: [], fileErrors: [problem('FILE_TYPE', 'Upload a .csv or .xlsx file.')] };
  } catch {
    return {
      rows: [],
      fileErrors: [
        lower.endsWith('.csv')
          ? problem('CSV_UNREADABLE', `${fileName} could not be read as CSV.`, { fileName })
          : problem('XLSX_UNREADABLE', `${fileName} could not be read as an Excel workbook.`, { fileName }),
      ],
    };
  }
  return toRows(table);
}

function readCsv(bytes: Buffer): string[][] {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const firstLine = text.split(/\r?\n/, 1)[0];
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const table: string[][] = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false });
  return table;
}

async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      values[col - 1] = cell.text ?? '';
    });
    table[rowNumber - 1] = Array.from(values, (v) => v ?? '');
  });
  return Array.from(table, (row) => row ?? []);
}

function toRows(table: string[][]): ParsedSheet {
  const header = (table[0] ?? []).map(normaliseHeader);
  const fileErrors: Problem[] = [];
  const expected = COLUMNS.join(', ');
  const missing = REQUIRED.filter((column) => !header.includes(column)).join(', ');
  if (missing) fileErrors.push(problem('COLUMNS_MISSING', `The header row lacks ${missing}. Expected columns: ${expected}.`, { columns: missing, expected }));
  const unknown = header.filter((h) => h !== '' && !(COLUMNS as readonly string[]).includes(h)).join(', ');
  if (unknown) fileErrors.push(problem('COLUMNS_UNKNOWN', `Unknown columns: ${unknown}. Expected columns: ${expected}.`, { columns: unknown, expected }));
  const rows: ParsedSheet['rows'] = [];
  table.slice(1).forEach((values, index) => {
    if (values.every((v) => !v?.trim())) return;
    const cells: Cells = {};
    header.forEach((column, i) => {
      if (column) cells[column] = (values[i] ?? '').normalize('NFC').trim();
    });
    rows.push({ rowNumber: index + 2, cells });
  });
  if (rows.length === 0 && fileErrors.length === 0) fileErrors.push(problem('NO_ROWS', 'The file has a header row but no nominees.'));
  if (rows.length > MAX_ROWS) fileErrors.push(problem('TOO_MANY_ROWS', `The file has ${rows.length} rows; import at most ${MAX_ROWS} at a time.`, { rows: rows.length, max: MAX_ROWS }));
  return { rows: fileErrors.length ? rows.slice(0, MAX_ROWS) : rows, fileErrors };
}

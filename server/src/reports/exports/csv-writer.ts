import { stringify } from 'csv-stringify/sync';
import { cellText, type ReportTable, type WriteOptions } from './report-table';

/** A spreadsheet treats a cell starting with one of these as a formula (and tab or CR as a way to hide one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text a spreadsheet will not run as a formula: a leading apostrophe before = + - @ (OWASP's
 * advice against CSV injection). Only text gets it, never our own numbers: -0.12 stays a number.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Tables as one CSV file: UTF-8 with a byte order mark (so Excel reads Khmer, Myanmar, Thai and
 * Vietnamese as UTF-8), RFC 4180 (CRLF, fields quoted when they hold a comma, quote or line
 * break). One table is a header row and its rows; several are sections, each its title on a line of
 * its own, then its header and rows, a blank line between them.
 */
export function writeCsv(tables: readonly ReportTable[], options: WriteOptions): Buffer {
  const records: string[][] = [];
  const sections = tables.length > 1;
  tables.forEach((table, index) => {
    if (sections) {
      if (index > 0) records.push([]);
      records.push([neutraliseFormula(table.title)]);
    }
    records.push(table.columns.map((column) => neutraliseFormula(column.heading)));
    for (const row of table.rows) {
      records.push(
        table.columns.map((column) => {
          const cell = row[column.key] ?? null;
          const text = cellText(cell, column, options);
          return typeof cell === 'string' ? neutraliseFormula(text) : text;
        }),
      );
    }
  });
  const csv = stringify(records, { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
  return Buffer.from(csv, 'utf8');
}

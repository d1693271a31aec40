import { createDocument, renderToBuffer } from '../../certificates/pdf/pdf-document';
import type { Doc } from '../../certificates/pdf/pdf-glyphs';
import { breakOpportunities } from '../../certificates/pdf/scripts';
import { TextEngine, type TextBox } from '../../certificates/pdf/text-engine';
import { numberOf, SUPPRESSED, type ReportCell, type ReportColumn, type ReportTable } from './report-table';

/**
 * A printable report of tables (A4 portrait) drawn with the certificates' text engine, so Khmer,
 * Myanmar, Thai and Vietnamese shape as they do on certificates. Laid out once into pages of drawing
 * steps, then drawn, so every footer can say "page 2 of 5". The same document gives the same bytes.
 */

export interface ReportPdfTable {
  /** A small heading above the table ("By country"). */
  caption?: string;
  table: ReportTable;
  /** Draws a bar under each row's percent in this column, capped at 100% (progress against target). */
  barColumn?: string;
}

export interface ReportPdfSection {
  heading: string;
  /** A sentence under the heading (what is counted). */
  note?: string;
  tables: ReportPdfTable[];
  /** Said instead of the tables when they have no rows. */
  empty?: string;
}

export interface ReportPdfDocument {
  /** BCP 47 language of the words, for number formats. */
  lang: string;
  /** Small capitals above the title ("MONITORING AND EVALUATION REPORT"). */
  kicker: string;
  title: string;
  /** Label and value pairs under the title: date, filter, who it was prepared for. */
  facts: [string, string][];
  sections: ReportPdfSection[];
  /** At the bottom of every page, before the page number. */
  footer: string;
  /** "Page {page} of {pages}". */
  pageLabel: string;
  suppressedText: string;
  /** ISO date: the PDF's creation date. */
  date: string;
  /** The PDF's title, author and subject. */
  info: { title: string; author: string; subject: string };
}

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { x: 42, top: 44, bottom: 40 };
const WIDTH = PAGE.width - 2 * MARGIN.x;
const FOOTER_TOP = PAGE.height - MARGIN.bottom + 10;
const BOTTOM = PAGE.height - MARGIN.bottom;
const INK = '#1d2733';
const NAVY = '#1f3a5f';
const GOLD = '#a8834a';
const MUTED = '#5b6675';
const LINE = '#c9ced6';
const BAND = '#eef1f5';
const STRIPE = '#f7f8fa';
const BAR = '#3f7d58';
const BAR_TRACK = '#dfe5dc';
const CELL = { size: 8, padX: 4, padY: 3.2 };
const HEAD = { size: 7.5, padY: 4 };

type Step = (doc: Doc) => void;

let engine: Promise<TextEngine> | undefined;

function textEngine(): Promise<TextEngine> {
  engine ??= TextEngine.create();
  return engine;
}

export async function renderReportPdf(report: ReportPdfDocument): Promise<Buffer> {
  const text = await textEngine();
  const date = new Date(`${report.date}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an ISO date: ${report.date}`);
  const doc = createDocument({ size: 'A4', layout: 'portrait', info: { ...report.info, date } });
  const pages = new Layout(text, report).pages();
  return renderToBuffer(doc, () => {
    pages.forEach((steps, index) => {
      if (index > 0) doc.addPage();
      for (const step of steps) step(doc);
      drawFooter(doc, text, report, index + 1, pages.length);
    });
  });
}

function drawFooter(doc: Doc, text: TextEngine, report: ReportPdfDocument, page: number, pages: number): void {
  doc.save().moveTo(MARGIN.x, FOOTER_TOP - 4).lineTo(PAGE.width - MARGIN.x, FOOTER_TOP - 4).lineWidth(0.5).strokeColor(LINE).stroke().restore();
  const label = report.pageLabel.replace('{page}', String(page)).replace('{pages}', String(pages));
  const labelWidth = text.measure(label, { size: 7 }).width;
  text.drawText(doc, report.footer, { x: MARGIN.x, y: FOOTER_TOP, width: WIDTH - labelWidth - 12, size: 7, maxLines: 1, color: MUTED });
  text.drawText(doc, label, { x: MARGIN.x, y: FOOTER_TOP, width: WIDTH, align: 'right', size: 7, color: MUTED });
}

/** Places everything top to bottom, starting a page when the next piece does not fit. */
class Layout {
  private readonly done: Step[][] = [];
  private page: Step[] = [];
  private y = MARGIN.top;
  private readonly numbers: { integer: Intl.NumberFormat; percent: Intl.NumberFormat; decimal: Map<number, Intl.NumberFormat> };

  constructor(
    private readonly text: TextEngine,
    private readonly report: ReportPdfDocument,
  ) {
    // Latin digits in every language: donors compare figures across the country reports.
    const locale = `${report.lang}-u-nu-latn`;
    this.numbers = {
      integer: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
      percent: new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      decimal: new Map(),
    };
  }

  pages(): Step[][] {
    this.titleBlock();
    for (const section of this.report.sections) this.section(section);
    this.done.push(this.page);
    return this.done;
  }

  private newPage(): void {
    this.done.push(this.page);
    this.page = [];
    this.y = MARGIN.top;
  }

  private room(): number {
    return BOTTOM - this.y;
  }

  /** Draws a text box at the cursor and moves the cursor below it. */
  private textBlock(content: string, box: Omit<TextBox, 'x' | 'y' | 'width'>, gapAfter: number, x = MARGIN.x, width = WIDTH): void {
    const { height } = this.text.boxSize(content, { ...box, width });
    if (height > this.room()) this.newPage();
    const y = this.y;
    this.page.push((doc) => this.text.drawText(doc, content, { ...box, x, y, width }));
    this.y += height + gapAfter;
  }

  private titleBlock(): void {
    const report = this.report;
    // Spaced capitals only where the script has capitals: spacing Thai, Khmer or Myanmar would pull marks off their letters.
    const latin = !/[\u0e00-\u0e7f\u1000-\u109f\u1780-\u17ff]/.test(report.kicker);
    this.textBlock(latin ? report.kicker.toLocaleUpperCase(report.lang) : report.kicker, { size: latin ? 8.5 : 9.5, weight: 'bold', letterSpacing: latin ? 1.4 : 0, color: GOLD }, 3);
    this.textBlock(report.title, { size: 17, family: 'serif', weight: 'bold', color: NAVY }, 8);
    const labelWidth = Math.min(140, Math.max(...report.facts.map(([label]) => this.text.measure(label, { size: 8.5, weight: 'bold' }).width)) + 10);
    for (const [label, value] of report.facts) {
      const valueBox = { size: 8.5, color: INK, width: WIDTH - labelWidth };
      const height = Math.max(this.text.boxSize(value, valueBox).height, this.text.boxSize(label, { size: 8.5, weight: 'bold', width: labelWidth - 8 }).height);
      const y = this.y;
      this.page.push((doc) => {
        this.text.drawText(doc, label, { x: MARGIN.x, y, width: labelWidth - 8, size: 8.5, weight: 'bold', color: MUTED });
        this.text.drawText(doc, value, { ...valueBox, x: MARGIN.x + labelWidth, y });
      });
      this.y += height + 1.5;
    }
    const ruleY = this.y + 6;
    this.page.push((doc) => doc.save().moveTo(MARGIN.x, ruleY).lineTo(PAGE.width - MARGIN.x, ruleY).lineWidth(1).strokeColor(GOLD).stroke().restore());
    this.y = ruleY + 14;
  }

  private section(section: ReportPdfSection): void {
    const headingBox = { size: 12, weight: 'bold' as const, color: NAVY, width: WIDTH };
    const headingHeight = this.text.boxSize(section.heading, headingBox).height + 4;
    const noteHeight = section.note ? this.text.boxSize(section.note, { size: 8, width: WIDTH }).height + 6 : 0;
    const first = section.tables.find((t) => t.table.rows.length > 0);
    // Keep the heading with the start of its first table.
    const firstTable = first ? this.tableStart(first) : 30;
    if (headingHeight + noteHeight + firstTable > this.room() && this.y > MARGIN.top) this.newPage();
    this.textBlock(section.heading, { size: 12, weight: 'bold', color: NAVY }, 4);
    if (section.note) this.textBlock(section.note, { size: 8, color: MUTED }, 6);
    const tables = section.tables.filter((t) => t.table.rows.length > 0);
    if (tables.length === 0 && section.empty) this.textBlock(section.empty, { size: 8.5, color: INK }, 14);
    for (const table of tables) this.table(table);
    this.y += 6;
  }

  /** Height of a table's caption, header and first row: what must fit before it starts on a page. */
  private tableStart(table: ReportPdfTable): number {
    const widths = this.columnWidths(table.table);
    const caption = table.caption ? this.text.boxSize(table.caption, { size: 9, weight: 'bold', width: WIDTH }).height + 3 : 0;
    return caption + this.headerHeight(table.table, widths) + this.rowHeight(table, table.table.rows[0], widths);
  }

  private table(table: ReportPdfTable): void {
    const { columns, rows } = table.table;
    const widths = this.columnWidths(table.table);
    if (this.tableStart(table) > this.room()) this.newPage();
    if (table.caption) this.textBlock(table.caption, { size: 9, weight: 'bold', color: INK }, 3);
    this.headerRow(table.table, widths);
    rows.forEach((row, index) => {
      const height = this.rowHeight(table, row, widths);
      // The last row never goes over to a page of its own: the one before it goes with it.
      const last = index === rows.length - 2 && index > 0 ? this.rowHeight(table, rows[index + 1], widths) : 0;
      if (height > this.room() || (last > 0 && height <= this.room() && height + last > this.room())) {
        this.newPage();
        this.headerRow(table.table, widths);
      }
      const y = this.y;
      this.page.push((doc) => this.drawRow(doc, table, columns, row, widths, y, height, index));
      this.y += height;
    });
    this.y += 12;
  }

  private headerHeight(table: ReportTable, widths: number[]): number {
    return Math.max(...table.columns.map((column, i) => this.text.boxSize(column.heading, { size: HEAD.size, weight: 'bold', width: widths[i] - 2 * CELL.padX, maxLines: 3 }).height)) + 2 * HEAD.padY;
  }

  private headerRow(table: ReportTable, widths: number[]): void {
    const height = this.headerHeight(table, widths);
    const y = this.y;
    const width = widths.reduce((a, b) => a + b, 0);
    this.page.push((doc) => {
      doc.save().rect(MARGIN.x, y, width, height).fill(BAND).restore();
      doc.save().moveTo(MARGIN.x, y + height).lineTo(MARGIN.x + width, y + height).lineWidth(0.8).strokeColor(NAVY).stroke().restore();
      let x = MARGIN.x;
      table.columns.forEach((column, i) => {
        const box = { size: HEAD.size, weight: 'bold' as const, width: widths[i] - 2 * CELL.padX, maxLines: 3, color: NAVY, align: column.kind === 'text' ? ('left' as const) : ('right' as const) };
        // Headings sit on the band's bottom, like a spreadsheet's.
        const own = this.text.boxSize(column.heading, box).height;
        this.text.drawText(doc, column.heading, { ...box, x: x + CELL.padX, y: y + height - HEAD.padY - own });
        x += widths[i];
      });
    });
    this.y += height;
  }

  private cellText(cell: ReportCell | undefined, column: ReportColumn): string {
    if (cell === SUPPRESSED) return this.report.suppressedText;
    if (cell === null || cell === undefined) return '–';
    if (typeof cell === 'string') return cell;
    const number = numberOf(cell, column);
    if (!number) return '–';
    switch (number.kind) {
      case 'integer':
        return this.numbers.integer.format(Math.round(number.value));
      case 'percent':
        return this.numbers.percent.format(number.value);
      case 'decimal':
      case 'text': {
        const decimals = number.decimals ?? 1;
        let format = this.numbers.decimal.get(decimals);
        if (!format) this.numbers.decimal.set(decimals, (format = new Intl.NumberFormat(`${this.report.lang}-u-nu-latn`, { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
        return format.format(number.value);
      }
    }
  }

  private cellBox(column: ReportColumn, width: number, cell: ReportCell | undefined) {
    const numeric = column.kind !== 'text' || (cell !== null && typeof cell === 'object');
    return {
      size: CELL.size,
      width: width - 2 * CELL.padX,
      align: numeric ? ('right' as const) : ('left' as const),
      maxLines: numeric ? 1 : 6,
      minSize: numeric ? 6 : undefined,
      color: cell === SUPPRESSED || cell === null || cell === undefined ? MUTED : INK,
    };
  }

  private rowHeight(table: ReportPdfTable, row: ReportTable['rows'][number] | undefined, widths: number[]): number {
    if (!row) return 0;
    const heights = table.table.columns.map((column, i) => this.text.boxSize(this.cellText(row[column.key], column), this.cellBox(column, widths[i], row[column.key])).height);
    return Math.max(...heights) + 2 * CELL.padY + (table.barColumn ? 3 : 0);
  }

  private drawRow(doc: Doc, table: ReportPdfTable, columns: ReportColumn[], row: ReportTable['rows'][number], widths: number[], y: number, height: number, index: number): void {
    const width = widths.reduce((a, b) => a + b, 0);
    if (index % 2 === 1) doc.save().rect(MARGIN.x, y, width, height).fill(STRIPE).restore();
    doc.save().moveTo(MARGIN.x, y + height).lineTo(MARGIN.x + width, y + height).lineWidth(0.4).strokeColor(LINE).stroke().restore();
    let x = MARGIN.x;
    columns.forEach((column, i) => {
      const cell = row[column.key];
      const box = this.cellBox(column, widths[i], cell);
      const content = this.cellText(cell, column);
      const drawn = this.text.drawText(doc, content, { ...box, x: x + CELL.padX, y: y + CELL.padY });
      const number = table.barColumn === column.key ? numberOf(cell ?? null, column) : null;
      if (number) {
        // Progress as a bar under its figure, full at 100%.
        const barWidth = widths[i] - 2 * CELL.padX;
        const barY = y + CELL.padY + drawn.height + 0.5;
        doc.save().rect(x + CELL.padX, barY, barWidth, 2).fill(BAR_TRACK).restore();
        if (number.value > 0) doc.save().rect(x + CELL.padX, barY, barWidth * Math.min(1, number.value), 2).fill(BAR).restore();
      }
      x += widths[i];
    });
  }

  /**
   * Numbers get the room their widest figure needs, and enough for their heading in three lines;
   * text columns share the rest in proportion to their content, so a long name wraps. A table of
   * numbers only keeps its natural width instead of spreading across the page.
   */
  private columnWidths(table: ReportTable): number[] {
    const pad = 2 * CELL.padX;
    const numeric = table.columns.map((column) => column.kind !== 'text');
    const cellWidth = (column: ReportColumn) => Math.max(0, ...table.rows.map((row) => this.text.measure(this.cellText(row[column.key], column), { size: CELL.size }).width + pad));
    const cells = table.columns.map((column) => Math.max(cellWidth(column), 30));
    const naturalFor = (lines: number) =>
      table.columns.map((column, i) => Math.max(cells[i], this.headingWidth(column.heading, numeric[i] ? lines : 1, cells[i])));
    // Number headings on as few lines as the page allows (text columns may wrap down to 200 points):
    // one where there is room, else two, else three.
    let natural = naturalFor(3);
    for (const lines of [1, 2]) {
      const candidate = naturalFor(lines);
      if (candidate.reduce((sum, w, i) => sum + (numeric[i] ? w : Math.min(w, 200)), 0) <= WIDTH) {
        natural = candidate;
        break;
      }
    }
    const fixed = natural.reduce((sum, w, i) => sum + (numeric[i] ? w : 0), 0);
    const textNatural = natural.reduce((sum, w, i) => sum + (numeric[i] ? 0 : w), 0);
    if (textNatural === 0) {
      const total = natural.reduce((a, b) => a + b, 0);
      return total > WIDTH ? natural.map((w) => (w * WIDTH) / total) : natural.map((w) => Math.max(w, 64));
    }
    const rest = Math.max(WIDTH * 0.25, WIDTH - fixed);
    if (textNatural <= rest) {
      const extra = rest - textNatural;
      return natural.map((w, i) => (numeric[i] ? w : w + (extra * w) / textNatural));
    }
    const minimum = table.columns.map((column, i) => (numeric[i] ? natural[i] : Math.min(natural[i], Math.max(this.headingWidth(column.heading, 2, 60), 60))));
    const textMinimum = minimum.reduce((sum, w, i) => sum + (numeric[i] ? 0 : w), 0);
    const share = Math.max(0, rest - textMinimum);
    const widths = natural.map((w, i) => (numeric[i] ? w : minimum[i] + (share * (w - minimum[i])) / Math.max(1, textNatural - textMinimum)));
    // Past the page only when numbers alone fill it: then everything shrinks alike.
    const total = widths.reduce((a, b) => a + b, 0);
    return total > WIDTH ? widths.map((w) => (w * WIDTH) / total) : widths;
  }

  /**
   * The narrowest column (from `from`) whose heading wraps into at most `lines` lines: the text
   * engine breaks at spaces and at Thai, Khmer and Myanmar word boundaries.
   */
  private headingWidth(heading: string, lines: number, from: number): number {
    const pad = 2 * CELL.padX;
    const style = { size: HEAD.size, weight: 'bold' as const };
    const oneLine = this.text.measure(heading, style).width + pad + 1;
    // Never narrower than its longest word: the engine would cut that word between letters.
    const breaks = [0, ...breakOpportunities(heading.normalize('NFC')), heading.length];
    const longestWord = Math.max(...breaks.slice(1).map((end, i) => this.text.measure(heading.normalize('NFC').slice(breaks[i], end).trim(), style).width)) + pad + 1;
    let width = Math.max(from, 20, longestWord);
    while (width < oneLine && width < 150 && this.text.boxSize(heading, { ...style, width: width - pad }).lines > lines) width += 3;
    return Math.min(width, oneLine);
  }
}

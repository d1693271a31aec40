import type { Writable } from 'node:stream';
import { createDocument, renderToBuffer, renderToStream } from './pdf-document';
import type { Doc } from './pdf-glyphs';
import { TextEngine } from './text-engine';

/** The words of a sign-in sheet in one language. */
export interface SignInSheetHeadings {
  /** e.g. "Attendance sign-in sheet". */
  sheet: string;
  number: string;
  name: string;
  signature: string;
}

export interface SignInSheetData {
  /** Course and cohort, e.g. "SME Competitiveness and Export Readiness · Cohort 2016-A, Phnom Penh". */
  title: string;
  /** Which session, when and where. */
  sessionLabel: string;
  /** English, and the cohort's language (null when the cohort works in English). */
  headings: { en: SignInSheetHeadings; local: SignInSheetHeadings | null };
  /** Everyone enrolled, in the order to print. */
  rows: { fullName: string; nativeName: string | null }[];
  /** ISO date written as the PDF's creation date (the session's day; never the clock). Default 2000-01-01. */
  date?: string | null;
}

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 40;
const ROW_HEIGHT = 40;
const INK = '#1d2733';
const NAVY = '#1f3a5f';
const GOLD = '#a8834a';
const MUTED = '#5b6675';
const LINE = '#c9ced6';
const COLUMNS = { number: 34, name: 250 };

let engine: Promise<TextEngine> | undefined;

function textEngine(): Promise<TextEngine> {
  engine ??= TextEngine.create();
  return engine;
}

/** A printable sign-in sheet for one session (A4 portrait), as many pages as the list needs. */
export async function renderSignInSheetPdf(data: SignInSheetData): Promise<Buffer> {
  const text = await textEngine();
  const doc = sheetDocument(data);
  return renderToBuffer(doc, () => drawSheet(doc, text, data));
}

export async function writeSignInSheetPdf(data: SignInSheetData, out: Writable): Promise<void> {
  const text = await textEngine();
  const doc = sheetDocument(data);
  await renderToStream(doc, () => drawSheet(doc, text, data), out);
}

function sheetDocument(data: SignInSheetData): Doc {
  const date = new Date(`${data.date ?? '2000-01-01'}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an ISO date: ${data.date}`);
  return createDocument({
    size: 'A4',
    layout: 'portrait',
    info: { title: `${data.headings.en.sheet} — ${data.title} — ${data.sessionLabel}`, author: 'Corridor', subject: data.title, date },
  });
}

function drawSheet(doc: Doc, text: TextEngine, data: SignInSheetData): void {
  const headerHeight = measureHeader(text, data);
  const tableTop = MARGIN + headerHeight;
  const footerTop = PAGE.height - MARGIN - 12;
  const rowsPerPage = Math.max(1, Math.floor((footerTop - 8 - tableTop) / ROW_HEIGHT));
  const pages = Math.max(1, Math.ceil(data.rows.length / rowsPerPage));
  for (let page = 0; page < pages; page++) {
    if (page > 0) doc.addPage();
    drawHeader(doc, text, data);
    const rows = data.rows.slice(page * rowsPerPage, (page + 1) * rowsPerPage);
    rows.forEach((row, i) => drawRow(doc, text, row, page * rowsPerPage + i + 1, tableTop + i * ROW_HEIGHT));
    const footer = pages > 1 ? `${data.sessionLabel} · ${page + 1} / ${pages}` : data.sessionLabel;
    text.drawText(doc, footer, {
      x: MARGIN,
      y: footerTop,
      width: PAGE.width - 2 * MARGIN,
      align: 'center',
      size: 7.5,
      maxLines: 1,
      color: MUTED,
    });
  }
}

/** Height of the header that repeats on every page, the column headings included. */
function measureHeader(text: TextEngine, data: SignInSheetData): number {
  return headerParts(text, data).reduce((sum, part) => sum + part.height + part.gapAfter, 0);
}

interface HeaderPart {
  height: number;
  gapAfter: number;
  draw(doc: Doc, y: number): void;
}

function headerParts(text: TextEngine, data: SignInSheetData): HeaderPart[] {
  const { en, local } = data.headings;
  const width = PAGE.width - 2 * MARGIN;
  const box = { x: MARGIN, width };
  const part = (content: string, style: Parameters<TextEngine['boxSize']>[1], gapAfter: number): HeaderPart => ({
    height: text.boxSize(content, { ...box, ...style }).height,
    gapAfter,
    draw: (doc, y) => text.drawText(doc, content, { ...box, ...style, y }),
  });
  const parts = [part(en.sheet.toUpperCase(), { size: 9, weight: 'bold', letterSpacing: 1.6, color: GOLD }, 0)];
  if (local) parts.push(part(local.sheet, { size: 10, color: GOLD }, 0));
  parts.push(part(data.title, { size: 15, family: 'serif', weight: 'bold', maxLines: 2, color: NAVY }, 2));
  parts.push(part(data.sessionLabel, { size: 10, maxLines: 2, color: INK }, 12));
  parts.push(columnHeadings(text, data));
  return parts;
}

function drawHeader(doc: Doc, text: TextEngine, data: SignInSheetData): void {
  let y = MARGIN;
  for (const part of headerParts(text, data)) {
    part.draw(doc, y);
    y += part.height + part.gapAfter;
  }
}

/** The table's column headings, English above the cohort's language, on a tinted band. */
function columnHeadings(text: TextEngine, data: SignInSheetData): HeaderPart {
  const { en, local } = data.headings;
  const height = local ? 34 : 22;
  const cells: [keyof SignInSheetHeadings, number, number][] = [
    ['number', MARGIN, COLUMNS.number],
    ['name', MARGIN + COLUMNS.number, COLUMNS.name],
    ['signature', MARGIN + COLUMNS.number + COLUMNS.name, PAGE.width - 2 * MARGIN - COLUMNS.number - COLUMNS.name],
  ];
  return {
    height,
    gapAfter: 0,
    draw: (doc, y) => {
      doc
        .save()
        .rect(MARGIN, y, PAGE.width - 2 * MARGIN, height)
        .fill('#eef1f5')
        .restore();
      for (const [key, x, width] of cells) {
        const english = text.drawText(doc, en[key], {
          x: x + 6,
          y: y + 4,
          width: width - 12,
          size: 8.5,
          weight: 'bold',
          maxLines: 1,
          minSize: 6,
          color: NAVY,
        });
        if (local)
          text.drawText(doc, local[key], {
            x: x + 6,
            y: y + 4 + english.height,
            width: width - 12,
            size: 8,
            maxLines: 1,
            minSize: 6,
            color: MUTED,
          });
      }
    },
  };
}

function drawRow(doc: Doc, text: TextEngine, row: SignInSheetData['rows'][number], number: number, y: number): void {
  const nameX = MARGIN + COLUMNS.number + 6;
  const nameWidth = COLUMNS.name - 12;
  const nativeName = row.nativeName?.normalize('NFC');
  const hasNative = nativeName && nativeName !== row.fullName.normalize('NFC');
  const latin = text.boxSize(row.fullName, { width: nameWidth, size: 10, weight: 'bold', maxLines: 1, minSize: 7 });
  const native = hasNative ? text.boxSize(nativeName, { width: nameWidth, size: 10, maxLines: 1, minSize: 7 }) : null;
  // Both names centred in the row as a pair.
  let nameY = y + (ROW_HEIGHT - latin.height - (native?.height ?? 0)) / 2;
  text.drawText(doc, String(number), { x: MARGIN + 6, y: nameY + 1, width: COLUMNS.number - 12, align: 'right', size: 9, color: MUTED });
  nameY += text.drawText(doc, row.fullName, {
    x: nameX,
    y: nameY,
    width: nameWidth,
    size: 10,
    weight: 'bold',
    maxLines: 1,
    minSize: 7,
    color: INK,
  }).height;
  if (hasNative) text.drawText(doc, nativeName, { x: nameX, y: nameY, width: nameWidth, size: 10, maxLines: 1, minSize: 7, color: INK });
  const signatureX = MARGIN + COLUMNS.number + COLUMNS.name;
  doc
    .save()
    .moveTo(MARGIN, y + ROW_HEIGHT)
    .lineTo(PAGE.width - MARGIN, y + ROW_HEIGHT)
    .lineWidth(0.5)
    .strokeColor(LINE)
    .stroke()
    .moveTo(signatureX, y)
    .lineTo(signatureX, y + ROW_HEIGHT)
    .moveTo(MARGIN, y)
    .lineTo(MARGIN, y + ROW_HEIGHT)
    .moveTo(PAGE.width - MARGIN, y)
    .lineTo(PAGE.width - MARGIN, y + ROW_HEIGHT)
    .stroke()
    .restore();
}

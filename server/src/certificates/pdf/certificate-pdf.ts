import type { Writable } from 'node:stream';
import { createDocument, renderToBuffer, renderToStream } from './pdf-document';
import type { Doc } from './pdf-glyphs';
import { drawQrCode } from './qr-code';
import { TextEngine, type TextBox } from './text-engine';

/**
 * What a certificate shows. The names match the certificate's frozen facts and its PDF metadata,
 * so `{ ...facts, ...meta }` is a valid argument; nothing else goes into the PDF, so the same data
 * always gives the same bytes.
 */
export interface CertificatePdfData {
  programme: string;
  institute: string;
  /** The holder's name in Latin script. */
  holderName: string;
  /** The holder's name in their own script (Khmer, Myanmar, Thai, or Latin for Vietnamese), if any. */
  holderNativeName: string | null;
  courseTitle: string;
  /** e.g. "Component A"; shown above the course title. */
  component?: string | null;
  modules: { title: string; hours: number }[];
  /** ISO dates (YYYY-MM-DD). */
  startsOn: string;
  endsOn: string;
  /** 0 to 1. */
  attendanceRate: number;
  /** One to three, left to right. */
  signatories: { name: string; title: string }[];
  serial: string;
  /** Where the QR code leads: <PUBLIC_URL>/verify/<code>. */
  verifyUrl: string;
  revoked: boolean;
  /** ISO date of issue, printed and used as the PDF's creation date; defaults to the end date. */
  issuedOn?: string | null;
  /** Locale for the dates; the certificate's wording is English. Default en-GB. */
  locale?: string;
}

const PAGE = { width: 841.89, height: 595.28 };
const INK = '#1d2733';
const NAVY = '#1f3a5f';
const GOLD = '#a8834a';
const MUTED = '#5b6675';
const REVOKED_RED = '#c62828';

let engine: Promise<TextEngine> | undefined;

function textEngine(): Promise<TextEngine> {
  engine ??= TextEngine.create();
  return engine;
}

/** The certificate as PDF bytes (A4 landscape, one page). */
export async function renderCertificatePdf(data: CertificatePdfData): Promise<Buffer> {
  const text = await textEngine();
  const doc = certificateDocument(data);
  return renderToBuffer(doc, () => drawCertificate(doc, text, data));
}

/** Streams the certificate into `out` (a file, an HTTP response, a ZIP entry) without holding it. */
export async function writeCertificatePdf(data: CertificatePdfData, out: Writable): Promise<void> {
  const text = await textEngine();
  const doc = certificateDocument(data);
  await renderToStream(doc, () => drawCertificate(doc, text, data), out);
}

function certificateDocument(data: CertificatePdfData): Doc {
  if (data.signatories.length < 1 || data.signatories.length > 3) {
    throw new RangeError(`A certificate has room for one to three signatories, not ${data.signatories.length}`);
  }
  return createDocument({
    size: 'A4',
    layout: 'landscape',
    info: {
      title: `Certificate of Completion — ${data.holderName} — ${data.serial}`,
      author: data.institute,
      subject: data.courseTitle,
      date: isoDate(data.issuedOn ?? data.endsOn),
    },
  });
}

/** A piece of the certificate's centre column: its height, the space after it, and a share of any spare room. */
interface Block {
  height: number;
  gapAfter: number;
  stretch: number;
  draw(y: number): void;
}

function drawCertificate(doc: Doc, text: TextEngine, data: CertificatePdfData): void {
  const { width: W, height: H } = PAGE;
  const column = { x: 90, width: W - 180, align: 'center' as const };
  const textBlock = (content: string, box: Omit<TextBox, 'x' | 'y' | 'width' | 'align'>, gapAfter: number, stretch = 0): Block => ({
    height: text.boxSize(content, { ...column, ...box }).height,
    gapAfter,
    stretch,
    draw: (y) => text.drawText(doc, content, { ...column, ...box, y }),
  });
  const rule = (halfWidth: number, lineWidth: number, gapAfter: number, stretch = 0): Block => ({
    height: 0,
    gapAfter,
    stretch,
    draw: (y) =>
      doc
        .save()
        .moveTo(W / 2 - halfWidth, y)
        .lineTo(W / 2 + halfWidth, y)
        .lineWidth(lineWidth)
        .strokeColor(GOLD)
        .stroke()
        .restore(),
  });
  const nativeName = data.holderNativeName?.normalize('NFC');
  const held = `held ${dateRange(data.startsOn, data.endsOn, data.locale)}, with an attendance rate of ${percent(data.attendanceRate)}`;

  const blocks: Block[] = [
    textBlock(data.institute.toUpperCase(), { size: 11, weight: 'bold', letterSpacing: 2.4, color: NAVY }, 4),
    textBlock(data.programme, { size: 9.5, maxLines: 2, color: MUTED }, 10),
    rule(36, 0.8, 8, 1),
    textBlock('Certificate of Completion', { size: 34, family: 'serif', weight: 'bold', color: NAVY }, 4, 0.5),
    textBlock('This is to certify that', { size: 12.5, family: 'serif', italic: true, color: MUTED }, 4, 0.5),
    textBlock(data.holderName, { size: 28, minSize: 16, maxLines: 1, family: 'serif', weight: 'bold', color: INK }, 0),
    ...(nativeName && nativeName !== data.holderName.normalize('NFC')
      ? [textBlock(nativeName, { size: 17, minSize: 11, maxLines: 1, color: INK }, 0)]
      : []),
    rule(170, 0.6, 8, 0.75),
    textBlock('has successfully completed the course', { size: 12, family: 'serif', italic: true, color: MUTED }, 4),
    ...(data.component ? [textBlock(data.component.toUpperCase(), { size: 8.5, weight: 'bold', letterSpacing: 1.6, color: GOLD }, 0)] : []),
    textBlock(data.courseTitle, { size: 17, minSize: 13, maxLines: 2, family: 'serif', weight: 'bold', color: NAVY }, 2),
    textBlock(held, { size: 10.5, color: INK }, 10, 1),
  ];
  const top = 50;
  const bottom = H - 150;
  const used = blocks.reduce((sum, block) => sum + block.height + block.gapAfter, 0);
  blocks.push(modulesBlock(doc, text, data.modules, bottom - top - used));
  const spare = Math.max(0, bottom - top - used - blocks[blocks.length - 1].height);
  const stretch = blocks.reduce((sum, block) => sum + block.stretch, 0);
  let y = top;
  for (const block of blocks) {
    block.draw(y);
    y += block.height + block.gapAfter + (stretch > 0 ? (spare * block.stretch) / stretch : 0);
  }

  drawSignatories(doc, text, data.signatories, H - 110);
  drawSerial(doc, text, data, H - 124);
  drawVerification(doc, text, data.verifyUrl, H - 140);
  drawFrame(doc);
  if (data.revoked) drawRevoked(doc, text);
}

function drawFrame(doc: Doc): void {
  const { width: W, height: H } = PAGE;
  doc.save();
  doc
    .rect(18, 18, W - 36, H - 36)
    .lineWidth(3)
    .strokeColor(NAVY)
    .stroke();
  doc
    .rect(26, 26, W - 52, H - 52)
    .lineWidth(0.8)
    .strokeColor(GOLD)
    .stroke();
  // A small diamond at each inner corner.
  for (const [cx, cy] of [
    [26, 26],
    [W - 26, 26],
    [26, H - 26],
    [W - 26, H - 26],
  ]) {
    doc
      .moveTo(cx, cy - 6)
      .lineTo(cx + 6, cy)
      .lineTo(cx, cy + 6)
      .lineTo(cx - 6, cy)
      .closePath()
      .fill(GOLD);
  }
  doc.restore();
}

/** The modules with their hours, in as many columns (one to three) as the room needs, and the total. */
function modulesBlock(doc: Doc, text: TextEngine, modules: CertificatePdfData['modules'], room: number): Block {
  const { width: W } = PAGE;
  const rowHeight = 14.5;
  const headingHeight = 14;
  const totalHeight = 16;
  const roomRows = Math.max(1, Math.floor((room - headingHeight - totalHeight) / rowHeight));
  const columns = Math.min(3, Math.max(modules.length > 4 ? 2 : 1, Math.ceil(modules.length / roomRows)));
  const rows = Math.ceil(modules.length / columns);
  const columnWidth = columns === 1 ? 380 : columns === 2 ? 300 : 210;
  const gap = 24;
  const left = (W - (columns * columnWidth + (columns - 1) * gap)) / 2;
  const draw = (top: number) => {
    text.drawText(doc, 'MODULES COMPLETED', {
      x: 0,
      width: W,
      y: top,
      align: 'center',
      size: 7.5,
      weight: 'bold',
      letterSpacing: 1.4,
      color: GOLD,
    });
    const rowsTop = top + headingHeight;
    modules.forEach((module, i) => {
      const x = left + Math.floor(i / rows) * (columnWidth + gap);
      const y = rowsTop + (i % rows) * rowHeight;
      const hours = `${formatHours(module.hours)} h`;
      text.markSpan(doc, `${i + 1}. ${module.title}, ${hours}`, () => {
        text.drawText(doc, `${i + 1}`, { x, y, width: 14, size: 9, weight: 'bold', color: GOLD, mark: false });
        text.drawText(doc, module.title, { x: x + 16, y, width: columnWidth - 60, size: 9, maxLines: 1, color: INK, mark: false });
        text.drawText(doc, hours, { x, y, width: columnWidth, align: 'right', size: 9, color: MUTED, mark: false });
      });
    });
    const total = modules.reduce((sum, module) => sum + module.hours, 0);
    text.drawText(doc, `Total ${formatHours(total)} hours`, {
      x: 0,
      width: W,
      y: rowsTop + rows * rowHeight + 2,
      align: 'center',
      size: 9,
      weight: 'bold',
      color: NAVY,
    });
  };
  if (modules.length === 0) return { height: 0, gapAfter: 0, stretch: 0, draw: () => undefined };
  return { height: headingHeight + rows * rowHeight + totalHeight, gapAfter: 0, stretch: 0, draw };
}

/** A signature line per signatory, their name below it and their title below that. */
function drawSignatories(doc: Doc, text: TextEngine, signatories: CertificatePdfData['signatories'], lineY: number): void {
  const { width: W } = PAGE;
  const slot = 170;
  const left = W / 2 - (signatories.length * slot) / 2;
  signatories.forEach((signatory, i) => {
    const x = left + i * slot + 10;
    const width = slot - 20;
    doc
      .save()
      .moveTo(x, lineY)
      .lineTo(x + width, lineY)
      .lineWidth(0.7)
      .strokeColor(INK)
      .stroke()
      .restore();
    const name = text.drawText(doc, signatory.name, {
      x,
      y: lineY + 4,
      width,
      align: 'center',
      size: 10,
      minSize: 8,
      maxLines: 1,
      weight: 'bold',
      color: INK,
    });
    text.drawText(doc, signatory.title, { x, y: lineY + 4 + name.height, width, align: 'center', size: 8, maxLines: 2, color: MUTED });
  });
}

function drawSerial(doc: Doc, text: TextEngine, data: CertificatePdfData, top: number): void {
  const x = 52;
  const width = 140;
  let y = top;
  y += text.drawText(doc, 'CERTIFICATE NO.', { x, y, width, size: 7, weight: 'bold', letterSpacing: 1.2, color: GOLD }).height;
  y += text.drawText(doc, data.serial, { x, y, width, size: 11, minSize: 8, maxLines: 1, weight: 'bold', color: NAVY }).height;
  if (data.issuedOn) {
    y += 6;
    y += text.drawText(doc, 'ISSUED', { x, y, width, size: 7, weight: 'bold', letterSpacing: 1.2, color: GOLD }).height;
    text.drawText(doc, formatDate(data.issuedOn, data.locale), { x, y, width, size: 9.5, color: INK });
  }
}

function drawVerification(doc: Doc, text: TextEngine, url: string, top: number): void {
  const { width: W } = PAGE;
  const size = 76;
  const x = W - 52 - size;
  drawQrCode(doc, url, x, top, size, INK);
  const captionY = top + size;
  const caption = text.drawText(doc, 'Scan or visit to verify', {
    x: x - 30,
    width: size + 30,
    y: captionY,
    align: 'right',
    size: 7,
    color: MUTED,
  });
  text.drawText(doc, url, {
    x: x - 70,
    width: size + 70,
    y: captionY + caption.height,
    align: 'right',
    size: 6.5,
    maxLines: 2,
    color: MUTED,
  });
}

/** A large diagonal stamp across the page, drawn last so nothing covers it. */
function drawRevoked(doc: Doc, text: TextEngine): void {
  const { width: W, height: H } = PAGE;
  const style = { size: 112, weight: 'bold' as const, letterSpacing: 8 };
  const mark = text.measure('REVOKED', style);
  // Centre the capitals (0.714 em tall in Noto Sans), not the line box, on the page.
  const capHeight = 0.714 * style.size;
  const baseline = H / 2 + capHeight / 2;
  const pad = 22;
  doc.save();
  doc.rotate(-24, { origin: [W / 2, H / 2] });
  doc
    .rect(W / 2 - mark.width / 2 - pad, baseline - capHeight - pad, mark.width + 2 * pad, capHeight + 2 * pad)
    .lineWidth(6)
    .strokeOpacity(0.45)
    .strokeColor(REVOKED_RED)
    .stroke();
  doc.fillOpacity(0.35);
  text.drawText(doc, 'REVOKED', { ...style, x: W / 2, y: baseline - mark.ascent, align: 'center', color: REVOKED_RED });
  doc.restore();
}

function isoDate(value: string): Date {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an ISO date: ${value}`);
  return date;
}

function dateFormat(locale = 'en-GB'): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function formatDate(value: string, locale?: string): string {
  return dateFormat(locale).format(isoDate(value));
}

/** "14 – 25 March 2016", "14 March – 2 April 2016", or one date for a one-day course. */
function dateRange(startsOn: string, endsOn: string, locale?: string): string {
  return dateFormat(locale)
    .formatRange(isoDate(startsOn), isoDate(endsOn))
    .replace(/\s*–\s*/, ' – ');
}

function percent(rate: number): string {
  return `${Math.round(Math.min(1, Math.max(0, rate)) * 100)}%`;
}

function formatHours(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(1);
}

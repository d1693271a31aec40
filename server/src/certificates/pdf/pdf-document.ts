import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import type { Doc } from './pdf-glyphs';

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  /** Written as the creation and modification dates: never the clock, so the bytes depend only on the data. */
  date: Date;
}

/**
 * A PDFKit document whose bytes depend only on what is drawn: fixed dates and producer in the info
 * dictionary (PDFKit derives the trailer /ID from them) and font subset tags that PDFKit derives
 * from the font's order of use. PDF 1.7 for /ActualText in marked content.
 */
/** `size` is A4 or [width, height] in points. */
export function createDocument(options: { size: 'A4' | [number, number]; layout: 'portrait' | 'landscape'; info: DocumentInfo }): Doc {
  return new PDFDocument({
    size: options.size,
    layout: options.layout,
    margin: 0,
    // No default font: every glyph goes through the text engine's fonts (and Helvetica's metrics are not parsed for nothing).
    font: '',
    pdfVersion: '1.7',
    lang: 'en',
    displayTitle: true,
    info: {
      Title: options.info.title,
      Author: options.info.author,
      Subject: options.info.subject,
      Creator: 'Corridor',
      Producer: 'Corridor (PDFKit, HarfBuzz)',
      CreationDate: options.info.date,
      ModDate: options.info.date,
    },
  });
}

/** Ends the document after `draw` and collects it into one buffer. */
export async function renderToBuffer(doc: Doc, draw: () => void): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw();
  doc.end();
  return done;
}

/** Streams the document into `out` as it is written; resolves when `out` has taken all of it. */
export async function renderToStream(doc: Doc, draw: () => void, out: Writable): Promise<void> {
  const written = pipeline(doc, out);
  try {
    draw();
  } catch (error) {
    // Fails the pipeline too, so `out` is not left waiting for the rest of a PDF.
    doc.destroy(error instanceof Error ? error : new Error(String(error)));
    await written.catch(() => undefined);
    throw error;
  }
  doc.end();
  await written;
}

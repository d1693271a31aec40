import type PDFDocument from 'pdfkit';
import { faceData, type FaceKey } from './fonts';
import type { LoadedFace, ShapedGlyph } from './shaper';

/**
 * The part of PDFKit's EmbeddedFont (lib/font/embedded.js) this module drives: PDFKit's own text
 * methods lay text out with fontkit, which cannot shape Myanmar, so glyphs shaped by HarfBuzz are
 * written to the content stream here, and registered in PDFKit's subset, widths and ToUnicode
 * tables exactly as EmbeddedFont.encode() would, so PDFKit still embeds the subset when it ends.
 */
interface EmbeddedFont {
  id: string;
  /** The fontkit font PDFKit parsed from the TTF. */
  font: object;
  subset: { includeGlyph(gid: number): number };
  widths: (number | undefined)[];
  unicode: (number[] | undefined)[];
  ref(): unknown;
}

/** A PDFKit document (the package types the instance and the constructor as one). */
export type Doc = typeof PDFDocument;

const registered = new WeakMap<Doc, Set<FaceKey>>();

/**
 * Fonts as fontkit parsed them for an earlier document. PDFKit accepts a fontkit font wherever it
 * takes font bytes, and parsing the tables again for every certificate was a third of its time.
 * Documents are drawn and ended synchronously, so no two use a font's shared read stream at once.
 */
const parsed = new Map<FaceKey, object>();

/** Makes a face the document's current PDFKit font and returns its embedding. */
function useFace(doc: Doc, key: FaceKey): EmbeddedFont {
  let keys = registered.get(doc);
  if (!keys) registered.set(doc, (keys = new Set()));
  if (!keys.has(key)) {
    // PDFKit's types say Buffer; a fontkit font is what it makes of one.
    doc.registerFont(key, (parsed.get(key) ?? faceData(key)) as Buffer);
    keys.add(key);
  }
  doc.font(key);
  const font = (doc as unknown as { _font: EmbeddedFont })._font;
  if (!parsed.has(key)) parsed.set(key, font.font);
  const pageFonts = doc.page.fonts as Record<string, unknown>;
  pageFonts[font.id] ??= font.ref();
  return font;
}

/** A number as PDF content wants it: at most three decimals, no exponent, no "-0". */
export function pdfNumber(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

export interface GlyphRun {
  face: LoadedFace;
  glyphs: readonly ShapedGlyph[];
}

/**
 * Writes one line of shaped runs as a single text object, starting at (x, baseline) in PDFKit's
 * top-down page coordinates. Each run sets its font and position (Tf, Tm); glyphs follow as TJ
 * arrays whose numbers correct PDF's default advances (the font's widths) to HarfBuzz's advances
 * and offsets; vertical mark offsets use the text rise (Ts). `letterSpacing` is in points.
 */
export function writeGlyphRuns(doc: Doc, runs: readonly GlyphRun[], x: number, baseline: number, size: number, letterSpacing = 0): void {
  // PDFKit keeps the page flipped (origin top left); text goes in unflipped, as PDFKit's own does.
  doc.save();
  doc.transform(1, 0, 0, -1, 0, doc.page.height);
  const y = doc.page.height - baseline;
  const ops: string[] = ['BT'];
  let penX = x;
  for (const run of runs) {
    if (run.glyphs.length === 0) continue;
    const font = useFace(doc, run.face.key);
    const toThousandths = 1000 / run.face.upem;
    const toPoints = size / run.face.upem;
    const spacing = (letterSpacing * 1000) / size;
    ops.push(`/${font.id} ${pdfNumber(size)} Tf`, `1 0 0 1 ${pdfNumber(penX)} ${pdfNumber(y)} Tm`);
    let items: string[] = [];
    let pending = 0;
    let rise = 0;
    const flush = () => {
      if (items.length > 0) ops.push(`[${items.join(' ')}] TJ`);
      items = [];
    };
    for (const glyph of run.glyphs) {
      const subsetGid = font.subset.includeGlyph(glyph.gid);
      const width = run.face.advance(glyph.gid) * toThousandths;
      font.widths[subsetGid] ??= width;
      font.unicode[subsetGid] ??= [...glyph.chars].map((c) => c.codePointAt(0) ?? 0);
      const glyphRise = glyph.yOffset * toPoints;
      if (glyphRise !== rise) {
        if (pending !== 0) items.push(pdfNumber(pending));
        pending = 0;
        flush();
        ops.push(`${pdfNumber(glyphRise)} Ts`);
        rise = glyphRise;
      }
      const offset = glyph.xOffset * toThousandths;
      const advance = glyph.xAdvance * toThousandths + (glyph.xAdvance !== 0 ? spacing : 0);
      pending -= offset;
      if (Math.abs(pending) > 1e-6) items.push(pdfNumber(pending));
      items.push(`<${subsetGid.toString(16).padStart(4, '0')}>`);
      // After the glyph the pen must stand `advance` past where the glyph's own origin was.
      pending = width - advance + offset;
      penX += (advance * size) / 1000;
    }
    flush();
    if (rise !== 0) ops.push('0 Ts');
  }
  ops.push('ET');
  doc.addContent(ops.join('\n'));
  doc.restore();
}

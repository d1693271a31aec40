import { faceFor, type FontStyle } from './fonts';
import { writeGlyphRuns, type Doc, type GlyphRun } from './pdf-glyphs';
import { breakOpportunities, scriptRuns, type Script } from './scripts';
import { Shaper, type LoadedFace } from './shaper';

export interface TextStyle extends FontStyle {
  /** Font size in points. */
  size: number;
  /** Extra space after each glyph, in points (for spaced capitals). */
  letterSpacing?: number;
}

export type Align = 'left' | 'center' | 'right';

export interface TextBox extends TextStyle {
  x: number;
  /** Top of the first line. */
  y: number;
  /**
   * Width to wrap and align in. Without it each paragraph stays on one line and `align` says
   * whether x is its left edge, centre or right edge.
   */
  width?: number;
  align?: Align;
  /** At most this many lines: first the size shrinks towards `minSize`, then the last line is cut with an ellipsis. */
  maxLines?: number;
  minSize?: number;
  /** Multiple of the fonts' natural line height (hhea ascender + descender); default 1. */
  lineHeight?: number;
  color?: string;
  /** Mark each line with /ActualText (default); false inside a span the caller marks with markSpan. */
  mark?: boolean;
}

export interface TextMetrics {
  width: number;
  /** Above and below the baseline, from the tallest font in the text, in points. */
  ascent: number;
  descent: number;
}

export interface DrawnText {
  /** Widest line, in points. */
  width: number;
  /** From the top of the first line to the bottom of the last. */
  height: number;
  lines: number;
  /** The size used, smaller than asked when the text was shrunk to fit. */
  size: number;
  /** Baseline of the first line. */
  baseline: number;
}

interface ShapedRun extends GlyphRun {
  script: Script;
  /** UTF-16 offsets of the run in its text. */
  start: number;
  end: number;
}

interface Line {
  text: string;
  runs: ShapedRun[];
  width: number;
}

interface Layout {
  lines: Line[];
  size: number;
  ascent: number;
  descent: number;
}

const ELLIPSIS = '\u2026';
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * Lays out and draws text in Khmer, Myanmar, Thai and Latin (Vietnamese included) on PDFKit pages:
 * text is normalised to NFC, split into runs by script, each run shaped by HarfBuzz with its
 * script's font, wrapped at spaces and at dictionary word boundaries, and drawn glyph by glyph. Each
 * line is marked with /ActualText, so copying or extracting it gives the characters in logical order.
 */
export class TextEngine {
  constructor(private readonly shaper: Shaper) {}

  static async create(): Promise<TextEngine> {
    return new TextEngine(await Shaper.load());
  }

  /** Width and vertical extent of text set on one line. */
  measure(text: string, style: TextStyle): TextMetrics {
    const runs = this.shapeLine(text.normalize('NFC'), style);
    return { width: this.widthOf(runs, style), ...this.extent(runs, style.size) };
  }

  /**
   * Marks what `draw` draws as one piece of text, `actual`, for copying and extraction: for pieces
   * set apart on the page that read as one line (a numbered row with its hours).
   */
  markSpan(doc: Doc, actual: string, draw: () => void): void {
    doc.markContent('Span', { actual: actual.normalize('NFC') });
    draw();
    doc.endMarkedContent();
  }

  /** The room text takes in a box, as drawText would draw it, without drawing it. */
  boxSize(text: string, box: Omit<TextBox, 'x' | 'y'>): Omit<DrawnText, 'baseline'> {
    const layout = this.fit(text.normalize('NFC'), box);
    const lineHeight = (layout.ascent + layout.descent) * (box.lineHeight ?? 1);
    return {
      width: Math.max(0, ...layout.lines.map((l) => l.width)),
      height: lineHeight * layout.lines.length,
      lines: layout.lines.length,
      size: layout.size,
    };
  }

  /** The lines text takes in a box, as drawText would draw them. */
  lines(text: string, box: Omit<TextBox, 'x' | 'y'>): string[] {
    return this.fit(text.normalize('NFC'), box).lines.map((line) => line.text);
  }

  /** Draws text in a box and says how much room it took. */
  drawText(doc: Doc, text: string, box: TextBox): DrawnText {
    const layout = this.fit(text.normalize('NFC'), box);
    const lineHeight = (layout.ascent + layout.descent) * (box.lineHeight ?? 1);
    const halfLeading = (lineHeight - layout.ascent - layout.descent) / 2;
    const align = box.align ?? 'left';
    doc.save();
    if (box.color) doc.fillColor(box.color);
    let widest = 0;
    layout.lines.forEach((line, i) => {
      widest = Math.max(widest, line.width);
      const room = box.width ?? 0;
      const x = align === 'left' ? box.x : align === 'center' ? box.x + (room - line.width) / 2 : box.x + room - line.width;
      const baseline = box.y + halfLeading + layout.ascent + i * lineHeight;
      const mark = box.mark ?? true;
      if (mark) doc.markContent('Span', { actual: line.text });
      writeGlyphRuns(doc, line.runs, x, baseline, layout.size, box.letterSpacing ?? 0);
      if (mark) doc.endMarkedContent();
    });
    doc.restore();
    return {
      width: widest,
      height: lineHeight * layout.lines.length,
      lines: layout.lines.length,
      size: layout.size,
      baseline: box.y + halfLeading + layout.ascent,
    };
  }

  private fit(text: string, box: Omit<TextBox, 'x' | 'y'>): Layout {
    let size = box.size;
    let layout = this.layout(text, { ...box, size });
    while (box.maxLines && box.minSize && layout.lines.length > box.maxLines && size > box.minSize) {
      size = Math.max(box.minSize, size - 0.5);
      layout = this.layout(text, { ...box, size });
    }
    if (box.maxLines && layout.lines.length > box.maxLines) {
      const kept = layout.lines.slice(0, box.maxLines);
      const last = kept[kept.length - 1];
      kept[kept.length - 1] = this.ellipsize(last.text, { ...box, size }, box.width ?? Infinity);
      layout = { ...layout, lines: kept };
    }
    return layout;
  }

  private layout(text: string, box: TextStyle & { width?: number }): Layout {
    const lines: Line[] = [];
    let ascent = 0;
    let descent = 0;
    for (const paragraph of text.split('\n')) {
      const texts = box.width === undefined ? [paragraph.trim()] : this.wrap(paragraph, box, box.width);
      for (const lineText of texts) {
        const runs = this.shapeLine(lineText, box);
        const extent = this.extent(runs, box.size);
        ascent = Math.max(ascent, extent.ascent);
        descent = Math.max(descent, extent.descent);
        lines.push({ text: lineText, runs, width: this.widthOf(runs, box) });
      }
    }
    if (ascent === 0) {
      const latin = this.shaper.face(faceFor('latin', box));
      ascent = (latin.ascender * box.size) / latin.upem;
      descent = (latin.descender * box.size) / latin.upem;
    }
    return { lines, size: box.size, ascent, descent };
  }

  /** Greedy line breaking: the most text that fits on each line, breaking only where breakOpportunities allows. */
  private wrap(paragraph: string, style: TextStyle, width: number): string[] {
    const text = paragraph.trim();
    if (text === '') return [''];
    // Advances per character, from the paragraph shaped whole: a cluster's advance sits on its first character.
    const advances = new Float64Array(text.length + 1);
    for (const run of this.shapeLine(text, style)) {
      const scale = style.size / run.face.upem;
      for (const glyph of run.glyphs) {
        advances[run.start + glyph.cluster] += glyph.xAdvance * scale + (glyph.xAdvance !== 0 ? (style.letterSpacing ?? 0) : 0);
      }
    }
    const prefix = new Float64Array(text.length + 1);
    for (let i = 0; i < text.length; i++) prefix[i + 1] = prefix[i] + advances[i];
    const widthOf = (start: number, end: number) => {
      let stop = end;
      while (stop > start && /\s/.test(text[stop - 1])) stop--;
      return prefix[stop] - prefix[start];
    };
    const candidates = [...breakOpportunities(text), text.length];
    const lines: string[] = [];
    let start = 0;
    let fitted = -1;
    for (let i = 0; i < candidates.length; i++) {
      const end = candidates[i];
      if (widthOf(start, end) <= width + 0.01) {
        fitted = end;
        continue;
      }
      if (fitted > start) {
        lines.push(text.slice(start, fitted).trim());
        start = fitted;
        fitted = -1;
        i--;
        continue;
      }
      // A single word wider than the line: cut it between graphemes, never inside one.
      let cut = start;
      for (const { index } of graphemes.segment(text.slice(start, end))) {
        if (index > 0 && widthOf(start, start + index) > width + 0.01) break;
        cut = start + index;
      }
      if (cut === start) cut = start + ([...graphemes.segment(text.slice(start, end))][1]?.index ?? end - start);
      lines.push(text.slice(start, cut).trim());
      start = cut;
      fitted = -1;
      i--;
    }
    if (start < text.length) lines.push(text.slice(start).trim());
    return lines;
  }

  private ellipsize(text: string, style: TextStyle, width: number): Line {
    const parts = [...graphemes.segment(text)].map((s) => s.segment);
    for (let keep = parts.length; keep >= 0; keep--) {
      const candidate = parts.slice(0, keep).join('').trimEnd() + ELLIPSIS;
      const runs = this.shapeLine(candidate, style);
      const lineWidth = this.widthOf(runs, style);
      if (lineWidth <= width || keep === 0) return { text: candidate, runs, width: lineWidth };
    }
    throw new Error('unreachable');
  }

  /** One line split into script runs, each shaped with its script's face for the style. */
  private shapeLine(text: string, style: TextStyle): ShapedRun[] {
    const covers = (script: Script, codePoint: number) => this.shaper.face(faceFor(script, style)).covers(codePoint);
    return scriptRuns(text, covers).map((run) => {
      const face: LoadedFace = this.shaper.face(faceFor(run.script, style));
      return { ...run, face, glyphs: this.shaper.shape(face.key, text.slice(run.start, run.end), run.script) };
    });
  }

  private widthOf(runs: readonly ShapedRun[], style: TextStyle): number {
    let width = 0;
    let spaced = 0;
    for (const run of runs) {
      for (const glyph of run.glyphs) {
        width += (glyph.xAdvance * style.size) / run.face.upem;
        if (glyph.xAdvance !== 0) spaced++;
      }
    }
    return width + Math.max(0, spaced - 1) * (style.letterSpacing ?? 0);
  }

  private extent(runs: readonly ShapedRun[], size: number): { ascent: number; descent: number } {
    let ascent = 0;
    let descent = 0;
    for (const run of runs) {
      ascent = Math.max(ascent, (run.face.ascender * size) / run.face.upem);
      descent = Math.max(descent, (run.face.descender * size) / run.face.upem);
    }
    return { ascent, descent };
  }
}

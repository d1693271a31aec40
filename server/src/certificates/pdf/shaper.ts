import harfbuzzReady, { type Font as HbFont, type HarfBuzz } from 'harfbuzzjs';
import { faceData, type FaceKey } from './fonts';
import { HARFBUZZ_SCRIPT, type Script } from './scripts';

/** One shaped glyph, in font units, in visual order. */
export interface ShapedGlyph {
  /** Glyph id in the font (not the PDF subset). */
  gid: number;
  /** UTF-16 offset, in the shaped text, of the first character of the glyph's cluster. */
  cluster: number;
  xAdvance: number;
  xOffset: number;
  yOffset: number;
  /** The characters this glyph stands for when text is extracted glyph by glyph (ToUnicode); may be empty. */
  chars: string;
}

/** A font loaded into HarfBuzz, with the metrics the layout needs. */
export interface LoadedFace {
  key: FaceKey;
  upem: number;
  /** hhea ascender and descender, in font units, both positive. */
  ascender: number;
  descender: number;
  covers(codePoint: number): boolean;
  /** Default advance of a glyph (hmtx), in font units: what the PDF's widths array holds. */
  advance(gid: number): number;
}

interface FaceState extends LoadedFace {
  font: HbFont;
  nominal: Map<number, number>;
  advances: Map<number, number>;
}

const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]/;
const CACHE_LIMIT = 4000;

/**
 * HarfBuzz (WebAssembly) shaping for the certificate fonts. Shaping does not depend on the font
 * size, so results are cached per face, script and text; the same names and headings recur across a
 * batch of certificates.
 */
export class Shaper {
  private readonly faces = new Map<FaceKey, FaceState>();
  private readonly cache = new Map<string, readonly ShapedGlyph[]>();

  private constructor(private readonly hb: HarfBuzz) {}

  private static loading: Promise<Shaper> | undefined;

  /** The process-wide shaper; HarfBuzz's WebAssembly module is compiled once. */
  static load(): Promise<Shaper> {
    Shaper.loading ??= harfbuzzReady.then((hb) => new Shaper(hb));
    return Shaper.loading;
  }

  get version(): string {
    return this.hb.version_string();
  }

  face(key: FaceKey): LoadedFace {
    let state = this.faces.get(key);
    if (!state) {
      // The blob, face and font live as long as the process: a handful of fonts, loaded once.
      const face = this.hb.createFace(this.hb.createBlob(faceData(key)), 0);
      const font = this.hb.createFont(face);
      const extents = font.hExtents();
      const unicodes = new Set(face.collectUnicodes());
      const advances = new Map<number, number>();
      state = {
        key,
        upem: face.upem,
        ascender: extents.ascender,
        descender: Math.abs(extents.descender),
        covers: (codePoint) => unicodes.has(codePoint),
        advance: (gid) => {
          let advance = advances.get(gid);
          if (advance === undefined) {
            advance = font.glyphHAdvance(gid);
            advances.set(gid, advance);
          }
          return advance;
        },
        font,
        nominal: new Map(),
        advances,
      };
      this.faces.set(key, state);
    }
    return state;
  }

  /** Shapes one run of one script with one face, left to right. */
  shape(key: FaceKey, text: string, script: Script): readonly ShapedGlyph[] {
    const cacheKey = `${key}\u0000${script}\u0000${text}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    const face = this.face(key) as FaceState;
    const buffer = this.hb.createBuffer();
    try {
      buffer.addText(text);
      buffer.setDirection('ltr');
      buffer.setScript(HARFBUZZ_SCRIPT[script]);
      const language = script === 'latin' ? (VIETNAMESE.test(text) ? 'vi' : null) : { khmer: 'km', myanmar: 'my', thai: 'th' }[script];
      if (language) buffer.setLanguage(language);
      this.hb.shape(face.font, buffer);
      const infos = buffer.getGlyphInfos();
      const positions = buffer.getGlyphPositions();
      const glyphs = infos.map((info, i) => ({
        gid: info.codepoint,
        cluster: info.cluster,
        xAdvance: positions[i].x_advance,
        xOffset: positions[i].x_offset,
        yOffset: positions[i].y_offset,
        chars: '',
      }));
      this.assignChars(face, text, script, glyphs);
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(cacheKey, glyphs);
      return glyphs;
    } finally {
      buffer.destroy();
    }
  }

  /**
   * Gives each glyph the characters it stands for: a cluster of one glyph stands for all of its
   * characters; in a cluster of several, a glyph that is a character's own glyph stands for it, and
   * the first other glyph takes what is left (a Khmer subscript takes its coeng and consonant).
   */
  private assignChars(face: FaceState, text: string, script: Script, glyphs: ShapedGlyph[]): void {
    const starts = [...new Set(glyphs.map((g) => g.cluster))].sort((a, b) => a - b);
    const endOf = new Map(starts.map((start, i) => [start, starts[i + 1] ?? text.length]));
    const byCluster = new Map<number, ShapedGlyph[]>();
    for (const glyph of glyphs) {
      const group = byCluster.get(glyph.cluster);
      if (group) group.push(glyph);
      else byCluster.set(glyph.cluster, [glyph]);
    }
    for (const [start, group] of byCluster) {
      const chars = text.slice(start, endOf.get(start));
      if (group.length === 1) {
        group[0].chars = chars;
        continue;
      }
      let rest = '';
      const open = new Set(group);
      const claim = (char: string): boolean => {
        const gid = this.nominalGlyph(face, char, script);
        const own = group.find((g) => open.has(g) && g.gid === gid);
        if (own) {
          own.chars = char;
          open.delete(own);
        }
        return own !== undefined;
      };
      for (const char of chars) {
        if (claim(char)) continue;
        // ị drawn as i and a combining dot: each glyph stands for its part of the decomposition.
        const parts = [...char.normalize('NFD')];
        if (parts.length > 1 && parts.every((part) => this.nominalGlyph(face, part, script) >= 0)) {
          for (const part of parts) if (!claim(part)) rest += part;
        } else rest += char;
      }
      const first = group.find((g) => open.has(g));
      if (first) first.chars = rest;
    }
  }

  /** The glyph a character gets on its own, or -1 when it has none of its own. */
  private nominalGlyph(face: FaceState, char: string, script: Script): number {
    const codePoint = char.codePointAt(0) ?? 0;
    let gid = face.nominal.get(codePoint);
    if (gid === undefined) {
      const buffer = this.hb.createBuffer();
      buffer.addText(char);
      buffer.setDirection('ltr');
      buffer.setScript(HARFBUZZ_SCRIPT[script]);
      buffer.setFlags(['BOT', 'EOT', 'DO_NOT_INSERT_DOTTED_CIRCLE']);
      this.hb.shape(face.font, buffer);
      const infos = buffer.getGlyphInfos();
      buffer.destroy();
      gid = infos.length === 1 && infos[0].codepoint !== 0 ? infos[0].codepoint : -1;
      face.nominal.set(codePoint, gid);
    }
    return gid;
  }
}

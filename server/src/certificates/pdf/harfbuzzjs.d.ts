// Types for the part of harfbuzzjs 0.10 (CommonJS, untyped) that the text engine uses.
declare module 'harfbuzzjs' {
  const harfbuzzjs: Promise<harfbuzzjs.HarfBuzz>;
  namespace harfbuzzjs {
    interface Blob {
      destroy(): void;
    }
    interface Face {
      readonly upem: number;
      collectUnicodes(): Uint32Array;
      destroy(): void;
    }
    interface Font {
      glyphHAdvance(glyphId: number): number;
      hExtents(): { ascender: number; descender: number; lineGap: number };
      destroy(): void;
    }
    interface GlyphInfo {
      /** The glyph id after shaping. */
      codepoint: number;
      /** UTF-16 index of the first character of the glyph's cluster. */
      cluster: number;
    }
    interface GlyphPosition {
      x_advance: number;
      y_advance: number;
      x_offset: number;
      y_offset: number;
    }
    interface Buffer {
      addText(text: string): void;
      guessSegmentProperties(): void;
      setDirection(direction: 'ltr' | 'rtl' | 'ttb' | 'btt'): void;
      setScript(script: string): void;
      setLanguage(language: string): void;
      setClusterLevel(level: number): void;
      setFlags(flags: ('BOT' | 'EOT' | 'DO_NOT_INSERT_DOTTED_CIRCLE')[]): void;
      getGlyphInfos(): GlyphInfo[];
      getGlyphPositions(): GlyphPosition[];
      destroy(): void;
    }
    interface HarfBuzz {
      createBlob(data: ArrayBuffer | Uint8Array): Blob;
      createFace(blob: Blob, index: number): Face;
      createFont(face: Face): Font;
      createBuffer(): Buffer;
      shape(font: Font, buffer: Buffer, features?: string): void;
      version_string(): string;
    }
  }
  export = harfbuzzjs;
}

import { readFileSync } from 'node:fs';
import type { Script } from './scripts';

export type FontFamily = 'sans' | 'serif';
export type FontWeight = 'regular' | 'bold';

/** A font as asked for by a piece of text; each script resolves it to one of the faces below. */
export interface FontStyle {
  family?: FontFamily;
  weight?: FontWeight;
  /** Latin serif only; the other scripts have no italics and stay upright. */
  italic?: boolean;
}

/**
 * Every face the PDFs may use: Noto fonts from npm packages (static TTFs; PDFKit draws .woff2
 * blank), never the system's, so a PDF renders the same on every machine. Latin covers Vietnamese.
 * Khmer, Myanmar and Thai have no serif here: their sans faces sit beside the Latin serif.
 */
const FACE_FILES = {
  'sans-regular': 'noto-sans/400Regular/NotoSans_400Regular.ttf',
  'sans-bold': 'noto-sans/700Bold/NotoSans_700Bold.ttf',
  'serif-regular': 'noto-serif/400Regular/NotoSerif_400Regular.ttf',
  'serif-bold': 'noto-serif/700Bold/NotoSerif_700Bold.ttf',
  'serif-italic': 'noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  'khmer-regular': 'noto-sans-khmer/400Regular/NotoSansKhmer_400Regular.ttf',
  'khmer-bold': 'noto-sans-khmer/700Bold/NotoSansKhmer_700Bold.ttf',
  'myanmar-regular': 'noto-sans-myanmar/400Regular/NotoSansMyanmar_400Regular.ttf',
  'myanmar-bold': 'noto-sans-myanmar/700Bold/NotoSansMyanmar_700Bold.ttf',
  'thai-regular': 'noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf',
  'thai-bold': 'noto-sans-thai/700Bold/NotoSansThai_700Bold.ttf',
} as const;

export type FaceKey = keyof typeof FACE_FILES;

export const FACE_KEYS = Object.keys(FACE_FILES) as FaceKey[];

/** The face that draws text of one script in a style. */
export function faceFor(script: Script, style: FontStyle): FaceKey {
  const weight = style.weight ?? 'regular';
  switch (script) {
    case 'latin':
      if ((style.family ?? 'sans') === 'serif') return style.italic && weight === 'regular' ? 'serif-italic' : `serif-${weight}`;
      return `sans-${weight}`;
    case 'khmer':
    case 'myanmar':
    case 'thai':
      return `${script}-${weight}`;
  }
}

const files = new Map<FaceKey, Buffer>();

/** The TTF bytes of a face, read once per process from its npm package. */
export function faceData(key: FaceKey): Buffer {
  let data = files.get(key);
  if (!data) {
    data = readFileSync(require.resolve(`@expo-google-fonts/${FACE_FILES[key]}`));
    files.set(key, data);
  }
  return data;
}

import { create } from 'qrcode';
import type { Doc } from './pdf-glyphs';

/**
 * Draws a QR code as vector squares (one filled path, a rectangle per horizontal run of dark
 * modules), `size` points wide including the four-module quiet zone the standard asks for.
 * Error correction M survives a scuffed printout and keeps the symbol small.
 */
export function drawQrCode(doc: Doc, text: string, x: number, y: number, size: number, color = '#000000'): void {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const cell = size / (modules.size + 2 * quiet);
  doc.save();
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const from = col;
      while (col < modules.size && modules.get(row, col)) col++;
      doc.rect(x + (quiet + from) * cell, y + (quiet + row) * cell, (col - from) * cell, cell);
    }
  }
  doc.fill(color);
  doc.restore();
}

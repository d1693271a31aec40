/** Where a trainee's phone lands after scanning the check-in QR code: the check-in page, code filled in. */
export function checkInUrl(origin: string, sessionId: string, code: string): string {
  return `${origin}/learning/check-in/${encodeURIComponent(sessionId)}?code=${encodeURIComponent(code)}`;
}

/**
 * An SVG path drawing the dark modules of a QR code, one unit square each, with runs along a row
 * joined into one rectangle so the path stays short.
 */
export function qrPath(size: number, isDark: (row: number, column: number) => boolean): string {
  const parts: string[] = [];
  for (let row = 0; row < size; row += 1) {
    let column = 0;
    while (column < size) {
      if (!isDark(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < size && isDark(row, column)) column += 1;
      parts.push(`M${start} ${row}h${column - start}v1h-${column - start}z`);
    }
  }
  return parts.join('');
}

import { create } from 'qrcode';
import { useMemo } from 'react';
import { qrPath } from '../lib/qr';

/** A QR code drawn as one SVG path: sharp at any size, nothing to download. */
export function QrCode({ text, label, size = 240 }: { text: string; label: string; size?: number }) {
  const { path, modules } = useMemo(() => {
    const qr = create(text, { errorCorrectionLevel: 'M' });
    return { path: qrPath(qr.modules.size, (row, column) => qr.modules.get(row, column) === 1), modules: qr.modules.size };
  }, [text]);
  // Four modules of white around the code: scanners need the quiet zone.
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`-4 -4 ${modules + 8} ${modules + 8}`}
      shapeRendering="crispEdges"
    >
      <rect x={-4} y={-4} width={modules + 8} height={modules + 8} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

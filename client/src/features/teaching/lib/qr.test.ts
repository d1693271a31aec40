import { create } from 'qrcode';
import { checkInUrl, qrPath } from './qr';

describe('check-in QR code', () => {
  it('points at the trainee check-in page with the code', () => {
    expect(checkInUrl('https://corridor.example.org', 's-1', 'AB3DEF')).toBe(
      'https://corridor.example.org/learning/check-in/s-1?code=AB3DEF',
    );
  });

  it('draws dark modules, joining runs along a row', () => {
    const grid = [
      [1, 1, 0],
      [0, 1, 0],
      [1, 0, 1],
    ];
    expect(qrPath(3, (row, column) => grid[row]?.[column] === 1)).toBe('M0 0h2v1h-2zM1 1h1v1h-1zM0 2h1v1h-1zM2 2h1v1h-1z');
  });

  it('draws a real code for a check-in link', () => {
    const qr = create(checkInUrl('http://localhost:3000', '0b9a3c1e-5d6f-4a8b-9c0d-1e2f3a4b5c6d', 'AB3DEF'), { errorCorrectionLevel: 'M' });
    const path = qrPath(qr.modules.size, (row, column) => qr.modules.get(row, column) === 1);
    expect(qr.modules.size).toBeGreaterThanOrEqual(29);
    // The three finder patterns: a 7-module run at the top left of the first row.
    expect(path.startsWith('M0 0h7v1h-7z')).toBe(true);
  });
});

import { resolve, sep } from 'node:path';

/** The repository root, whether running from source (server/src) or from the build (dist/server/src). */
export function projectRoot(): string {
  const fromSource = resolve(__dirname, '..', '..', '..');
  return __dirname.includes(`${sep}dist${sep}`) ? resolve(fromSource, '..') : fromSource;
}

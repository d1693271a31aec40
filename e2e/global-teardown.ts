import { existsSync, readFileSync, rmSync } from 'node:fs';
import { cleanUp, STATE, type BrowserTestState } from './server';

export default function globalTeardown(): void {
  if (!existsSync(STATE)) return;
  const state = JSON.parse(readFileSync(STATE, 'utf8')) as BrowserTestState | { skipped: true };
  if (!('skipped' in state)) cleanUp(state);
  rmSync(STATE, { force: true });
}

import { existsSync, readFileSync, rmSync } from 'node:fs';
import { cleanUp, STATE, type BrowserTestState } from './server';

export default async function globalTeardown(): Promise<void> {
  if (!existsSync(STATE)) return;
  const state = JSON.parse(readFileSync(STATE, 'utf8')) as BrowserTestState | { skipped: true };
  rmSync(STATE, { force: true });
  if (!('skipped' in state)) await cleanUp(state);
}

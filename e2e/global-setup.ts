import { existsSync, writeFileSync } from 'node:fs';
import { CHROMIUM, STATE, startServer } from './server';

export default async function globalSetup(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI) throw new Error(`Chromium is not at ${CHROMIUM}; .ci/run installs it (apt-get install chromium).`);
    console.warn(`\nBrowser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).\n`);
    writeFileSync(STATE, JSON.stringify({ skipped: true }));
    return;
  }
  const { state } = await startServer();
  writeFileSync(STATE, JSON.stringify(state));
}

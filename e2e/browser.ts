import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, ROOT, STATE, type BrowserTestState } from './server';

export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

/** The running server's address, or null when the browser tests are skipped on this machine. */
export function serverUrl(): string | null {
  const state = JSON.parse(readFileSync(STATE, 'utf8')) as BrowserTestState | { skipped: true };
  return 'skipped' in state ? null : state.url;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

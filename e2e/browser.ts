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

/** Signs in through the sign-in page as a demo user (password corridor-demo) and waits for the signed-in header. */
export async function signIn(page: Page, email: string): Promise<void> {
  const url = serverUrl();
  if (!url) throw new Error('The browser tests are skipped on this machine: no server to sign in to.');
  await page.goto(`${url}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('corridor-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('sign-out').waitFor();
}

import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, screenshot, serverUrl, signIn } from './browser';

const url = serverUrl();
// Skipped only on a machine without Chromium; under CI=true global setup fails instead.
const suite = url ? describe : describe.skip;

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
// content/indicators.yaml: the first indicator, in English and in Vietnamese.
const LEADERS = 'Leaders trained in SME cluster development';
const LEADERS_VI = 'Lãnh đạo được đào tạo về phát triển cụm liên kết doanh nghiệp nhỏ và vừa';

/** Nothing wider than the window: no sideways scrolling on a phone. */
const fits = (page: Page) => page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');

/** The text of a file the page downloads when `link` is clicked. */
async function downloadText(page: Page, link: ReturnType<Page['getByRole']>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

suite('the M&E dashboard in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  async function open(viewport: typeof DESKTOP, email: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await signIn(page, email);
    return { context, page, errors };
  }

  it('a viewer follows indicators against targets, in English and Vietnamese, and exports the table', async () => {
    const { context, page, errors } = await open(DESKTOP, 'viewer@corridor.test');

    // The viewer's home page leads to the dashboard.
    await page.getByRole('link', { name: 'Open the dashboard' }).click();
    await page.waitForURL(/\/reports$/);
    await page.getByRole('heading', { level: 1, name: 'Monitoring and evaluation' }).waitFor();
    const table = page.getByTestId('indicator-table');
    const leaders = table.getByTestId('indicator-row').filter({ hasText: LEADERS });
    await leaders.waitFor();
    // Against its target (38 leaders), with an accessible progress bar.
    await expect(leaders.getByRole('cell').nth(1).innerText()).resolves.toBe('38');
    const bar = leaders.getByRole('progressbar', { name: LEADERS });
    await expect(bar.getAttribute('aria-valuetext')).resolves.toMatch(/^\d+% of the target: \d+ of 38$/);
    await expect(table.getByTestId('indicator-row').count()).resolves.toBeGreaterThanOrEqual(6);
    // Viewers see aggregates only: no drill-down links.
    await expect(table.getByRole('link').count()).resolves.toBe(0);
    await screenshot(page, 'reports-viewer');

    // Split by sex: the figures for women and men sit beside each indicator.
    await page.getByLabel('Break down by').selectOption('SEX');
    await page.waitForURL(/by=SEX/);
    await table.getByRole('columnheader', { name: 'Female', exact: true }).waitFor();
    await table.getByRole('columnheader', { name: 'Male', exact: true }).waitFor();

    // The indicator table as CSV: its rows, for the split chosen, in English.
    const csvLink = page.getByRole('link', { name: 'Export Indicators against targets (CSV)' });
    await expect(csvLink.getAttribute('href')).resolves.toBe('/reports/indicators.csv?by=SEX&lang=en');
    const csv = await downloadText(page, csvLink);
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.text).toContain(LEADERS);
    expect(csv.text).toContain('SMEs benefiting from the trained leaders');
    // And as Excel: an XLSX file is a ZIP archive.
    const xlsxHref = await page.getByRole('link', { name: 'Export Indicators against targets (Excel (XLSX))' }).getAttribute('href');
    const xlsx = await context.request.get(`${url}${xlsxHref ?? ''}`);
    expect(xlsx.status()).toBe(200);
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');

    // In Vietnamese: headings, indicator names from the server, and the export in Vietnamese too.
    await page.getByTestId('language-switcher').selectOption('vi');
    await page.locator('html[lang="vi"]').waitFor({ state: 'attached' });
    await page.getByRole('heading', { level: 1, name: 'Giám sát và đánh giá' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Chỉ số so với chỉ tiêu' }).waitFor();
    await table.getByTestId('indicator-row').filter({ hasText: LEADERS_VI }).waitFor();
    await table.getByRole('columnheader', { name: 'Nữ', exact: true }).waitFor();
    await screenshot(page, 'reports-viewer-vietnamese');
    const csvVi = page.getByRole('link', { name: 'Xuất Chỉ số so với chỉ tiêu (Tệp CSV)' });
    await expect(csvVi.getAttribute('href')).resolves.toBe('/reports/indicators.csv?by=SEX&lang=vi');
    const vi = await downloadText(page, csvVi);
    expect(vi.text).toContain(LEADERS_VI);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('every chart has its figures as a table for screen readers', async () => {
    const { context, page, errors } = await open(DESKTOP, 'viewer@corridor.test');
    await page.goto(`${url}/reports/learning`);
    await page.getByRole('heading', { level: 2, name: 'Learning results' }).waitFor();
    await page.getByTestId('gain-by-country').waitFor();
    await screenshot(page, 'reports-learning');
    await page.goto(`${url}/reports/smes`);
    await page.getByTestId('smes-over-time').waitFor();
    await screenshot(page, 'reports-smes');

    for (const [path, testIds] of [
      ['/reports/learning', ['gain-by-country', 'gain-by-sex']],
      ['/reports/smes', ['smes-over-time', 'smes-by-province']],
    ] as const) {
      await page.goto(`${url}${path}`);
      for (const testId of testIds) {
        const figure = page.getByTestId(testId);
        const drawing = figure.getByRole('img');
        await drawing.waitFor();
        // The drawing's description is the data table, which is in the page (hidden from sight only).
        const describedBy = (await drawing.getAttribute('aria-describedby'))?.split(' ') ?? [];
        const table = figure.getByTestId('chart-data');
        expect(describedBy).toContain(await table.getAttribute('id'));
        await expect(table.locator('tbody tr').count()).resolves.toBeGreaterThan(0);
        await expect(figure.getByRole('table').count()).resolves.toBe(1);
        // Shown on request.
        await figure.getByRole('button', { name: 'Show the figures as a table' }).click();
        await expect(table.isVisible()).resolves.toBe(true);
      }
    }

    // The attendance heat map is a table itself: colour and the number in every cell.
    await page.goto(`${url}/reports/participation`);
    const heatmap = page.getByTestId('attendance-heatmap');
    await heatmap.waitFor();
    await expect(heatmap.locator('td.heat').first().innerText()).resolves.toMatch(/%|fewer than 3|—/);
    await screenshot(page, 'reports-participation');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone the dashboard fits the screen', async () => {
    const { context, page, errors } = await open(PHONE, 'viewer@corridor.test');
    await page.goto(`${url}/reports?by=COUNTRY`);
    await page.getByTestId('indicator-row').filter({ hasText: LEADERS }).waitFor();
    await expect(fits(page)).resolves.toBe(true);
    await screenshot(page, 'reports-viewer-phone');
    await page.goto(`${url}/reports/participation`);
    await page.getByTestId('attendance-heatmap').waitFor();
    await expect(fits(page)).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a coordinator drills down from a figure to the records it counts', async () => {
    const { context, page, errors } = await open(DESKTOP, 'coordinator@corridor.test');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    await page.getByLabel('Break down by').selectOption('COUNTRY');
    const leaders = page.getByTestId('indicator-row').filter({ hasText: LEADERS });
    const cambodia = leaders.getByRole('link', { name: new RegExp(`Cambodia: records for ${LEADERS}`) });
    await cambodia.waitFor();
    const count = Number((await cambodia.innerText()).replace(/\D/g, ''));
    await cambodia.click();
    await page.getByRole('heading', { level: 1, name: LEADERS }).waitFor();
    await expect(page.getByTestId('records-total').innerText()).resolves.toBe(String(count));
    await expect(page.getByTestId('record-row').count()).resolves.toBe(Math.min(count, 50));
    await expect(page.getByTestId('indicator-records').innerText()).resolves.toContain('Cambodia');
    await screenshot(page, 'reports-drill-down');

    // Staff see who is below the attendance minimum.
    await page.getByRole('link', { name: 'Back to the dashboard' }).click();
    await page.getByRole('link', { name: 'Participation' }).click();
    await page.getByRole('heading', { level: 2, name: 'Below the attendance minimum' }).waitFor();
    await page.locator('[data-testid="below-threshold"], [data-testid="below-threshold-empty"]').first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

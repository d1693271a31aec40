import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, screenshot, serverUrl, signIn } from './browser';

const url = serverUrl();
// Skipped only on a machine without Chromium; under CI=true global setup fails instead.
const suite = url ? describe : describe.skip;

const PHONE = { width: 390, height: 844 };
const CURRENT_COHORT = 'Strengthening BDS Providers — Cross-border Services';
const OPEN_COHORT = 'SME Cluster Development and Export Consortia — Battambang';

/** A GraphQL call with a bearer token, for setting the scene the way another person would (a trainer). */
async function api<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.map((error) => error.message).join('; ') ?? 'No data');
  return body.data;
}

async function tokenFor(email: string): Promise<string> {
  const data = await api<{ login: { token: string } }>('mutation ($input: LoginInput!) { login(input: $input) { token } }', {
    input: { email, password: 'corridor-demo' },
  });
  return data.login.token;
}

suite('trainee journeys in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  async function phone(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    return { context, page, errors };
  }

  it('a trainee sees the cohort under way, applies to an open one, takes a test and writes an action plan', async () => {
    const { context, page, errors } = await phone();
    await signIn(page, 'trainee@corridor.test');

    // My learning: the cohort under way first, with its session in progress and progress at a glance.
    await page.getByRole('link', { name: 'My learning', exact: true }).click();
    const current = page.getByTestId('enrolment-card').filter({ hasText: CURRENT_COHORT });
    await current.waitFor();
    const cardText = await current.innerText();
    expect(cardText).toMatch(/Approved/);
    expect(cardText).toMatch(/Session in progress|Check in/);
    expect(cardText).toMatch(/Attendance/);
    await expect(page.getByTestId('enrolment-card').first().innerText()).resolves.toContain(CURRENT_COHORT);
    await screenshot(page, 'learning-my-learning-phone');

    // Apply to the open cohort from the course page, with a motivation. A second tab still shows the form.
    await page.goto(`${url}/courses/sme-cluster-development`);
    const cohortCard = page.getByTestId('cohort-card').filter({ hasText: OPEN_COHORT });
    await cohortCard.waitFor();
    await expect(cohortCard.innerText()).resolves.toMatch(/places left/);
    await screenshot(page, 'learning-course-cohorts-phone');
    await cohortCard.getByRole('link', { name: `Apply to ${OPEN_COHORT}` }).click();
    await page.getByRole('heading', { level: 1, name: `Apply to ${OPEN_COHORT}` }).waitFor();
    const applyPath = new URL(page.url()).pathname;
    const secondTab = await context.newPage();
    await secondTab.goto(`${url}${applyPath}`);
    await secondTab.getByRole('button', { name: 'Apply' }).waitFor();

    await page
      .getByLabel(/Why do you want to join/)
      .fill('Our Battambang rice millers want to export together; I want to help them form a consortium.');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/\/learning\/[0-9a-f-]{36}$/);
    await page.getByText('Your application has been sent').waitFor();
    await expect(page.getByTestId('enrolment-status').getAttribute('data-status')).resolves.toBe('PENDING');
    await expect(page.getByTestId('enrolment-status').innerText()).resolves.toBe('Pending');
    await expect(page.locator('main').innerText()).resolves.toContain('Our Battambang rice millers');
    await screenshot(page, 'learning-applied-pending-phone');

    // Applying again (from the stale tab) is refused with the server's own words.
    await secondTab.getByRole('button', { name: 'Apply' }).click();
    await secondTab.locator('.alert-error').waitFor();
    await expect(secondTab.locator('.alert-error').innerText()).resolves.toMatch(/already applied.*pending/i);
    await secondTab.close();

    // The pre-test of module 3 is open: take it, one question per card.
    await page.goto(`${url}/learning`);
    await current.getByRole('link', { name: CURRENT_COHORT }).click();
    const preTest = page.getByTestId('test-item').filter({ hasText: 'Module 3' }).filter({ hasText: 'Pre-test' });
    await preTest.getByRole('link', { name: 'Take the test' }).click();
    const questions = page.getByTestId('quiz-question');
    await questions.first().waitFor();
    const count = await questions.count();
    expect(count).toBeGreaterThan(5);
    for (let index = 0; index < count; index += 1) {
      await questions.nth(index).locator('label.choice').first().click();
      if (index === 2) await screenshot(page, 'learning-test-phone');
    }
    await expect(page.getByTestId('quiz-footer').innerText()).resolves.toContain(`${count} of ${count} answered`);
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await page.getByRole('alertdialog').getByText('Submit your answers?').waitFor();
    await page.getByRole('button', { name: 'Yes, submit' }).click();
    const result = page.getByTestId('quiz-result');
    await result.waitFor();
    await expect(result.innerText()).resolves.toMatch(/\d+(\.\d)?%/);
    // No right answers while the module's post-test is still to come.
    await expect(page.getByTestId('reviewed-question').count()).resolves.toBe(0);
    await screenshot(page, 'learning-test-result-phone');

    // Back on the progress page the attempt is there, and the test is no longer open to take.
    await page.getByRole('link', { name: 'Back to my progress' }).click();
    const takenTest = page.getByTestId('test-item').filter({ hasText: 'Module 3' }).filter({ hasText: 'Pre-test' });
    await takenTest.getByText(/Attempt 1: \d/).waitFor();
    await expect(takenTest.getByRole('link', { name: 'Take the test' }).count()).resolves.toBe(0);
    await expect(page.getByTestId('requirements').innerText()).resolves.toMatch(/at least 80% is required/);
    await screenshot(page, 'learning-progress-phone');

    // Draft an action plan for module 3, save it, then submit it.
    await page.getByRole('link', { name: 'Write an action plan' }).click();
    await page.getByLabel('Module it follows').selectOption({ label: 'Module 3 · Business Linkages and Information Networks' });
    await page
      .getByLabel(/^Objectives/)
      .fill('Link 20 Battambang rice millers with buyers in Thailand through a shared information desk by June.');
    const activity = page.getByTestId('activity-row').first();
    await activity.getByLabel('What you will do').fill('Map the millers and what each can supply');
    await activity.getByLabel('Starts on').fill('2026-12-15');
    await activity.getByLabel('Ends on').fill('2027-01-31');
    await page.getByRole('button', { name: 'Add an activity' }).click();
    await page.getByTestId('activity-row').nth(1).getByLabel('What you will do').fill('Hold a buyer meeting at the border chamber');
    const sme = page.getByTestId('sme-row').first();
    await sme.getByLabel('Name').fill('Battambang Rice Millers Association');
    await sme.getByLabel('Province').fill('Battambang');
    await page.getByRole('button', { name: 'Add an SME or group' }).click();
    await page.getByTestId('sme-row').nth(1).getByLabel('Name').fill('Sangke Organic Rice Group');
    await page.getByLabel(/^Support needed/).fill('An introduction to the Thai importers association.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved.').waitFor();
    await expect(page.getByTestId('action-plan-status').getAttribute('data-status')).resolves.toBe('DRAFT');
    await screenshot(page, 'learning-action-plan-phone');

    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Submit for review' }).click();
    await page.getByTestId('action-plan-view').waitFor();
    await expect(page.getByTestId('action-plan-status').getAttribute('data-status')).resolves.toBe('SUBMITTED');
    await expect(page.getByTestId('action-plan-view').innerText()).resolves.toContain('Sangke Organic Rice Group');

    // A submitted plan takes progress reports.
    await page.getByRole('button', { name: 'Add a progress report' }).click();
    await page.getByLabel(/^What was done/).fill('Met 12 millers; six agreed to share stock figures every month.');
    await page.getByLabel(/^SMEs reached/).fill('12');
    await page.getByRole('button', { name: 'Save the report' }).click();
    await page.getByTestId('progress-reports').getByText('12 SMEs reached').waitFor();
    await screenshot(page, 'learning-action-plan-submitted-phone');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('a trainee checks in by opening the link of the trainer’s QR code', async () => {
    const trainee = await tokenFor('trainee@corridor.test');
    const { myEnrolments } = await api<{ myEnrolments: { status: string; cohort: { sessions: { id: string; inProgress: boolean }[] } }[] }>(
      '{ myEnrolments { status cohort { sessions { id inProgress } } } }',
      {},
      trainee,
    );
    const session = myEnrolments.flatMap((enrolment) => enrolment.cohort.sessions).find((candidate) => candidate.inProgress);
    if (!session) throw new Error('The demo programme should have a session in progress.');
    const trainer = await tokenFor('trainer@corridor.test');
    const opened = await api<{ openCheckIn: { session: { checkInCode: string } } }>(
      'mutation ($id: ID!) { openCheckIn(sessionId: $id) { session { checkInCode } } }',
      { id: session.id },
      trainer,
    );
    const code = opened.openCheckIn.session.checkInCode;

    const { context, page, errors } = await phone();
    await signIn(page, 'trainee@corridor.test');
    // My learning offers the check-in now that the trainer shows the code.
    await page.goto(`${url}/learning`);
    await page.getByTestId('enrolment-card').filter({ hasText: CURRENT_COHORT }).getByRole('link', { name: 'Check in' }).waitFor();

    // A wrong code gets the server's message.
    await page.goto(`${url}/learning/check-in/${session.id}`);
    await page.getByLabel('Check-in code').fill(code === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ');
    await page.getByRole('button', { name: 'Check in' }).click();
    await page
      .locator('.alert-error')
      .getByText(/not right for this session/)
      .waitFor();

    // The QR code's link, in lower case: the code is filled in; one tap checks in.
    await page.goto(`${url}/learning/check-in/${session.id}?code=${code.toLowerCase()}`);
    await expect(page.getByLabel('Check-in code').inputValue()).resolves.toBe(code);
    await screenshot(page, 'learning-check-in-phone');
    await page.getByRole('button', { name: 'Check in' }).click();
    const result = page.getByTestId('check-in-result');
    await result.waitFor();
    // The session began an hour before seeding, past the grace period: LATE (PRESENT if within it).
    await expect(result.getAttribute('data-status')).resolves.toMatch(/^(PRESENT|LATE)$/);
    await screenshot(page, 'learning-check-in-done-phone');

    // Without the link (typing the code), the page finds the session in progress: already checked in.
    await page.goto(`${url}/learning/check-in`);
    await page.getByTestId('check-in-result').waitFor();
    await page.goto(`${url}/learning`);
    await expect(page.getByTestId('enrolment-card').filter({ hasText: CURRENT_COHORT }).innerText()).resolves.toMatch(
      /You are checked in: (Present|Late)/,
    );

    expect(errors).toEqual([]);
    await context.close();
  });

  it('the progress page and My learning read in Khmer and Myanmar', async () => {
    const { context, page, errors } = await phone();
    await signIn(page, 'trainee@corridor.test');
    await page.goto(`${url}/learning`);
    await page.getByTestId('enrolment-card').filter({ hasText: CURRENT_COHORT }).getByRole('link', { name: CURRENT_COHORT }).click();
    await page.getByTestId('requirements').waitFor();
    await page.getByTestId('language-switcher').selectOption('km');
    await page.locator('html[lang="km"]').waitFor({ state: 'attached' });
    // Course text comes again from the server in Khmer (module titles), as well as the interface's own words.
    await page.getByTestId('module-progress').getByRole('link').filter({ hasText: /[\u1780-\u17FF]/ }).first().waitFor();
    // Requirement sentences are built from the figures in the interface language, not the server's English.
    await expect(page.getByTestId('requirements').innerText()).resolves.toMatch(/[\u1780-\u17FF]/);
    await expect(page.getByTestId('requirements').innerText()).resolves.not.toMatch(/sessions held so far/);
    await expect(page.getByTestId('enrolment-status').innerText()).resolves.toMatch(/[\u1780-\u17FF]/);
    await screenshot(page, 'learning-progress-khmer-phone');

    await page.getByTestId('language-switcher').selectOption('my');
    await page.locator('html[lang="my"]').waitFor({ state: 'attached' });
    await page.goto(`${url}/learning`);
    await page.getByTestId('enrolment-card').first().waitFor();
    await expect(page.locator('h1').innerText()).resolves.toMatch(/[\u1000-\u109F]/);
    await screenshot(page, 'learning-my-learning-myanmar-phone');

    // Put the language back for other tests that share the browser profile.
    await page.getByTestId('language-switcher').selectOption('en');
    expect(errors).toEqual([]);
    await context.close();
  });
});

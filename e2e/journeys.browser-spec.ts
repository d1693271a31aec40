import type { Browser } from 'playwright-core';
import { launch, screenshot, serverUrl, signIn } from './browser';

const url = serverUrl();
// Skipped only on a machine without Chromium; under CI=true global setup fails instead.
const suite = url ? describe : describe.skip;

const OPEN_COHORT = 'SME Cluster Development and Export Consortia — Battambang';
const CURRENT_COHORT = 'Strengthening BDS Providers — Cross-border Services';

async function api<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.map((error) => error.message).join('; ') ?? 'No data');
  return body.data;
}

/** Journeys that pass from one person to another: what one does, the next one sees. */
suite('journeys across roles', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('a trainee applies, the coordinator approves, and the trainee sees the place', async () => {
    const trainee = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(trainee, 'dara.chrim@corridor.test');
    await trainee.goto(`${url}/courses/sme-cluster-development`);
    const card = trainee.getByTestId('cohort-card').filter({ hasText: OPEN_COHORT });
    await card.getByRole('link', { name: `Apply to ${OPEN_COHORT}` }).click();
    await trainee.getByLabel(/Why do you want to join/).fill('Our Battambang producer group wants to join an export consortium.');
    await trainee.getByRole('button', { name: 'Apply' }).click();
    await expect(trainee.getByTestId('enrolment-status').getAttribute('data-status')).resolves.toBe('PENDING');

    const coordinator = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(coordinator, 'coordinator@corridor.test');
    await coordinator.goto(`${url}/cohorts`);
    await coordinator.getByRole('link', { name: OPEN_COHORT }).click();
    await coordinator.getByRole('navigation', { name: 'Parts of the cohort' }).getByRole('link', { name: /^Applications/ }).click();
    const application = coordinator.getByTestId('application').filter({ hasText: 'Chrim Dara' });
    await expect(application.innerText()).resolves.toContain('export consortium');
    await application.getByRole('button', { name: /^Approve / }).click();
    await coordinator.getByText(/Chrim Dara: Approved\.$/).waitFor();

    await trainee.goto(`${url}/learning`);
    const mine = trainee.getByTestId('enrolment-card').filter({ hasText: OPEN_COHORT });
    await expect(mine.innerText()).resolves.toMatch(/Approved/);
    await screenshot(trainee, 'journey-approved-phone');
    await trainee.close();
    await coordinator.close();
  });

  it('a trainee’s submitted action plan reaches the trainer, who accepts it, and the trainee sees it accepted', async () => {
    const token = (await api<{ login: { token: string } }>('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { email: 'trainee@corridor.test', password: 'corridor-demo' } })).login.token;
    const { myEnrolments } = await api<{ myEnrolments: { id: string; cohort: { title: string; course: { modules: { id: string }[] } } }[] }>('{ myEnrolments { id cohort { title course { modules { id } } } } }', {}, token);
    const enrolment = myEnrolments.find((e) => e.cohort.title === CURRENT_COHORT)!;
    const saved = await api<{ saveActionPlan: { actionPlan: { id: string } } }>(
      'mutation($input: SaveActionPlanInput!) { saveActionPlan(input: $input) { actionPlan { id } } }',
      { input: { enrolmentId: enrolment.id, moduleId: enrolment.cohort.course.modules[0].id, objectives: 'Offer a paid export-documents service to 15 Poipet SMEs.', activities: [{ title: 'Price the service with two pilot SMEs' }], smes: [{ name: 'Poipet Cross-Border Traders Association', province: 'Banteay Meanchey' }] } },
      token,
    );
    await api('mutation($id: ID!) { submitActionPlan(id: $id) { actionPlan { status } } }', { id: saved.saveActionPlan.actionPlan.id }, token);

    const trainer = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(trainer, 'trainer@corridor.test');
    await trainer.goto(`${url}/cohorts`);
    await trainer.getByRole('link', { name: CURRENT_COHORT }).first().click();
    await trainer.getByRole('link', { name: /^Action plans/ }).click();
    // Chan Sokha may have other plans waiting (the learning journey writes one): accept this one.
    const card = trainer.getByTestId('plan-card').filter({ hasText: 'Offer a paid export-documents service to 15 Poipet SMEs.' });
    await card.getByRole('button', { name: 'Accept the plan of Chan Sokha' }).click();
    await trainer.getByText('The plan of Chan Sokha is accepted.').waitFor();

    const trainee = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(trainee, 'trainee@corridor.test');
    await trainee.goto(`${url}/learning/${enrolment.id}/action-plan/${saved.saveActionPlan.actionPlan.id}`);
    await expect(trainee.getByTestId('action-plan-status').getAttribute('data-status')).resolves.toBe('ACCEPTED');
    await trainer.close();
    await trainee.close();
  });
});

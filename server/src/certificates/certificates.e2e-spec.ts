import { createHash } from 'node:crypto';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { Cohort } from '../cohorts/cohort.entity';
import { CertificateStatus } from '../common/enums';
import { TrainingSession } from '../training-sessions/training-session.entity';
import { errorCode, startTestApp, type TestApp } from '../../test/test-app';
import { trainingSnapshot } from '../training/training-fixtures';
import { Certificate } from './certificate.entity';
import { verifyCredential } from './credentials';

const PREVIEW = 'query($id: ID!) { certificateEligibility(cohortId: $id) { eligible reasons enrolment { id person { fullName } } } }';
const ISSUE = 'mutation($input: IssueCertificatesInput!) { issueCertificates(input: $input) { issued { id serial verificationCode status pdfUrl credentialUrl person { fullName } } skipped { reasons enrolment { person { fullName } } } } }';
const VERIFY = 'query($code: String!) { verifyCertificate(code: $code) { code found status serial holderName holderNativeName courseTitle modules { title hours } attendanceRate issuer revocationReason supersededByCode } }';
const REVOKE = 'mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { certificate { id status revocationReason } } }';
const REISSUE = 'mutation($input: ReissueCertificateInput!) { reissueCertificate(input: $input) { certificate { id serial status verificationCode } } }';

type Issued = { id: string; serial: string; verificationCode: string; status: string; pdfUrl: string; credentialUrl: string; person: { fullName: string } };

describe('certificates: eligibility, issuing, verifying, revoking and re-issuing', () => {
  let t: TestApp;
  let coordinator: string;
  let cohortId: string;
  let issued: Issued[];
  const local = (url: string) => url.replace(t.config.publicUrl, t.url);

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.signIn('coordinator@corridor.test');
    cohortId = (await t.orm.em.fork().findOneOrFail(Cohort, { title: { $like: 'SME Cluster Development and Export Consortia — 2016' } })).id;
  });
  afterAll(() => t.close());

  it('previews who qualifies, with every unmet rule in plain words', async () => {
    const preview = await t.gql<{ certificateEligibility: { eligible: boolean; reasons: string[]; enrolment: { person: { fullName: string } } }[] }>(PREVIEW, { id: cohortId }, { token: coordinator });
    const byName = new Map(preview.data!.certificateEligibility.map((line) => [line.enrolment.person.fullName, line]));
    expect(byName.get('Chan Sokha')).toEqual(expect.objectContaining({ eligible: true, reasons: [] }));
    expect(byName.get('Somchai Phromma')!.eligible).toBe(false);
    expect(byName.get('Somchai Phromma')!.reasons).toEqual([expect.stringMatching(/^Attendance 75% of the required 80%\.$/)]);
    expect(byName.get('Heng Bopha')!.reasons.join(' ')).toMatch(/Post-test of “.+”: \d+(\.\d)? of the pass mark \d+, not passed\./);
  });

  it('issues in one batch with gapless serials and unguessable codes, and issuing again gives nobody a second certificate', async () => {
    const first = await t.gql<{ issueCertificates: { issued: Issued[]; skipped: { reasons: string[]; enrolment: { person: { fullName: string } } }[] } }>(ISSUE, { input: { cohortId } }, { token: coordinator });
    expect(first.errors).toBeUndefined();
    issued = first.data!.issueCertificates.issued;
    expect(issued.length).toBeGreaterThan(10);
    expect(issued.map((c) => c.serial).sort()).toEqual(issued.map((_, i) => `SEC-2016-A-${String(i + 1).padStart(4, '0')}`));
    for (const certificate of issued) expect(certificate.verificationCode).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(new Set(issued.map((c) => c.verificationCode)).size).toBe(issued.length);
    expect(first.data!.issueCertificates.skipped.map((s) => s.enrolment.person.fullName).sort()).toEqual(['Heng Bopha', 'Somchai Phromma']);

    const before = await trainingSnapshot(t);
    const again = await t.gql<{ issueCertificates: { issued: Issued[]; skipped: { reasons: string[] }[] } }>(ISSUE, { input: { cohortId } }, { token: coordinator });
    expect(again.data!.issueCertificates.issued).toEqual([]);
    expect(again.data!.issueCertificates.skipped.filter((s) => s.reasons[0]?.startsWith('Already holds certificate SEC-2016-A-'))).toHaveLength(issued.length);
    expect(await trainingSnapshot(t)).toBe(before);
    expect(await t.orm.em.fork().count(Certificate, {})).toBe(issued.length);
  });

  it('lets anyone verify a code without signing in, and says plainly when a code is unknown', async () => {
    const sokha = issued.find((c) => c.person.fullName === 'Chan Sokha')!;
    const result = await t.gql<{ verifyCertificate: Record<string, unknown> }>(VERIFY, { code: sokha.verificationCode });
    expect(result.data!.verifyCertificate).toMatchObject({ found: true, status: 'VALID', serial: sokha.serial, holderName: 'Chan Sokha', holderNativeName: 'ចាន់ សុខា', courseTitle: 'SME Cluster Development and Export Consortia', issuer: 'Mekong Institute', attendanceRate: 1 });
    expect((result.data!.verifyCertificate.modules as unknown[]).length).toBe(4);
    const unknown = await t.gql<{ verifyCertificate: { found: boolean; status: string | null; holderName: string | null } }>(VERIFY, { code: 'AAAAAAAAAAAAAAAAAAAAAA' });
    expect(unknown.data!.verifyCertificate).toMatchObject({ found: false, status: null, holderName: null });
  });

  it('serves the PDF whose SHA-256 was stored at issue, and a credential an independent verifier accepts', async () => {
    const sokha = issued.find((c) => c.person.fullName === 'Chan Sokha')!;
    const pdf = await fetch(local(sokha.pdfUrl));
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    const stored = await t.orm.em.fork().findOneOrFail(Certificate, { id: sokha.id });
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(stored.pdfSha256);

    const jwt = await (await fetch(local(sokha.credentialUrl))).text();
    const keys = (await (await fetch(`${t.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
    const { payload } = await jwtVerify(jwt, createLocalJWKSet(keys));
    expect(payload).toMatchObject({ type: ['VerifiableCredential', 'OpenBadgeCredential'] });
    expect(JSON.stringify(payload)).toContain(stored.pdfSha256 ? Buffer.from(stored.pdfSha256, 'hex').toString('base64') : 'never');
    expect(JSON.stringify(payload)).not.toContain('trainee@corridor.test');
  });

  it('revokes with a reason: verifiers see REVOKED, the PDF is marked, and the credential fails its status check', async () => {
    const target = issued.find((c) => c.person.fullName !== 'Chan Sokha')!;
    const keys = (await (await fetch(`${t.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
    const jwt = await (await fetch(local(target.credentialUrl))).text();
    const check = () => verifyCredential(jwt, { jwks: keys, fetchStatusList: async (url) => (await fetch(local(url))).text() });
    expect((await check()).verified).toBe(true);

    const revoked = await t.gql<{ revokeCertificate: { certificate: { status: string; revocationReason: string } } }>(REVOKE, { input: { certificateId: target.id, reason: 'Attendance sheets for week 2 were found to be falsified.' } }, { token: coordinator });
    expect(revoked.data!.revokeCertificate.certificate).toMatchObject({ status: 'REVOKED', revocationReason: 'Attendance sheets for week 2 were found to be falsified.' });
    const seen = await t.gql<{ verifyCertificate: { status: string; revocationReason: string } }>(VERIFY, { code: target.verificationCode });
    expect(seen.data!.verifyCertificate).toMatchObject({ status: 'REVOKED', revocationReason: 'Attendance sheets for week 2 were found to be falsified.' });
    const after = await check();
    expect(after.verified).toBe(false);
    expect(after.revoked).toBe(true);
    const pdf = Buffer.from(await (await fetch(local(target.pdfUrl))).arrayBuffer());
    const stored = await t.orm.em.fork().findOneOrFail(Certificate, { id: target.id });
    expect(createHash('sha256').update(pdf).digest('hex')).not.toBe(stored.pdfSha256);
    expect(errorCode(await t.gql(REVOKE, { input: { certificateId: target.id, reason: 'Again, for good measure.' } }, { token: coordinator }))).toBe('CONFLICT');
  });

  it('re-issues after a name correction: a new serial, and the old certificate points to it', async () => {
    const old = issued.find((c) => c.person.fullName === 'Chan Sokha')!;
    const result = await t.gql<{ reissueCertificate: { certificate: { serial: string; status: string; verificationCode: string } } }>(REISSUE, { input: { certificateId: old.id } }, { token: coordinator });
    expect(result.errors).toBeUndefined();
    const replacement = result.data!.reissueCertificate.certificate;
    expect(replacement).toMatchObject({ status: 'VALID', serial: `SEC-2016-A-${String(issued.length + 1).padStart(4, '0')}` });
    const verified = await t.gql<{ verifyCertificate: { status: string; supersededByCode: string } }>(VERIFY, { code: old.verificationCode });
    expect(verified.data!.verifyCertificate).toMatchObject({ status: 'SUPERSEDED', supersededByCode: replacement.verificationCode });
    const history = await t.gql<{ cohort: { history: { edges: { node: { action: string; actor: { email: string } } }[] } } }>('query($id: ID!) { cohort(id: $id) { history(first: 100) { edges { node { action subjectType actor { email } } } } } }', { id: cohortId }, { token: coordinator });
    const actions = history.data!.cohort.history.edges.map((e) => e.node.action);
    expect(actions.filter((a) => a === 'issued')).toHaveLength(issued.length);
    expect(actions).toEqual(expect.arrayContaining(['revoked', 'reissued']));
  });

  it('leaves a revoked certificate alone when the cohort is issued again, and issues anew only when the person is named', async () => {
    const revoked = await t.orm.em.fork().findOneOrFail(Certificate, { status: CertificateStatus.REVOKED }, { populate: ['enrolment'] });
    type Outcome = { issueCertificates: { issued: Issued[]; skipped: { reasons: string[]; enrolment: { id: string } }[] } };
    const cohortWide = await t.gql<Outcome>(ISSUE.replace('enrolment { person { fullName } }', 'enrolment { id }'), { input: { cohortId } }, { token: coordinator });
    expect(cohortWide.data!.issueCertificates.issued).toEqual([]);
    const skipped = cohortWide.data!.issueCertificates.skipped.find((s) => s.enrolment.id === revoked.enrolment.id);
    expect(skipped?.reasons).toEqual([`Certificate ${revoked.serial} was revoked; choose this person by name to issue a new one.`]);

    const named = await t.gql<Outcome>(ISSUE, { input: { cohortId, enrolmentIds: [revoked.enrolment.id] } }, { token: coordinator });
    expect(named.errors).toBeUndefined();
    expect(named.data!.issueCertificates.issued).toHaveLength(1);
    expect(named.data!.issueCertificates.issued[0]).toMatchObject({ status: 'VALID', serial: `SEC-2016-A-${String(issued.length + 2).padStart(4, '0')}` });
  });

  it('issues a large batch in the background and reports progress', async () => {
    const other = (await t.orm.em.fork().findOneOrFail(Cohort, { title: { $like: '%2017%' } })).id;
    const started = await t.gql<{ startCertificateIssue: { job: { id: string; state: string } } }>('mutation($input: IssueCertificatesInput!) { startCertificateIssue(input: $input) { job { id state } } }', { input: { cohortId: other } }, { token: coordinator });
    expect(started.errors).toBeUndefined();
    type Job = { state: string; done: number; total: number; issued: number };
    const poll = async () => (await t.gql<{ certificateIssueJob: Job }>('query($id: ID!) { certificateIssueJob(id: $id) { state done total issued } }', { id: started.data!.startCertificateIssue.job.id }, { token: coordinator })).data!.certificateIssueJob;
    let job = await poll();
    for (let i = 0; i < 100 && job.state === 'RUNNING'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = await poll();
    }
    expect(job).toMatchObject({ state: 'FINISHED' });
    expect(job.done).toBe(job.total);
    expect(job.issued).toBeGreaterThan(5);
  });

  it('zips a cohort’s valid certificates for staff, and prints a session’s sign-in sheet for its trainers', async () => {
    const zip = await fetch(`${t.url}/cohorts/${cohortId}/certificates.zip`, { headers: { authorization: `Bearer ${coordinator}`, accept: 'text/html,*/*' } });
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    const bytes = Buffer.from(await zip.arrayBuffer());
    const valid = await t.orm.em.fork().count(Certificate, { enrolment: { cohort: cohortId }, status: CertificateStatus.VALID });
    expect(bytes.toString('latin1').split('PK\u0003\u0004').length - 1).toBe(valid);
    expect((await fetch(`${t.url}/cohorts/${cohortId}/certificates.zip`, { headers: { authorization: `Bearer ${await t.signIn('trainer@corridor.test')}` } })).status).toBe(403);
    expect((await fetch(`${t.url}/cohorts/${cohortId}/certificates.zip`)).status).toBe(401);

    const current = await t.orm.em.fork().findOneOrFail(Cohort, { title: { $like: '%Cross-border%' } }, { populate: ['trainers'] });
    const session = (await t.orm.em.fork().find(TrainingSession, { cohort: current.id }, { orderBy: { startsAt: 'asc' } }))[0];
    const sheet = await fetch(`${t.url}/sessions/${session.id}/sign-in-sheet.pdf`, { headers: { authorization: `Bearer ${await t.signIn('trainer@corridor.test')}` } });
    expect(sheet.status).toBe(200);
    expect(sheet.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await sheet.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const teaching = new Set(current.trainers.getItems().map((u) => u.email));
    const outsider = ['thanakorn.srisawat@corridor.test', 'nam.nguyen@corridor.test', 'sokunthea.nhim@corridor.test'].find((email) => !teaching.has(email))!;
    expect((await fetch(`${t.url}/sessions/${session.id}/sign-in-sheet.pdf`, { headers: { authorization: `Bearer ${await t.signIn(outsider)}` } })).status).toBe(403);
  });

  describe('refused requests change nothing', () => {
    it.each([
      ['a trainee issuing', 'trainee@corridor.test', () => ({ query: ISSUE, vars: { input: { cohortId } } }), 'FORBIDDEN'],
      ['a trainer issuing', 'trainer@corridor.test', () => ({ query: ISSUE, vars: { input: { cohortId } } }), 'FORBIDDEN'],
      ['a trainer revoking', 'trainer@corridor.test', () => ({ query: REVOKE, vars: { input: { certificateId: issued[2].id, reason: 'I do not like it.' } } }), 'FORBIDDEN'],
      ['revoking without a reason', 'coordinator@corridor.test', () => ({ query: REVOKE, vars: { input: { certificateId: issued[2].id, reason: ' ' } } }), 'BAD_USER_INPUT'],
      ['issuing for an unknown cohort', 'coordinator@corridor.test', () => ({ query: ISSUE, vars: { input: { cohortId: '00000000-0000-4000-8000-000000000000' } } }), 'NOT_FOUND'],
    ])('%s', async (_name, email, request, code) => {
      const token = await t.signIn(email);
      const before = `${await trainingSnapshot(t)}|${await t.orm.em.fork().count(Certificate, {})}|${(await t.orm.em.fork().find(Certificate, {}, { orderBy: { id: 'asc' } })).map((c) => c.status).join()}`;
      const { query, vars } = request();
      expect(errorCode(await t.gql(query, vars, { token }))).toBe(code);
      const after = `${await trainingSnapshot(t)}|${await t.orm.em.fork().count(Certificate, {})}|${(await t.orm.em.fork().find(Certificate, {}, { orderBy: { id: 'asc' } })).map((c) => c.status).join()}`;
      expect(after).toBe(before);
    });
  });
});

describe('public verification is rate-limited per address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ publicRateLimit: 3 });
  });
  afterAll(() => t.close());

  it('refuses the fourth request in a minute, in GraphQL and over HTTP', async () => {
    for (let i = 0; i < 3; i += 1) expect((await t.gql<{ verifyCertificate: { found: boolean } }>(VERIFY, { code: `AAAAAAAAAAAAAAAAAAAAA${i}` })).data!.verifyCertificate.found).toBe(false);
    const fourth = await t.gql(VERIFY, { code: 'AAAAAAAAAAAAAAAAAAAAAA' });
    expect(errorCode(fourth)).toBe('FORBIDDEN');
    expect(fourth.errors![0].message).toMatch(/Too many requests/);
    for (let i = 0; i < 3; i += 1) expect((await fetch(`${t.url}/credentials/AAAAAAAAAAAAAAAAAAAAA${i}`)).status).toBe(404);
    expect((await fetch(`${t.url}/credentials/AAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(429);
  });
});

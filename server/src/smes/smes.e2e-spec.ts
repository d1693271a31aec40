import { ChangeRecord } from '../audit/change-record.entity';
import { countStatements } from '../../test/sql-counter';
import { errorCode, startTestApp, type GqlResponse, type TestApp } from '../../test/test-app';
import { courseInfo, enrol, isoDate, makeCohort, newTrainee, userId, type CourseInfo } from '../training/training-fixtures';
import { Sme, SmeDistinctPair, SmeSupport } from './sme.entity';

const RECORD = `mutation($input: RecordSmeSupportInput!) { recordSmeSupport(input: $input) {
  support { id kind supportedOn result sme { id name countryCode province sector phone registrationNumber ownerGender } leader { fullName } enrolment { id } progressReport { id smesReached } }
  possibleDuplicates { sme { id name } reasons similarity } } }`;
const REMOVE = 'mutation($input: RemoveSmeSupportInput!) { removeSmeSupport(input: $input) { removedId progressReport { id smesReached } } }';
const MATCHES = 'query($input: SmeMatchInput!) { smeMatches(input: $input) { sme { id name province sector phone registrationNumber ownerGender womenEmployees supports { id } } reasons } }';
const SME = 'query($id: ID!) { sme(id: $id) { id name phone leaderCount mergedInto { id } supports { id kind leader { fullName } progressReport { id } } } }';
const SMES = `query($filter: SmesFilter, $first: Int, $after: String) { smes(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id name province phone } } } }`;
const DUPLICATES = 'query($first: Int) { smeDuplicates(first: $first) { first { id name } second { id name } reasons similarity } }';
const MERGE = 'mutation($input: MergeSmesInput!) { mergeSmes(input: $input) { sme { id name ownerGender phone registrationNumber leaderCount supports { id } } } }';
const DISTINCT = 'mutation($input: MarkSmesDistinctInput!) { markSmesDistinct(input: $input) { first { id } second { id } } }';
const UPDATE = 'mutation($input: UpdateSmeInput!) { updateSme(input: $input) { sme { id name phone province } } }';
const REPORT = 'query($id: ID!) { enrolment(id: $id) { actionPlans { progressReports { id smesReached smeSupports { kind sme { id name } } } } } }';

interface Leader {
  name: string;
  token: string;
  personId: string;
  enrolmentId: string;
  reportId: string;
}

interface Recorded {
  recordSmeSupport: {
    support: { id: string; kind: string; sme: { id: string; name: string; phone: string | null; registrationNumber: string | null; province: string | null }; progressReport: { id: string; smesReached: number } };
    possibleDuplicates: { sme: { id: string; name: string }; reasons: string[]; similarity: number }[];
  };
}

function ok<T>(result: GqlResponse<T>): T {
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/** Everything a refused request must leave untouched. */
async function ledgerSnapshot(t: TestApp): Promise<string> {
  const em = t.orm.em.fork();
  const smes = await em.find(Sme, {}, { orderBy: { id: 'asc' } });
  const supports = await em.find(SmeSupport, {}, { orderBy: { id: 'asc' } });
  return JSON.stringify({
    smes: smes.map((s) => [s.id, s.name, s.mergedInto?.id ?? null, s.phone, s.ownerGender]),
    supports: supports.map((s) => [s.id, s.sme.id, s.kind, s.supportedOn]),
    pairs: await em.count(SmeDistinctPair, {}),
    changes: await em.count(ChangeRecord, {}),
  });
}

describe('the SME ledger', () => {
  let t: TestApp;
  let coordinator: string;
  let trainer: string;
  let otherTrainer: string;
  let viewer: string;
  let course: CourseInfo;
  let a: Leader;
  let b: Leader;
  let c: Leader;
  const firstSme = { name: 'Preah Vihear Lotus Tea House Co., Ltd', countryCode: 'KH', province: 'Siem Reap', sector: 'AGRICULTURE_AND_FOOD', phone: '010 445 566', registrationNumber: 'moc-7700 1122' };
  let firstSmeId: string;
  let vietnameseSmeId: string;

  /** A leader in a finished cohort with a submitted plan and one progress report. */
  async function leader(name: string, cohortId: string): Promise<Leader> {
    const trainee = await newTrainee(t, name);
    const [enrolmentId] = await enrol(t, coordinator, cohortId, [trainee.personId]);
    const plan = ok(
      await t.gql<{ saveActionPlan: { actionPlan: { id: string } } }>(
        'mutation($input: SaveActionPlanInput!) { saveActionPlan(input: $input) { actionPlan { id } } }',
        { input: { enrolmentId, objectives: 'Form a lotus tea export group.', activities: [{ title: 'Visit the tea houses' }], smes: [] } },
        { token: trainee.token },
      ),
    ).saveActionPlan.actionPlan.id;
    ok(await t.gql('mutation($id: ID!) { submitActionPlan(id: $id) { actionPlan { id } } }', { id: plan }, { token: trainee.token }));
    const report = ok(
      await t.gql<{ addProgressReport: { progressReport: { id: string } } }>(
        'mutation($input: AddProgressReportInput!) { addProgressReport(input: $input) { progressReport { id } } }',
        { input: { actionPlanId: plan, reportedOn: isoDate(-2), done: 'Visited tea houses around Siem Reap.', smesReached: 12 } },
        { token: trainee.token },
      ),
    ).addProgressReport.progressReport.id;
    return { name, token: trainee.token, personId: trainee.personId, enrolmentId, reportId: report };
  }

  const record = (who: Leader | string, input: Record<string, unknown>) => t.gql<Recorded>(RECORD, { input: { kind: 'TRAINING', supportedOn: isoDate(-20), ...input } }, { token: typeof who === 'string' ? who : who.token });

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.signIn('coordinator@corridor.test');
    trainer = await t.signIn('trainer@corridor.test');
    otherTrainer = await t.signIn('nam.nguyen@corridor.test');
    viewer = await t.signIn('viewer@corridor.test');
    course = await courseInfo(t, coordinator, 'sme-cluster-development');
    const taught = await makeCohort(t, coordinator, { course, trainerIds: [await userId(t, 'trainer@corridor.test')], slots: [], startsOn: isoDate(-40), endsOn: isoDate(-30) });
    const elsewhere = await makeCohort(t, coordinator, { course, trainerIds: [await userId(t, 'nam.nguyen@corridor.test')], slots: [], startsOn: isoDate(-40), endsOn: isoDate(-30) });
    a = await leader('Chea Sophal', taught.id);
    b = await leader('Lim Bopha', taught.id);
    c = await leader('Ouk Vanna', elsewhere.id);
  });
  afterAll(() => t.close());

  it('records support to a new SME, stored NFC with its numbers normalised, and counts it on the report', async () => {
    const recorded = ok(await record(a, { progressReportId: a.reportId, sme: firstSme, result: 'Trained on  tea grading.' })).recordSmeSupport;
    const sme = recorded.support.sme;
    firstSmeId = sme.id;
    expect(sme).toMatchObject({ name: 'Preah Vihear Lotus Tea House Co., Ltd', phone: '85510445566', registrationNumber: 'MOC77001122', province: 'Siem Reap' });
    expect(recorded.possibleDuplicates).toEqual([]);
    expect(recorded.support.progressReport).toEqual({ id: a.reportId, smesReached: 1 });
    const stored = await t.orm.em.fork().findOneOrFail(Sme, { id: sme.id });
    expect(stored.matchName).toBe('preah vihear lotus tea house');

    // A second kind of support to the same SME on the same report: two records, one SME reached.
    ok(await record(a, { progressReportId: a.reportId, smeId: sme.id, kind: 'COACHING', supportedOn: isoDate(-10) }));
    const report = ok(await t.gql<{ enrolment: { actionPlans: { progressReports: { id: string; smesReached: number; smeSupports: { kind: string }[] }[] }[] } }>(REPORT, { id: a.enrolmentId }, { token: a.token }));
    const [own] = report.enrolment.actionPlans[0].progressReports;
    expect(own.smesReached).toBe(1);
    expect(own.smeSupports.map((s) => s.kind)).toEqual(['TRAINING', 'COACHING']);
  });

  it('stores a Vietnamese name composed (NFC) however it was typed', async () => {
    const decomposed = 'Cơ sở Dệt Thổ cẩm Hoà Bình'.normalize('NFD');
    const recorded = ok(await record(a, { progressReportId: a.reportId, sme: { name: decomposed, countryCode: 'VN', province: 'Tay Ninh', sector: 'HANDICRAFTS_AND_TEXTILES', phone: '0912 000 111' } })).recordSmeSupport;
    expect(recorded.support.sme.name).toBe('Cơ sở Dệt Thổ cẩm Hoà Bình'.normalize('NFC'));
    expect(recorded.support.sme.phone).toBe('84912000111');
    vietnameseSmeId = recorded.support.sme.id;
  });

  it('lets another leader find the SME before recording it, seeing nothing personal of it, and pick it', async () => {
    const matches = ok(await t.gql<{ smeMatches: { sme: Record<string, unknown>; reasons: string[] }[] }>(MATCHES, { input: { name: 'preah vihear lotus tea house', countryCode: 'KH', province: 'siem reap province' } }, { token: b.token })).smeMatches;
    expect(matches).toEqual([
      { sme: { id: firstSmeId, name: firstSme.name, province: 'Siem Reap', sector: 'AGRICULTURE_AND_FOOD', phone: null, registrationNumber: null, ownerGender: null, womenEmployees: null, supports: [] }, reasons: ['SAME_NAME_AND_PROVINCE'] },
    ]);
    const picked = ok(await record(b, { progressReportId: b.reportId, smeId: firstSmeId })).recordSmeSupport;
    expect(picked.possibleDuplicates).toEqual([]);
    // Now b supported it: b sees it in full, with b's own support records only.
    const seen = ok(await t.gql<{ sme: { phone: string; leaderCount: number; supports: { leader: { fullName: string } }[] } }>(SME, { id: firstSmeId }, { token: b.token })).sme;
    expect(seen.phone).toBe('85510445566');
    expect(seen.leaderCount).toBe(2);
    expect(seen.supports.map((s) => s.leader.fullName)).toEqual(['Lim Bopha']);
    const staff = ok(await t.gql<{ sme: { supports: { leader: { fullName: string } }[] } }>(SME, { id: firstSmeId }, { token: coordinator })).sme;
    expect(staff.supports.map((s) => s.leader.fullName).sort()).toEqual(['Chea Sophal', 'Chea Sophal', 'Lim Bopha']);
  });

  it('returns possible duplicates when a new SME matches one in the ledger', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ name: 'PREAH VIHEAR LOTUS TEA HOUSE ENTERPRISE', countryCode: 'KH', province: 'Siem Reap', sector: 'AGRICULTURE_AND_FOOD' }, ['SAME_NAME_AND_PROVINCE']],
      [{ name: 'Preah Vihear Lotus Tee House', countryCode: 'KH', province: 'Siem Reap', sector: 'AGRICULTURE_AND_FOOD' }, ['SIMILAR_NAME_SAME_PROVINCE']],
      [{ name: 'Lotus Tea Shop', countryCode: 'KH', province: 'Kampot', sector: 'TRADE_AND_RETAIL', phone: '+855 10 445 566' }, ['SAME_PHONE']],
      [{ name: 'Vihear Tea Trading', countryCode: 'KH', province: 'Takeo', sector: 'TRADE_AND_RETAIL', registrationNumber: 'MOC 77001122' }, ['SAME_REGISTRATION_NUMBER']],
    ];
    for (const [sme, reasons] of cases) {
      const recorded = ok(await record(c, { progressReportId: c.reportId, sme })).recordSmeSupport;
      expect(recorded.possibleDuplicates.find((d) => d.sme.id === firstSmeId)?.reasons).toEqual(reasons);
    }
    const candidates = ok(await t.gql<{ smeDuplicates: { first: { id: string }; second: { id: string }; reasons: string[] }[] }>(DUPLICATES, { first: 500 }, { token: coordinator })).smeDuplicates;
    expect(candidates.filter((p) => p.first.id === firstSmeId || p.second.id === firstSmeId)).toHaveLength(4);
  });

  it('merges duplicates: every support record moves to the SME that stays, which is counted once and filled in', async () => {
    const em = t.orm.em.fork();
    const duplicates = (await em.find(Sme, { countryCode: 'KH', id: { $ne: firstSmeId }, createdAt: { $gt: new Date(Date.now() - 3_600_000) } })).filter((s) => /lotus|vihear/i.test(s.name));
    expect(duplicates).toHaveLength(4);
    // The one that stays had no owner recorded; a duplicate says who owns it.
    await t.gql(UPDATE, { input: { smeId: duplicates[0].id, ownerGender: 'FEMALE' } }, { token: coordinator });
    await t.gql(UPDATE, { input: { smeId: duplicates[1].id, ownerGender: 'MALE' } }, { token: coordinator });
    const before = await em.count(SmeSupport, { sme: { $in: [firstSmeId, ...duplicates.map((d) => d.id)] } });

    const merged = ok(await t.gql<{ mergeSmes: { sme: { ownerGender: string; leaderCount: number; supports: { id: string }[] } } }>(MERGE, { input: { keepId: firstSmeId, mergeIds: duplicates.map((d) => d.id) } }, { token: coordinator })).mergeSmes.sme;
    expect(merged.supports).toHaveLength(before);
    expect(merged.ownerGender).toBe('FEMALE');
    expect(merged.leaderCount).toBe(3);
    const fresh = t.orm.em.fork();
    for (const d of await fresh.find(Sme, { id: { $in: duplicates.map((x) => x.id) } })) {
      expect(d.mergedInto?.id).toBe(firstSmeId);
      expect(d.mergedAt).toBeTruthy();
      expect(await fresh.count(SmeSupport, { sme: d.id })).toBe(0);
    }
    const changes = await fresh.find(ChangeRecord, { subjectType: 'sme', subjectId: firstSmeId, action: 'merged' }, { populate: ['actor'] });
    expect(changes.map((ch) => ch.actor?.getEntity().email)).toEqual(['coordinator@corridor.test']);
    expect(changes[0].after).toMatchObject({ supportsMoved: 4 });
    expect([...(changes[0].after!.mergedIds as string[])].sort()).toEqual(duplicates.map((d) => d.id).sort());

    // c's report recorded four SMEs that are now one: it reaches one.
    const report = ok(await t.gql<{ enrolment: { actionPlans: { progressReports: { smesReached: number; smeSupports: { sme: { id: string } }[] }[] }[] } }>(REPORT, { id: c.enrolmentId }, { token: c.token }));
    const [own] = report.enrolment.actionPlans[0].progressReports;
    expect(own.smeSupports.map((s) => s.sme.id)).toEqual([firstSmeId, firstSmeId, firstSmeId, firstSmeId]);
    expect(own.smesReached).toBe(1);

    // Merged SMEs leave the list (unless asked for) and the duplicate candidates.
    const listed = ok(await t.gql<{ smes: { totalCount: number; edges: { node: { id: string } }[] } }>(SMES, { filter: { search: 'vihear' } }, { token: coordinator })).smes;
    expect(listed.edges.map((e) => e.node.id)).toEqual([firstSmeId]);
    const all = ok(await t.gql<{ smes: { totalCount: number } }>(SMES, { filter: { search: 'vihear', includeMerged: true } }, { token: coordinator })).smes;
    expect(all.totalCount).toBe(4);
    const candidates = ok(await t.gql<{ smeDuplicates: { first: { id: string }; second: { id: string } }[] }>(DUPLICATES, { first: 500 }, { token: coordinator })).smeDuplicates;
    expect(candidates.filter((p) => [p.first.id, p.second.id].some((id) => id === firstSmeId || duplicates.some((d) => d.id === id)))).toEqual([]);

    // Support recorded later against a merged SME lands on the one that stays.
    const late = ok(await record(c, { progressReportId: c.reportId, smeId: duplicates[2].id, kind: 'MARKET_LINKAGE' })).recordSmeSupport;
    expect(late.support.sme.id).toBe(firstSmeId);
  });

  it('marks two SMEs distinct, smaller id first, and stops listing the pair', async () => {
    const x = ok(await record(c, { progressReportId: c.reportId, sme: { name: 'Kampot Pepper Garden', countryCode: 'KH', province: 'Kampot', sector: 'AGRICULTURE_AND_FOOD' } })).recordSmeSupport.support.sme.id;
    const y = ok(await record(c, { progressReportId: c.reportId, sme: { name: 'Kampot Pepper Gardens', countryCode: 'KH', province: 'Kampot', sector: 'AGRICULTURE_AND_FOOD' } })).recordSmeSupport.support.sme.id;
    const paired = (list: { first: { id: string }; second: { id: string } }[]) => list.some((p) => [p.first.id, p.second.id].sort().join() === [x, y].sort().join());
    expect(paired(ok(await t.gql<{ smeDuplicates: { first: { id: string }; second: { id: string } }[] }>(DUPLICATES, { first: 500 }, { token: coordinator })).smeDuplicates)).toBe(true);
    const [larger, smaller] = [x, y].sort().reverse();
    ok(await t.gql(DISTINCT, { input: { firstId: larger, secondId: smaller } }, { token: coordinator }));
    ok(await t.gql(DISTINCT, { input: { firstId: smaller, secondId: larger } }, { token: coordinator }));
    const pairs = await t.orm.em.fork().find(SmeDistinctPair, { $or: [{ first: x }, { second: x }] }, { populate: ['decidedBy'] });
    expect(pairs.map((p) => [p.first.id, p.second.id, p.decidedBy?.getEntity().email])).toEqual([[smaller, larger, 'coordinator@corridor.test']]);
    expect(paired(ok(await t.gql<{ smeDuplicates: { first: { id: string }; second: { id: string } }[] }>(DUPLICATES, { first: 500 }, { token: coordinator })).smeDuplicates)).toBe(false);
  });

  it('corrects an SME and refolds its name; removes a support record, after which the report reports what its leader said', async () => {
    const recorded = ok(await record(b, { progressReportId: b.reportId, sme: { name: 'Angkor Clay Pots', countryCode: 'KH', province: 'Siem Reap', sector: 'HANDICRAFTS_AND_TEXTILES' } })).recordSmeSupport;
    const updated = ok(await t.gql<{ updateSme: { sme: { name: string; phone: string } } }>(UPDATE, { input: { smeId: recorded.support.sme.id, name: 'Angkor Clay Pottery Co., Ltd.', phone: '017 222 333' } }, { token: coordinator })).updateSme.sme;
    expect(updated).toMatchObject({ name: 'Angkor Clay Pottery Co., Ltd.', phone: '85517222333' });
    expect((await t.orm.em.fork().findOneOrFail(Sme, { id: recorded.support.sme.id })).matchName).toBe('angkor clay pottery');

    const supports = await t.orm.em.fork().find(SmeSupport, { progressReport: b.reportId });
    for (const s of supports) ok(await t.gql(REMOVE, { input: { supportId: s.id } }, { token: b.token }));
    const report = ok(await t.gql<{ enrolment: { actionPlans: { progressReports: { smesReached: number; smeSupports: unknown[] }[] }[] } }>(REPORT, { id: b.enrolmentId }, { token: b.token }));
    expect(report.enrolment.actionPlans[0].progressReports[0]).toEqual({ id: b.reportId, smesReached: 12, smeSupports: [] });
  });

  it('shows each reader the SMEs of their scope', async () => {
    const ids = async (token: string, filter: Record<string, unknown> = {}) => {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: { smes: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = ok(await t.gql(SMES, { filter, first: 100, after }, { token }));
        seen.push(...page.smes.edges.map((e) => e.node.id));
        after = page.smes.pageInfo.hasNextPage ? page.smes.pageInfo.endCursor : null;
      } while (after);
      return seen;
    };
    const mine = await ids(a.token);
    expect(mine.sort()).toEqual([firstSmeId, vietnameseSmeId].sort());
    // trainer@ teaches a's cohort (and 2016's cluster cohort): sees a's SMEs, not c's in another trainer's cohort.
    const taught = new Set(await ids(trainer, { countryCode: 'KH', province: 'Kampot' }));
    const kampotOfC = await t.orm.em.fork().find(Sme, { name: { $like: 'Kampot Pepper Garden%' } });
    expect(kampotOfC).toHaveLength(2);
    expect(kampotOfC.every((s) => !taught.has(s.id))).toBe(true);
    expect(new Set(await ids(otherTrainer, { search: 'kampot pepper garden' })).size).toBe(2);
    expect(errorCode(await t.gql(SME, { id: firstSmeId }, { token: otherTrainer }))).toBeUndefined();
    expect(errorCode(await t.gql(SME, { id: vietnameseSmeId }, { token: otherTrainer }))).toBe('NOT_FOUND');
    // The coordinator sees the whole ledger, the demo programme's included.
    const total = ok(await t.gql<{ smes: { totalCount: number } }>(SMES, {}, { token: coordinator })).smes.totalCount;
    expect(total).toBe(await t.orm.em.fork().count(Sme, { mergedInto: null }));
  });

  it('shows the demo leader trainee@ the SMEs recorded with their progress reports', async () => {
    const trainee = await t.signIn('trainee@corridor.test');
    const listed = ok(await t.gql<{ smes: { totalCount: number; edges: { node: { phone: string | null } }[] } }>(SMES, { first: 100 }, { token: trainee })).smes;
    expect(listed.totalCount).toBeGreaterThan(10);
    const reports = ok(await t.gql<{ myEnrolments: { actionPlans: { progressReports: { smesReached: number; smeSupports: { sme: { id: string } }[] }[] }[] }[] }>('{ myEnrolments { actionPlans { progressReports { smesReached smeSupports { sme { id } } } } } }', {}, { token: trainee })).myEnrolments;
    const withSupport = reports.flatMap((e) => e.actionPlans.flatMap((p) => p.progressReports)).filter((r) => r.smeSupports.length);
    expect(withSupport.length).toBeGreaterThan(0);
    for (const report of withSupport) expect(report.smesReached).toBe(new Set(report.smeSupports.map((s) => s.sme.id)).size);
  });

  describe('refused requests change nothing', () => {
    it.each([
      ['a leader recording on another leader’s report', () => ({ query: RECORD, vars: { input: { progressReportId: a.reportId, smeId: firstSmeId, kind: 'TRAINING', supportedOn: isoDate(-5) } }, token: b.token }), 'FORBIDDEN'],
      ['a trainer recording support', () => ({ query: RECORD, vars: { input: { progressReportId: a.reportId, smeId: firstSmeId, kind: 'TRAINING', supportedOn: isoDate(-5) } }, token: trainer }), 'FORBIDDEN'],
      ['a viewer listing SMEs', () => ({ query: SMES, vars: {}, token: viewer }), 'FORBIDDEN'],
      ['a viewer matching SMEs', () => ({ query: MATCHES, vars: { input: { name: 'Lotus', countryCode: 'KH' } }, token: viewer }), 'FORBIDDEN'],
      ['a trainer opening an SME outside their cohorts', () => ({ query: SME, vars: { id: vietnameseSmeId }, token: otherTrainer }), 'NOT_FOUND'],
      ['a leader opening an SME they did not support', () => ({ query: SME, vars: { id: firstSmeId }, token: b.token }), 'NOT_FOUND'],
      ['a leader listing duplicates', () => ({ query: DUPLICATES, vars: {}, token: a.token }), 'FORBIDDEN'],
      ['a leader merging', () => ({ query: MERGE, vars: { input: { keepId: firstSmeId, mergeIds: [firstSmeId] } }, token: a.token }), 'FORBIDDEN'],
      ['a trainer editing an SME', () => ({ query: UPDATE, vars: { input: { smeId: firstSmeId, name: 'Renamed' } }, token: trainer }), 'FORBIDDEN'],
      ['a leader removing another leader’s support', () => ({ query: REMOVE, vars: { input: { supportId: firstSupportOf(a) } }, token: c.token }), 'FORBIDDEN'],
      ['both an SME and a new one', () => ({ query: RECORD, vars: { input: { progressReportId: a.reportId, smeId: firstSmeId, sme: firstSme, kind: 'TRAINING', supportedOn: isoDate(-5) } }, token: a.token }), 'BAD_USER_INPUT'],
      ['neither an SME nor a new one', () => ({ query: RECORD, vars: { input: { progressReportId: a.reportId, kind: 'TRAINING', supportedOn: isoDate(-5) } }, token: a.token }), 'BAD_USER_INPUT'],
      ['a date in the future', () => ({ query: RECORD, vars: { input: { progressReportId: a.reportId, smeId: firstSmeId, kind: 'TRAINING', supportedOn: isoDate(3) } }, token: a.token }), 'BAD_USER_INPUT'],
      ['a date before the cohort started', () => ({ query: RECORD, vars: { input: { progressReportId: a.reportId, smeId: firstSmeId, kind: 'TRAINING', supportedOn: isoDate(-41) } }, token: a.token }), 'BAD_USER_INPUT'],
      ['the same SME, kind and date twice on one report', () => ({ query: RECORD, vars: { input: { progressReportId: a.reportId, smeId: firstSmeId, kind: 'TRAINING', supportedOn: isoDate(-20) } }, token: a.token }), 'CONFLICT'],
      ['a country outside the corridor', () => ({ query: RECORD, vars: { input: { progressReportId: a.reportId, sme: { ...firstSme, countryCode: 'JP' }, kind: 'TRAINING', supportedOn: isoDate(-5) } }, token: a.token }), 'BAD_USER_INPUT'],
      ['a phone with letters', () => ({ query: RECORD, vars: { input: { progressReportId: a.reportId, sme: { ...firstSme, phone: 'call me' }, kind: 'TRAINING', supportedOn: isoDate(-5) } }, token: a.token }), 'BAD_USER_INPUT'],
      ['an unknown progress report', () => ({ query: RECORD, vars: { input: { progressReportId: '00000000-0000-4000-8000-000000000000', smeId: firstSmeId, kind: 'TRAINING', supportedOn: isoDate(-5) } }, token: a.token }), 'NOT_FOUND'],
      ['merging an SME into itself', () => ({ query: MERGE, vars: { input: { keepId: firstSmeId, mergeIds: [firstSmeId] } }, token: coordinator }), 'BAD_USER_INPUT'],
      ['merging an SME merged already', () => ({ query: MERGE, vars: { input: { keepId: firstSmeId, mergeIds: [mergedId()] } }, token: coordinator }), 'CONFLICT'],
      ['keeping an SME merged already', () => ({ query: MERGE, vars: { input: { keepId: mergedId(), mergeIds: [firstSmeId] } }, token: coordinator }), 'CONFLICT'],
      ['marking an SME distinct from itself', () => ({ query: DISTINCT, vars: { input: { firstId: firstSmeId, secondId: firstSmeId } }, token: coordinator }), 'BAD_USER_INPUT'],
      ['editing an SME merged already', () => ({ query: UPDATE, vars: { input: { smeId: mergedId(), name: 'Renamed' } }, token: coordinator }), 'CONFLICT'],
      // An edit keeps the rules of a new SME.
      ['an edit giving a phone with letters', () => ({ query: UPDATE, vars: { input: { smeId: firstSmeId, phone: 'call me' } }, token: coordinator }), 'BAD_USER_INPUT'],
      ['an edit giving a one-letter name', () => ({ query: UPDATE, vars: { input: { smeId: firstSmeId, name: 'A' } }, token: coordinator }), 'BAD_USER_INPUT'],
      ['an edit giving a country outside the corridor', () => ({ query: UPDATE, vars: { input: { smeId: firstSmeId, countryCode: 'JP' } }, token: coordinator }), 'BAD_USER_INPUT'],
    ])('%s', async (_name, request, code) => {
      const before = await ledgerSnapshot(t);
      const { query, vars, token } = request();
      const result = await t.gql(query, vars, { token });
      expect(errorCode(result)).toBe(code);
      expect(await ledgerSnapshot(t)).toBe(before);
    });

    let merged: string | null = null;
    let supportOfA: string | null = null;
    beforeAll(async () => {
      const em = t.orm.em.fork();
      merged = (await em.findOneOrFail(Sme, { mergedInto: firstSmeId })).id;
      supportOfA = (await em.findOneOrFail(SmeSupport, { progressReport: a.reportId }, { orderBy: { createdAt: 'asc' } })).id;
    });
    const mergedId = () => merged!;
    const firstSupportOf = (_leader: Leader) => supportOfA!;
  });

  it('costs the same number of SQL statements for a page of 10 SMEs or of 100', async () => {
    const LIST = `query($first: Int) { smes(first: $first) { totalCount edges { node { id name phone registrationNumber ownerGender leaderCount mergedInto { id }
      supports { kind leader { fullName } enrolment { id } progressReport { id smesReached } sme { id } } } } } }`;
    for (const token of [coordinator, trainer]) {
      const run = async (first: number) => {
        let rows = 0;
        const counted = await countStatements(t.orm, async () => {
          const result = ok(await t.gql<{ smes: { edges: unknown[] } }>(LIST, { first }, { token }));
          rows = result.smes.edges.length;
        });
        return { ...counted, rows };
      };
      const small = await run(10);
      const large = await run(100);
      expect([small.rows, large.rows]).toEqual([10, 100]);
      // Loaders batch per tick; on PostgreSQL a batch is now and then split in two.
      expect(Math.abs(large.count - small.count)).toBeLessThanOrEqual(1);
      expect(small.count).toBeLessThanOrEqual(12);
      if (process.env.SHOW_QUERY_COST) console.log(`smes: ${small.count} statements for 10, ${large.count} for 100`);
    }
  });
});

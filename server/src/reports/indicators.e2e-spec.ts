import type { EntityManager } from '@mikro-orm/core';
import { ActionPlan, ProgressReport } from '../action-plans/action-plan.entity';
import { AssessmentResult } from '../assessments/assessment-result.entity';
import { Assessment } from '../assessments/assessment.entity';
import { ActionPlanStatus, EnrolmentStatus, Gender, SmeSector, SupportKind, TargetGroup } from '../common/enums';
import { Enrolment } from '../enrolments/enrolment.entity';
import { Person } from '../people/person.entity';
import { Sme, SmeSupport } from '../smes/sme.entity';
import { courseInfo, enrol, makeCohort, userId, type CourseInfo } from '../training/training-fixtures';
import { countStatements } from '../../test/sql-counter';
import { errorCode, startTestApp, type GqlResponse, type TestApp } from '../../test/test-app';

/**
 * A small programme in 2031 (a year the demo programme never reaches, so `year: 2031` selects only
 * it), with every figure worked out by hand below.
 *
 * People (KH = Cambodia, VN = Vietnam; F/M = sex):
 *   Component A cohort "A-2031": khF1 Chan Sreyneang, khM1 Sok Dara, khF2 Keo Malis, vnF1 Nguyen Thi Lan,
 *     vnM1 Tran Van Minh → COMPLETED; vnF2 Le Thi Hoa → APPROVED; khM2 Heng Vibol → WITHDRAWN (not a participant)
 *   Component C cohort "C-2031": khF3 Lim Sophea, vnM2 Pham Quoc Bao, khF1 (again) → COMPLETED; vnF3 Vo Thi Mai → APPROVED
 *   Participants: 6 in A + 4 in C = 10 enrolments of 9 people (khF1 is in both).
 */
const YEAR = { year: 2031 };

const INDICATORS = `query($filter: ReportFilter, $by: ReportSplit!) { indicators(filter: $filter) {
  code name unit baseline target componentCode progress actual { value people suppressed }
  breakdown(by: $by) { key label value people suppressed } } }`;
const RECORDS = `query($code: String!, $filter: ReportFilter, $split: ReportSplit, $key: String, $first: Int, $after: String) {
  indicatorRecords(code: $code, filter: $filter, split: $split, key: $key, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { kind id title subtitle countryCode gender province cohortTitle category date } } } }`;
const SMES = `query($filter: ReportFilter) { smesReached(filter: $filter) {
  total { value people suppressed } byMonth { month smes cumulative }
  byProvince { key value people suppressed } bySector { key value people suppressed }
  byKind { key value people suppressed } byOwnerSex { key value people suppressed } } }`;

interface Value {
  value: number | null;
  people: number | null;
  suppressed: boolean;
}
interface Cell extends Value {
  key: string;
  label: string;
}
interface IndicatorRow {
  code: string;
  name: string;
  unit: string;
  baseline: number;
  target: number;
  componentCode: string | null;
  progress: number | null;
  actual: Value;
  breakdown: Cell[];
}
interface RecordNode {
  kind: string;
  id: string;
  title: string;
  subtitle: string | null;
  countryCode: string;
  gender: string | null;
  province: string | null;
  cohortTitle: string | null;
  category: string | null;
  date: string | null;
}
interface Records {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: RecordNode }[];
}

const COUNTS = ['leaders-trained', 'smes-benefiting', 'bds-providers-trained', 'action-plans-accepted', 'action-plans-completed'];
const SPLITS = ['COUNTRY', 'SEX', 'TARGET_GROUP', 'ORGANISATION_TYPE', 'COMPONENT', 'COHORT', 'YEAR'];

const exact = (value: number, people: number): Value => ({ value, people, suppressed: false });
const hidden: Value = { value: null, people: null, suppressed: true };

function ok<T>(result: GqlResponse<T>): T {
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describe('logframe indicators and SMEs reached', () => {
  let t: TestApp;
  let coordinator: string;
  let viewer: string;
  let courseA: CourseInfo;
  let courseC: CourseInfo;
  const people: Record<string, Person> = {};
  const cohorts: Record<'A' | 'C', string> = { A: '', C: '' };
  const enrolments: Record<string, string> = {};

  async function indicators(token: string, by: string, filter: Record<string, unknown> = YEAR): Promise<Map<string, IndicatorRow>> {
    const data = ok(await t.gql<{ indicators: IndicatorRow[] }>(INDICATORS, { filter, by }, { token }));
    return new Map(data.indicators.map((row) => [row.code, row]));
  }
  const cells = (row: IndicatorRow) =>
    Object.fromEntries(row.breakdown.map((c) => [c.key, { value: c.value, people: c.people, suppressed: c.suppressed }]));

  async function persist(build: (em: EntityManager) => void): Promise<void> {
    const em = t.orm.em.fork();
    build(em);
    await em.flush();
  }

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.signIn('coordinator@corridor.test');
    viewer = await t.signIn('viewer@corridor.test');
    const trainer = await t.signIn('trainer@corridor.test');
    const trainerId = await userId(t, 'trainer@corridor.test');
    courseA = await courseInfo(t, coordinator, 'sme-cluster-development');
    courseC = await courseInfo(t, coordinator, 'bds-provider-strengthening');

    const roster: [string, string, Gender, string, TargetGroup][] = [
      ['khF1', 'Chan Sreyneang', Gender.FEMALE, 'KH', TargetGroup.SME_LEADER],
      ['khM1', 'Sok Dara', Gender.MALE, 'KH', TargetGroup.SME_LEADER],
      ['khF2', 'Keo Malis', Gender.FEMALE, 'KH', TargetGroup.SME_LEADER],
      ['khM2', 'Heng Vibol', Gender.MALE, 'KH', TargetGroup.SME_LEADER],
      ['vnF1', 'Nguyen Thi Lan', Gender.FEMALE, 'VN', TargetGroup.SME_LEADER],
      ['vnM1', 'Tran Van Minh', Gender.MALE, 'VN', TargetGroup.SME_LEADER],
      ['vnF2', 'Le Thi Hoa', Gender.FEMALE, 'VN', TargetGroup.SME_LEADER],
      ['khF3', 'Lim Sophea', Gender.FEMALE, 'KH', TargetGroup.BDS_PROVIDER],
      ['vnM2', 'Pham Quoc Bao', Gender.MALE, 'VN', TargetGroup.BDS_PROVIDER],
      ['vnF3', 'Vo Thi Mai', Gender.FEMALE, 'VN', TargetGroup.BDS_PROVIDER],
    ];
    await persist((em) => {
      for (const [key, name, gender, country, group] of roster) people[key] = em.create(Person, new Person(name, gender, country, group));
    });

    const slots = [
      { module: 0, startsIn: -50, hours: 7 },
      { module: 0, startsIn: -26, hours: 7 },
    ];
    const a = await makeCohort(t, coordinator, {
      course: courseA,
      trainerIds: [trainerId],
      title: 'A-2031',
      startsOn: '2031-03-01',
      endsOn: '2031-03-12',
      slots: [...slots, { module: 1, startsIn: 48, hours: 7 }],
    });
    const c = await makeCohort(t, coordinator, {
      course: courseC,
      trainerIds: [trainerId],
      title: 'C-2031',
      startsOn: '2031-05-01',
      endsOn: '2031-05-10',
      slots,
    });
    cohorts.A = a.id;
    cohorts.C = c.id;
    const inA = ['khF1', 'khM1', 'khF2', 'khM2', 'vnF1', 'vnM1', 'vnF2'];
    const inC = ['khF3', 'vnM2', 'vnF3', 'khF1'];
    (
      await enrol(
        t,
        coordinator,
        a.id,
        inA.map((k) => people[k].id),
      )
    ).forEach((id, i) => (enrolments[`A:${inA[i]}`] = id));
    (
      await enrol(
        t,
        coordinator,
        c.id,
        inC.map((k) => people[k].id),
      )
    ).forEach((id, i) => (enrolments[`C:${inC[i]}`] = id));

    // Attendance (P present, L late, A absent, E excused; only present and late count; no line counts as absent):
    //   A-2031, 2 sessions held (the third is in two days): khF1 P P = 1, khM1 P A = 0.5, khF2 A A = 0,
    //     vnF1 P P = 1, vnM1 L P = 1, vnF2 A E = 0
    //   C-2031, 2 sessions held: khF3 P P = 1, vnM2 P A = 0.5, vnF3 A A = 0, khF1 P L = 1
    const sheets: [typeof a, string, string[][]][] = [
      [
        a,
        'A',
        [
          ['khF1', 'PRESENT', 'PRESENT'],
          ['khM1', 'PRESENT', 'ABSENT'],
          ['khF2', 'ABSENT', 'ABSENT'],
          ['vnF1', 'PRESENT', 'PRESENT'],
          ['vnM1', 'LATE', 'PRESENT'],
          ['vnF2', 'ABSENT', 'EXCUSED'],
          ['khM2', 'PRESENT', 'PRESENT'],
        ],
      ],
      [
        c,
        'C',
        [
          ['khF3', 'PRESENT', 'PRESENT'],
          ['vnM2', 'PRESENT', 'ABSENT'],
          ['vnF3', 'ABSENT', 'ABSENT'],
          ['khF1', 'PRESENT', 'LATE'],
        ],
      ],
    ];
    for (const [cohort, prefix, lines] of sheets) {
      for (const [index, session] of cohort.sessions.slice(0, 2).entries()) {
        const marks = lines.map(([who, ...statuses]) => ({ enrolmentId: enrolments[`${prefix}:${who}`], status: statuses[index] }));
        ok(
          await t.gql(
            'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { records { id } } }',
            { input: { sessionId: session.id, marks } },
            { token: trainer },
          ),
        );
      }
    }

    const em = t.orm.em.fork();
    const completed = ['A:khF1', 'A:khM1', 'A:khF2', 'A:vnF1', 'A:vnM1', 'C:khF3', 'C:vnM2', 'C:khF1'].map((k) => enrolments[k]);
    await em.nativeUpdate(Enrolment, { id: { $in: completed } }, { status: EnrolmentStatus.COMPLETED });
    await em.nativeUpdate(Enrolment, { id: enrolments['A:khM2'] }, { status: EnrolmentStatus.WITHDRAWN });
    const ref = (key: string) => em.getReference(Enrolment, enrolments[key], { wrapped: true });

    // Tests, in percent of 100: pre → post. khF1 40 → 80, khM1 50 → 60, vnF1 30 → 70 (module 1 of A);
    // vnM1 took only the pre-test (60): left out. khF3 55 → 75 (module 1 of C).
    const test = (course: CourseInfo, kind: string) =>
      em.getReference(Assessment, course.modules[0].assessments.find((x) => x.kind === kind)!.id, { wrapped: true });
    const scores: [string, CourseInfo, number, number | null][] = [
      ['A:khF1', courseA, 40, 80],
      ['A:khM1', courseA, 50, 60],
      ['A:vnF1', courseA, 30, 70],
      ['A:vnM1', courseA, 60, null],
      ['C:khF3', courseC, 55, 75],
    ];
    for (const [key, course, pre, post] of scores) {
      em.persist(new AssessmentResult(ref(key), test(course, 'PRE_TEST'), pre, pre >= 60));
      if (post !== null) em.persist(new AssessmentResult(ref(key), test(course, 'POST_TEST'), post, post >= 60));
    }

    // Action plans: khF1 ACCEPTED + 1 report, khM1 ACCEPTED, vnF1 ACCEPTED + 2 reports, vnM1 SUBMITTED,
    // vnF2 DRAFT, khF3 (C) ACCEPTED + 1 report; khM2 ACCEPTED + 1 report but withdrawn: never counted.
    const plans: [string, ActionPlanStatus, string[]][] = [
      ['A:khF1', ActionPlanStatus.ACCEPTED, ['2031-04-30']],
      ['A:khM1', ActionPlanStatus.ACCEPTED, []],
      ['A:vnF1', ActionPlanStatus.ACCEPTED, ['2031-04-28', '2031-05-28']],
      ['A:vnM1', ActionPlanStatus.SUBMITTED, []],
      ['A:vnF2', ActionPlanStatus.DRAFT, []],
      ['C:khF3', ActionPlanStatus.ACCEPTED, ['2031-06-15']],
      ['A:khM2', ActionPlanStatus.ACCEPTED, ['2031-04-15']],
    ];
    for (const [key, status, reports] of plans) {
      const plan = new ActionPlan(ref(key), `Plan of ${key}: help the SMEs of my cluster reach new buyers.`);
      plan.status = status;
      em.persist(plan);
      for (const day of reports)
        em.persist(new ProgressReport(em.getReference(ActionPlan, plan.id, { wrapped: true }), day, 'Met the SMEs.'));
    }

    // SMEs and the support leaders gave them (date, kind). S6 was merged into S5 and its support moved
    // there; S7 was merged into S4 and still has a support pointing at it, which must not count; S8
    // was supported only by the withdrawn khM2.
    const sme = (name: string, country: string, sector: SmeSector, province: string, owner: Gender | null) => {
      const row = new Sme(name, country, sector);
      row.province = province;
      row.ownerGender = owner;
      em.persist(row);
      return row;
    };
    const s1 = sme('Mongkol Borei Rice Group', 'KH', SmeSector.AGRICULTURE_AND_FOOD, 'Banteay Meanchey', Gender.FEMALE);
    const s2 = sme('Serei Silk Weavers', 'KH', SmeSector.HANDICRAFTS_AND_TEXTILES, 'Siem Reap', Gender.FEMALE);
    const s3 = sme('Poipet Cross-Border Logistics', 'KH', SmeSector.LOGISTICS_AND_TRANSPORT, 'Banteay Meanchey', Gender.MALE);
    const s4 = sme('Dong Thap Lotus Tea', 'VN', SmeSector.AGRICULTURE_AND_FOOD, 'Dong Thap', Gender.FEMALE);
    const s5 = sme('Sa Dec Flowers', 'VN', SmeSector.AGRICULTURE_AND_FOOD, 'Dong Thap', null);
    const s6 = sme('Sa Dec Flower Co.', 'VN', SmeSector.AGRICULTURE_AND_FOOD, 'Dong Thap', null);
    const s7 = sme('Dong Thap Lotus Tea Ltd', 'VN', SmeSector.AGRICULTURE_AND_FOOD, 'Dong Thap', Gender.FEMALE);
    const s8 = sme('Kampot Pepper House', 'KH', SmeSector.AGRICULTURE_AND_FOOD, 'Kampot', Gender.MALE);
    const s9 = sme('Takeo Weavers', 'KH', SmeSector.HANDICRAFTS_AND_TEXTILES, 'Takeo', Gender.FEMALE);
    s6.mergedInto = em.getReference(Sme, s5.id, { wrapped: true });
    s7.mergedInto = em.getReference(Sme, s4.id, { wrapped: true });
    const support = (target: Sme, key: string, kind: SupportKind, day: string) =>
      em.persist(new SmeSupport(em.getReference(Sme, target.id, { wrapped: true }), ref(key), kind, day));
    support(s1, 'A:khF1', SupportKind.TRAINING, '2031-04-10');
    support(s1, 'A:khM1', SupportKind.COACHING, '2031-05-02');
    support(s2, 'A:khM1', SupportKind.MARKET_LINKAGE, '2031-04-20');
    support(s3, 'A:khF2', SupportKind.COACHING, '2031-05-15');
    support(s4, 'A:vnF1', SupportKind.TRAINING, '2031-04-25');
    support(s5, 'A:vnM1', SupportKind.EXPORT_CONSORTIUM, '2031-06-01');
    support(s5, 'A:vnF1', SupportKind.COACHING, '2031-05-20'); // moved from S6 by the merge
    support(s7, 'A:vnM1', SupportKind.TRAINING, '2031-04-01');
    support(s8, 'A:khM2', SupportKind.TRAINING, '2031-04-05');
    support(s9, 'C:khF3', SupportKind.TRAINING, '2031-06-10');
    await em.flush();
    // Building the programme takes some forty requests; a busy machine running the whole suite needs longer than one test's minute.
  }, 180_000);
  afterAll(() => t.close());

  it('computes every indicator and its split by country for staff, as worked out by hand', async () => {
    const table = await indicators(coordinator, 'COUNTRY');
    expect([...table.keys()]).toEqual([
      'leaders-trained',
      'smes-benefiting',
      'bds-providers-trained',
      'women-participants',
      'knowledge-gain',
      'attendance-rate',
      'action-plans-accepted',
      'action-plans-completed',
    ]);

    // Completed A enrolments: khF1, khM1, khF2 (KH) + vnF1, vnM1 (VN) = 5; progress 5 / 38.
    const leaders = table.get('leaders-trained')!;
    expect(leaders).toMatchObject({ unit: 'PEOPLE', baseline: 0, target: 38, componentCode: 'A', actual: exact(5, 5) });
    expect(leaders.progress).toBeCloseTo(5 / 38);
    expect(cells(leaders)).toEqual({ KH: exact(3, 3), VN: exact(2, 2) });

    // First supports: S1 khF1 (KH), S2 khM1 (KH), S3 khF2 (KH), S4 vnF1 (VN), S5 vnF1 (VN: 05-20 before
    // vnM1's 06-01), S9 khF3 (KH) = 6 SMEs; leaders khF1, khM1, khF2, vnF1, khF3 = 5. S6, S7 merged, S8 withdrawn.
    const smes = table.get('smes-benefiting')!;
    expect(smes).toMatchObject({ unit: 'SMES', target: 1000, componentCode: null, actual: exact(6, 5) });
    expect(smes.progress).toBeCloseTo(6 / 1000);
    expect(cells(smes)).toEqual({ KH: exact(4, 4), VN: exact(2, 1) });

    // Completed C enrolments: khF3, khF1 (KH) + vnM2 (VN) = 3.
    expect(table.get('bds-providers-trained')).toMatchObject({ target: 60, componentCode: 'C', actual: exact(3, 3) });
    expect(cells(table.get('bds-providers-trained')!)).toEqual({ KH: exact(2, 2), VN: exact(1, 1) });

    // Women among the 10 participant enrolments: khF1, khF2, vnF1, vnF2 (A) + khF3, vnF3, khF1 (C) = 7 → 0.7, of 9 people.
    // KH: 5 enrolments (khF1 ×2, khM1, khF2, khF3), 4 women → 0.8 of 4 people; VN: 5 enrolments, 3 women → 0.6 of 5.
    const women = table.get('women-participants')!;
    expect(women).toMatchObject({ unit: 'PERCENT', target: 0.5 });
    expect(women.actual.value).toBeCloseTo(0.7);
    expect(women.actual.people).toBe(9);
    expect(women.progress).toBeCloseTo(0.7 / 0.5);
    expect(women.breakdown.map((c) => [c.key, c.value?.toFixed(4), c.people])).toEqual([
      ['KH', '0.8000', 4],
      ['VN', '0.6000', 5],
    ]);

    // Pairs: khF1 40→80, khM1 50→60, vnF1 30→70, khF3 55→75: pre mean 43.75, post mean 71.25, gain 27.5 over 4 people.
    // KH: (80+60+75)/3 − (40+50+55)/3 = 23.33 over 3; VN: 70 − 30 = 40 over 1.
    const gain = table.get('knowledge-gain')!;
    expect(gain.unit).toBe('POINTS');
    expect(gain.actual.value).toBeCloseTo(27.5);
    expect(gain.actual.people).toBe(4);
    expect(gain.breakdown.map((c) => [c.key, c.value?.toFixed(4), c.people])).toEqual([
      ['KH', (70 / 3).toFixed(4), 3],
      ['VN', '40.0000', 1],
    ]);

    // Mean of the enrolments' own rates: (1 + 0.5 + 0 + 1 + 1 + 0) + (1 + 0.5 + 0 + 1) = 6 over 10 = 0.6.
    // KH: khF1 1, khM1 0.5, khF2 0, khF3 1, khF1 (C) 1 = 3.5 / 5 = 0.7; VN: 1 + 1 + 0 + 0.5 + 0 = 2.5 / 5 = 0.5.
    const attendance = table.get('attendance-rate')!;
    expect(attendance.actual.value).toBeCloseTo(0.6);
    expect(attendance.actual.people).toBe(9);
    expect(attendance.breakdown.map((c) => [c.key, c.value?.toFixed(4), c.people])).toEqual([
      ['KH', '0.7000', 4],
      ['VN', '0.5000', 5],
    ]);

    // Accepted plans of participants: khF1, khM1, khF3 (KH) + vnF1 (VN) = 4; with a progress report: khF1, khF3, vnF1 = 3.
    expect(table.get('action-plans-accepted')).toMatchObject({ actual: exact(4, 4) });
    expect(cells(table.get('action-plans-accepted')!)).toEqual({ KH: exact(3, 3), VN: exact(1, 1) });
    expect(table.get('action-plans-completed')).toMatchObject({ actual: exact(3, 3) });
    expect(cells(table.get('action-plans-completed')!)).toEqual({ KH: exact(2, 2), VN: exact(1, 1) });
  });

  it('splits by sex and by cohort (labelled with its title), and names indicators in the reader’s language', async () => {
    const bySex = await indicators(coordinator, 'SEX');
    // Leaders: women khF1, khF2, vnF1 = 3; men khM1, vnM1 = 2. SMEs: women's first supports S1, S3, S4, S5, S9 = 5 (4 leaders); S2 by khM1.
    expect(cells(bySex.get('leaders-trained')!)).toEqual({ FEMALE: exact(3, 3), MALE: exact(2, 2) });
    expect(cells(bySex.get('smes-benefiting')!)).toEqual({ FEMALE: exact(5, 4), MALE: exact(1, 1) });

    const byCohort = await indicators(coordinator, 'COHORT');
    // Participants by cohort: A-2031 6 enrolments, 4 women → 0.667; C-2031 4 enrolments, 3 women → 0.75.
    expect(byCohort.get('women-participants')!.breakdown.map((c) => [c.key, c.label, c.value?.toFixed(4)])).toEqual([
      [cohorts.A, 'A-2031', (4 / 6).toFixed(4)],
      [cohorts.C, 'C-2031', '0.7500'],
    ]);
    // SMEs by the cohort of the first support's leader: A-2031 S1–S5 = 5, C-2031 S9 = 1.
    expect(byCohort.get('smes-benefiting')!.breakdown.map((c) => [c.label, c.value])).toEqual([
      ['A-2031', 5],
      ['C-2031', 1],
    ]);

    const thai = ok(
      await t.gql<{ indicator: { name: string; description: string } }>(
        'query { indicator(code: "women-participants", filter: { year: 2031 }) { name description } }',
        {},
        { token: coordinator, headers: { 'accept-language': 'th' } },
      ),
    );
    expect(thai.indicator).toEqual({
      name: 'สัดส่วนผู้หญิงในกลุ่มผู้เข้าร่วม',
      description: 'Women among approved and completed enrolments in all components.',
    });
  });

  it('narrows by the filter: a component, a country and a component the measure is not about', async () => {
    const kh = await indicators(coordinator, 'SEX', { ...YEAR, countryCode: 'KH' });
    expect(kh.get('leaders-trained')!.actual).toEqual(exact(3, 3));
    expect(kh.get('smes-benefiting')!.actual).toEqual(exact(4, 4));
    const c = await indicators(coordinator, 'COUNTRY', { ...YEAR, componentCode: 'C' });
    // Only C-2031: leaders trained (a Component A measure) is 0; participants 4, women 3 → 0.75; SMEs: S9.
    expect(c.get('leaders-trained')!.actual).toEqual(exact(0, 0));
    expect(c.get('leaders-trained')!.breakdown).toEqual([]);
    expect(c.get('bds-providers-trained')!.actual).toEqual(exact(3, 3));
    expect(c.get('women-participants')!.actual.value).toBeCloseTo(0.75);
    expect(c.get('smes-benefiting')!.actual).toEqual(exact(1, 1));
  });

  it('reports SMEs reached by month, province, sector, kind of first support and owner’s sex', async () => {
    const report = ok(await t.gql<{ smesReached: Record<string, unknown> }>(SMES, { filter: YEAR }, { token: coordinator })).smesReached;
    const pairs = (list: unknown) => (list as Cell[]).map((c) => [c.key, c.value, c.people]);
    expect(report.total).toEqual(exact(6, 5));
    // First supports: April S1, S2, S4; May S3, S5; June S9.
    expect(report.byMonth).toEqual([
      { month: '2031-04', smes: 3, cumulative: 3 },
      { month: '2031-05', smes: 2, cumulative: 5 },
      { month: '2031-06', smes: 1, cumulative: 6 },
    ]);
    // Banteay Meanchey S1 (khF1), S3 (khF2); Dong Thap S4, S5 (both vnF1); Siem Reap S2; Takeo S9.
    expect(pairs(report.byProvince)).toEqual([
      ['Banteay Meanchey', 2, 2],
      ['Dong Thap', 2, 1],
      ['Siem Reap', 1, 1],
      ['Takeo', 1, 1],
    ]);
    expect(pairs(report.bySector)).toEqual([
      ['AGRICULTURE_AND_FOOD', 3, 2],
      ['HANDICRAFTS_AND_TEXTILES', 2, 2],
      ['LOGISTICS_AND_TRANSPORT', 1, 1],
    ]);
    // First supports' kinds: S1, S4, S9 TRAINING; S2 MARKET_LINKAGE; S3 and S5 (the moved support) COACHING.
    expect(pairs(report.byKind)).toEqual([
      ['COACHING', 2, 2],
      ['MARKET_LINKAGE', 1, 1],
      ['TRAINING', 3, 3],
    ]);
    expect(pairs(report.byOwnerSex)).toEqual([
      ['FEMALE', 4, 4],
      ['MALE', 1, 1],
      ['NONE', 1, 1],
    ]);
  });

  it('drills down to the very records each figure counts, a page at a time', async () => {
    const records = async (variables: Record<string, unknown>) =>
      ok(await t.gql<{ indicatorRecords: Records }>(RECORDS, { filter: YEAR, ...variables }, { token: coordinator })).indicatorRecords;

    const leaders = await records({ code: 'leaders-trained' });
    expect(leaders.totalCount).toBe(5);
    expect(leaders.edges.map((e) => e.node.title).sort()).toEqual([
      'Chan Sreyneang',
      'Keo Malis',
      'Nguyen Thi Lan',
      'Sok Dara',
      'Tran Van Minh',
    ]);
    expect(leaders.edges.find((e) => e.node.title === 'Keo Malis')!.node).toMatchObject({
      kind: 'PARTICIPANT',
      id: enrolments['A:khF2'],
      countryCode: 'KH',
      gender: 'FEMALE',
      cohortTitle: 'A-2031',
      category: 'COMPLETED',
      date: '2031-03-01',
    });

    const smes = await records({ code: 'smes-benefiting' });
    expect(smes.totalCount).toBe(6);
    const sadec = smes.edges.find((e) => e.node.title === 'Sa Dec Flowers')!.node;
    expect(sadec).toMatchObject({
      kind: 'SME',
      subtitle: 'Nguyen Thi Lan, Tran Van Minh',
      countryCode: 'VN',
      gender: null,
      province: 'Dong Thap',
      cohortTitle: 'A-2031',
      category: 'AGRICULTURE_AND_FOOD',
      date: '2031-05-20',
    });
    expect(smes.edges.map((e) => e.node.title)).not.toContain('Sa Dec Flower Co.');

    const plans = await records({ code: 'action-plans-completed' });
    expect(plans.edges.map((e) => [e.node.title, e.node.category, e.node.date]).sort()).toEqual([
      ['Chan Sreyneang', 'ACCEPTED', '2031-04-30'],
      ['Lim Sophea', 'ACCEPTED', '2031-06-15'],
      ['Nguyen Thi Lan', 'ACCEPTED', '2031-05-28'],
    ]);

    // One cell: the VN SMEs are S4 and S5, both first reached by vnF1.
    const vn = await records({ code: 'smes-benefiting', split: 'COUNTRY', key: 'VN' });
    expect(vn.edges.map((e) => e.node.title).sort()).toEqual(['Dong Thap Lotus Tea', 'Sa Dec Flowers']);
    const aCohort = await records({ code: 'women-participants', split: 'COHORT', key: cohorts.A });
    expect(aCohort.totalCount).toBe(6);

    const first = await records({ code: 'smes-benefiting', first: 4 });
    const rest = await records({ code: 'smes-benefiting', first: 4, after: first.pageInfo.endCursor });
    expect([first.edges.length, first.pageInfo.hasNextPage, rest.edges.length, rest.pageInfo.hasNextPage]).toEqual([4, true, 2, false]);
    expect(new Set([...first.edges, ...rest.edges].map((e) => e.node.id)).size).toBe(6);
  });

  it('agrees with itself on the whole database: for every count, every split adds up to the actual and to the drill-down', async () => {
    for (const filter of [{}, YEAR]) {
      for (const by of SPLITS) {
        const table = await indicators(coordinator, by, filter);
        for (const code of COUNTS) {
          const row = table.get(code)!;
          expect({ code, by, sum: row.breakdown.reduce((sum, c) => sum + c.value!, 0) }).toEqual({ code, by, sum: row.actual.value });
        }
      }
      for (const code of COUNTS) {
        const table = await indicators(coordinator, 'COUNTRY', filter);
        const all = ok(
          await t.gql<{ indicatorRecords: Records }>(RECORDS, { code, filter, first: 1 }, { token: coordinator }),
        ).indicatorRecords;
        expect({ code, total: all.totalCount }).toEqual({ code, total: table.get(code)!.actual.value });
        for (const cell of table.get(code)!.breakdown) {
          const some = ok(
            await t.gql<{ indicatorRecords: Records }>(
              RECORDS,
              { code, filter, split: 'COUNTRY', key: cell.key, first: 1 },
              { token: coordinator },
            ),
          ).indicatorRecords;
          expect({ code, key: cell.key, total: some.totalCount }).toEqual({ code, key: cell.key, total: cell.value });
        }
      }
    }
  });

  it('shows viewers aggregates only: cells of 1 or 2 people suppressed, and no names anywhere', async () => {
    const table = await indicators(viewer, 'COUNTRY');
    // Leaders VN: vnF1, vnM1 = 2 people; SMEs VN: 1 leader; BDS: KH 2, VN 1; gain VN: 1; plans VN: 1, completed KH 2, VN 1.
    expect(table.get('leaders-trained')!.actual).toEqual(exact(5, 5));
    expect(cells(table.get('leaders-trained')!)).toEqual({ KH: exact(3, 3), VN: hidden });
    expect(cells(table.get('smes-benefiting')!)).toEqual({ KH: exact(4, 4), VN: hidden });
    expect(cells(table.get('bds-providers-trained')!)).toEqual({ KH: hidden, VN: hidden });
    expect(table.get('bds-providers-trained')!.actual).toEqual(exact(3, 3));
    expect(cells(table.get('knowledge-gain')!).VN).toEqual(hidden);
    expect(cells(table.get('knowledge-gain')!).KH.suppressed).toBe(false);
    expect(cells(table.get('women-participants')!).VN.suppressed).toBe(false);
    expect(cells(table.get('action-plans-completed')!)).toEqual({ KH: hidden, VN: hidden });

    const vn = await indicators(viewer, 'SEX', { ...YEAR, countryCode: 'VN' });
    expect(vn.get('leaders-trained')).toMatchObject({ actual: hidden, progress: null });
    expect(vn.get('smes-benefiting')).toMatchObject({ actual: hidden, progress: null });
    const smesVn = ok(
      await t.gql<{ smesReached: { total: Value; byMonth: unknown[] } }>(
        SMES,
        { filter: { ...YEAR, countryCode: 'VN' } },
        { token: viewer },
      ),
    ).smesReached;
    expect(smesVn).toMatchObject({ total: hidden, byMonth: [] });
    const smes = ok(
      await t.gql<{ smesReached: { total: Value; byProvince: Cell[] } }>(SMES, { filter: YEAR }, { token: viewer }),
    ).smesReached;
    expect(smes.total).toEqual(exact(6, 5));
    expect(smes.byProvince.find((c) => c.key === 'Banteay Meanchey')).toMatchObject(hidden);

    const everything = JSON.stringify([table, ...(await indicators(viewer, 'COHORT')).values(), smes, smesVn]);
    for (const person of Object.values(people)) expect(everything).not.toContain(person.fullName);
    for (const name of ['Mongkol Borei', 'Sa Dec', 'Takeo Weavers']) expect(everything).not.toContain(name);
  });

  describe('refuses', () => {
    const reads = [
      ['indicators', 'query { indicators { code } }'],
      ['indicator', 'query { indicator(code: "leaders-trained") { code } }'],
      ['smesReached', 'query { smesReached { total { value } } }'],
      ['indicatorRecords', 'query { indicatorRecords(code: "leaders-trained") { totalCount } }'],
    ] as const;

    const cases: [email: string, what: string, query: string, code: string][] = [
      ...reads.map(([op, query]): [string, string, string, string] => ['trainee@corridor.test', op, query, 'FORBIDDEN']),
      ...reads.map(([op, query]): [string, string, string, string] => ['trainer@corridor.test', op, query, 'FORBIDDEN']),
      ['viewer@corridor.test', 'indicatorRecords', reads[3][1], 'FORBIDDEN'],
      ['viewer@corridor.test', 'an unknown indicator', 'query { indicator(code: "no-such-thing") { code } }', 'NOT_FOUND'],
      [
        'coordinator@corridor.test',
        'records of an unknown indicator',
        'query { indicatorRecords(code: "no-such-thing") { totalCount } }',
        'NOT_FOUND',
      ],
      [
        'coordinator@corridor.test',
        'a split without a key',
        'query { indicatorRecords(code: "leaders-trained", split: COUNTRY) { totalCount } }',
        'BAD_USER_INPUT',
      ],
      [
        'coordinator@corridor.test',
        'a cohort key that is no id',
        'query { indicatorRecords(code: "leaders-trained", split: COHORT, key: "A-2031") { totalCount } }',
        'BAD_USER_INPUT',
      ],
      [
        'coordinator@corridor.test',
        'a page of 500',
        'query { indicatorRecords(code: "leaders-trained", first: 500) { totalCount } }',
        'BAD_USER_INPUT',
      ],
      ['viewer@corridor.test', 'a three-letter country', 'query { indicators(filter: { countryCode: "KHM" }) { code } }', 'BAD_USER_INPUT'],
    ];
    it.each(cases)('%s: %s → %s', async (email, _what, query, code) => {
      const result = await t.gql(query, {}, { token: await t.signIn(email) });
      expect(result.data ?? null).toBeNull();
      expect(errorCode(result)).toBe(code);
    });
  });

  it('costs the same number of SQL statements for the indicator table with a breakdown and for SMEs reached, however large the programme', async () => {
    const query = `query($filter: ReportFilter) { indicators(filter: $filter) { code actual { value } progress breakdown(by: COHORT) { key label value } }
      smesReached(filter: $filter) { total { value } byMonth { month } byProvince { key } bySector { key } byKind { key } byOwnerSex { key } } }`;
    const run = async () => {
      const counted = await countStatements(t.orm, async () => ok(await t.gql(query, { filter: YEAR }, { token: viewer })));
      // The session's periodic last-seen write comes and goes with the clock, not with the data.
      return counted.sql.filter((sql) => !/user_session|user_account/.test(sql)).length;
    };
    const before = await run();

    // Forty more leaders in a third 2031 cohort, each completed, with an accepted plan, a report, tests and two SMEs.
    const extra = await makeCohort(t, coordinator, {
      course: courseA,
      trainerIds: [await userId(t, 'trainer@corridor.test')],
      title: 'A-2031 (2)',
      startsOn: '2031-09-01',
      endsOn: '2031-09-10',
      capacity: 40,
      slots: [],
    });
    const em = t.orm.em.fork();
    const crowd = Array.from({ length: 40 }, (_, i) =>
      em.create(Person, new Person(`Leader ${i}`, i % 2 ? Gender.MALE : Gender.FEMALE, i % 3 ? 'TH' : 'MM', TargetGroup.SME_LEADER)),
    );
    await em.flush();
    const ids = await enrol(
      t,
      coordinator,
      extra.id,
      crowd.map((p) => p.id),
    );
    await em.nativeUpdate(Enrolment, { id: { $in: ids } }, { status: EnrolmentStatus.COMPLETED });
    const pre = courseA.modules[0].assessments.find((x) => x.kind === 'PRE_TEST')!.id;
    const post = courseA.modules[0].assessments.find((x) => x.kind === 'POST_TEST')!.id;
    ids.forEach((id, i) => {
      const enrolment = em.getReference(Enrolment, id, { wrapped: true });
      const plan = new ActionPlan(enrolment, 'Reach more SMEs.');
      plan.status = ActionPlanStatus.ACCEPTED;
      em.persist([plan, new ProgressReport(em.getReference(ActionPlan, plan.id, { wrapped: true }), '2031-10-01', 'Done.')]);
      em.persist([
        new AssessmentResult(enrolment, em.getReference(Assessment, pre, { wrapped: true }), 40, false),
        new AssessmentResult(enrolment, em.getReference(Assessment, post, { wrapped: true }), 70, true),
      ]);
      for (const n of [1, 2]) {
        const business = new Sme(`Business ${i}-${n}`, 'TH', SmeSector.SERVICES);
        em.persist([
          business,
          new SmeSupport(em.getReference(Sme, business.id, { wrapped: true }), enrolment, SupportKind.COACHING, `2031-1${n}-01`),
        ]);
      }
    });
    await em.flush();

    const after = await run();
    expect(
      ok(
        await t.gql<{ indicator: IndicatorRow }>(
          'query { indicator(code: "smes-benefiting", filter: { year: 2031 }) { actual { value people suppressed } } }',
          {},
          { token: coordinator },
        ),
      ).indicator.actual,
    ).toEqual(exact(86, 45));
    if (process.env.SHOW_QUERY_COST) console.log(`indicators + smesReached: ${before} statements before, ${after} after adding 40 leaders`);
    expect(after).toBe(before);
    // Eight indicators, eight breakdowns, one cohort-title lookup each and six for SMEs reached.
    expect(before).toBeLessThanOrEqual(30);
  });
});

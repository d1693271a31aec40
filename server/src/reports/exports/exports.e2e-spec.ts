import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { pdfFonts, pdfToolsAvailable, pdfToText, qpdfCheck } from '../../certificates/pdf/testing/pdf-tools';
import { EnrolmentStatus, SmeSector, SupportKind } from '../../common/enums';
import { Enrolment } from '../../enrolments/enrolment.entity';
import { Sme, SmeSupport } from '../../smes/sme.entity';
import { startTestApp, type GqlResponse, type TestApp } from '../../../test/test-app';
import { EXPORT_WORDS } from './export-words';

/**
 * The exports against the GraphQL figures for the same reader and filter, on the demo programme
 * with a few SMEs added: three in a Cambodian province of their own from three leaders, one in
 * Japan from one leader (a small cell for viewers, by country and by province), and a merged
 * duplicate that must never count.
 */

const FEWER = EXPORT_WORDS.en.fewerThan3;
/** Kampong Cham women: few enough that viewers get suppressed cells. */
const SMALL = { countryCode: 'KH', gender: 'FEMALE' };

const INDICATORS = `query($filter: ReportFilter, $by: ReportSplit!) { indicators(filter: $filter) {
  code name baseline target progress actual { value people suppressed } breakdown(by: $by) { key label value people suppressed } } }`;
const SMES = `query($filter: ReportFilter) { smesReached(filter: $filter) {
  total { value people suppressed } byMonth { month smes cumulative }
  byProvince { key value people suppressed } bySector { key value people suppressed } } }`;
const LEARNING = `query($filter: ReportFilter, $split: ReportSplit!) { learningResults(filter: $filter) {
  overall { paired people leftOut meanPre meanPost meanGain normalisedGain improvedShare suppressed }
  byModule { module { id title } gain { paired people leftOut meanPre meanPost meanGain normalisedGain improvedShare suppressed }
    questions { key paired rightBefore rightAfter suppressed } }
  by(split: $split) { key label gain { paired people leftOut meanPre meanPost meanGain normalisedGain improvedShare suppressed } } } }`;
const PARTICIPATION = `query($filter: ReportFilter, $split: ReportSplit!) { participation(filter: $filter) {
  overall { people attendanceRate completionRate suppressed } by(split: $split) { key label people attendanceRate completionRate suppressed } } }`;
const BELOW = `query($filter: ReportFilter) { participation(filter: $filter) { belowThreshold { person { fullName email } cohort { title } attendanceRate minimum } } }`;

interface Value {
  value: number | null;
  people: number | null;
  suppressed: boolean;
}
interface Cell extends Value {
  key: string;
  label: string;
}
interface Gain {
  paired: number;
  people: number;
  leftOut: number;
  meanPre: number | null;
  meanPost: number | null;
  meanGain: number | null;
  normalisedGain: number | null;
  improvedShare: number | null;
  suppressed: boolean;
}
interface ParticipationCell {
  key?: string;
  label?: string;
  people: number | null;
  attendanceRate: number | null;
  completionRate: number | null;
  suppressed: boolean;
}

interface Download {
  status: number;
  type: string | null;
  disposition: string | null;
  body: Buffer;
  text: string;
}

type Table = { header: string[]; rows: Record<string, string>[] };

/** A CSV of one table (header and rows) or of several (titled sections), by title. */
function csvTables(body: Buffer): Map<string, Table> {
  const records: string[][] = parse(body, { bom: true, relax_column_count: true, skip_empty_lines: false });
  const tables = new Map<string, Table>();
  const single = records.every((r) => r.length > 1 || r[0] !== '');
  const sections: string[][][] = [];
  let current: string[][] = [];
  for (const record of records) {
    if (record.length === 1 && record[0] === '') {
      sections.push(current);
      current = [];
    } else current.push(record);
  }
  sections.push(current);
  for (const section of sections) {
    const [title, header, ...rows]: string[][] = single ? [[''], ...section] : section;
    tables.set(title[0], { header, rows: rows.map((r) => Object.fromEntries(header.map((h, i): [string, string] => [h, r[i] ?? '']))) });
  }
  return tables;
}

/** A CSV figure back as a number: "42.86%" is 0.4286; empty is null. */
function csvNumber(text: string): number | null {
  if (text === '') return null;
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

async function workbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ExcelJS.Buffer);
  return book;
}

/** A sheet's rows as objects by heading; cell values as stored (numbers stay numbers). */
function sheetRows(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    rows.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return rows;
}

/**
 * The PDF's text in content-stream order (pdftotext -raw) without any white space: a name wrapped
 * over two lines of a table cell reads as one, whatever the columns beside it.
 */
function pdfStreamText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-export-'));
  try {
    writeFileSync(join(dir, 'report.pdf'), pdf);
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

function ok<T>(result: GqlResponse<T>): T {
  expect(result.errors).toBeUndefined();
  return result.data!;
}

/** A figure in the export equals the GraphQL figure: both hidden, or both the same number. */
function expectFigure(exported: string | ExcelJS.CellValue, value: number | null, suppressed: boolean, digits = 3): void {
  if (suppressed) {
    expect(exported).toBe(FEWER);
    return;
  }
  expect(exported).not.toBe(FEWER);
  const number = typeof exported === 'string' ? csvNumber(exported) : (exported as number | null);
  if (value === null) expect(number ?? null).toBeNull();
  else expect(number).toBeCloseTo(value, digits);
}

describe('M&E exports: CSV, XLSX and the donor report PDF', () => {
  let t: TestApp;
  let coordinator: string;
  let viewer: string;
  let trainee: string;
  /** Everyone the coordinator's below-threshold list names: none may appear in a viewer's file. */
  let names: string[] = [];

  const gql = <T>(query: string, variables: Record<string, unknown>, token: string, lang = 'en') => t.gql<T>(query, variables, { token, headers: { 'accept-language': lang } });

  async function download(path: string, auth: { token?: string; cookie?: string; lang?: string } = {}): Promise<Download> {
    const headers: Record<string, string> = {};
    if (auth.token) headers.authorization = `Bearer ${auth.token}`;
    if (auth.cookie) headers.cookie = `corridor_session=${auth.cookie}`;
    if (auth.lang) headers['accept-language'] = auth.lang;
    const response = await fetch(`${t.url}/reports/${path}`, { headers });
    const body = Buffer.from(await response.arrayBuffer());
    return { status: response.status, type: response.headers.get('content-type'), disposition: response.headers.get('content-disposition'), body, text: body.toString('utf8') };
  }

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.signIn('coordinator@corridor.test');
    viewer = await t.signIn('viewer@corridor.test');
    trainee = await t.signIn('trainee@corridor.test');

    const em = t.orm.em.fork();
    const completed = await em.find(Enrolment, { status: EnrolmentStatus.COMPLETED }, { populate: ['person'], orderBy: { id: 'asc' } });
    const from = (country: string) => completed.filter((e) => e.person.getEntity().countryCode === country);
    const [kh1, kh2, kh3] = from('KH');
    const [vn1] = from('VN');
    const sme = (name: string, country: string, province: string, sector: SmeSector) => {
      const row = new Sme(name, country, sector);
      row.province = province;
      em.persist(row);
      return row;
    };
    const support = (target: Sme, enrolment: Enrolment, day: string) => em.persist(new SmeSupport(em.getReference(Sme, target.id, { wrapped: true }), em.getReference(Enrolment, enrolment.id, { wrapped: true }), SupportKind.COACHING, day));
    const a = sme('Koh Kong Silk Weavers', 'KH', 'Koh Kong Islands', SmeSector.HANDICRAFTS_AND_TEXTILES);
    const b = sme('Koh Kong Pepper Group', 'KH', 'Koh Kong Islands', SmeSector.AGRICULTURE_AND_FOOD);
    const c = sme('Koh Kong Rice Mill', 'KH', 'Koh Kong Islands', SmeSector.AGRICULTURE_AND_FOOD);
    const d = sme('Osaka Mekong Trading', 'JP', 'Osaka', SmeSector.LOGISTICS_AND_TRANSPORT);
    const merged = sme('Koh Kong Pepper Group Co., Ltd.', 'KH', 'Koh Kong Islands', SmeSector.AGRICULTURE_AND_FOOD);
    support(a, kh1, '2017-02-01');
    support(b, kh2, '2017-03-01');
    support(c, kh3, '2017-03-15');
    support(d, vn1, '2017-04-01');
    support(b, kh1, '2017-05-01');
    await em.flush();
    merged.mergedInto = em.getReference(Sme, b.id, { wrapped: true });
    await em.flush();

    const below = ok(await gql<{ participation: { belowThreshold: { person: { fullName: string } }[] } }>(BELOW, {}, coordinator));
    names = below.participation.belowThreshold.map((row) => row.person.fullName);
  });
  afterAll(() => t.close());

  describe('a coordinator gets the GraphQL figures', () => {
    it('indicators.csv: every indicator with its baseline, target, actual, people and progress', async () => {
      const file = await download('indicators.csv', { token: coordinator });
      expect(file.status).toBe(200);
      expect(file.type).toBe('text/csv; charset=utf-8');
      expect(file.disposition).toMatch(/^attachment; filename="corridor-indicators-\d{4}-\d{2}-\d{2}\.csv"$/);
      expect([...file.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const { indicators } = ok(await gql<{ indicators: (Value & { code: string; name: string; baseline: number; target: number; progress: number | null; actual: Value })[] }>(INDICATORS, { by: 'COUNTRY' }, coordinator));
      const { rows, header } = csvTables(file.body).get('')!;
      expect(header).toEqual(['Code', 'Indicator', 'Unit', 'Baseline', 'Target', 'Actual', 'People', 'Progress']);
      expect(rows.map((r) => r.Code)).toEqual(indicators.map((i) => i.code));
      for (const [i, indicator] of indicators.entries()) {
        const row = rows[i];
        expect(row.Indicator).toBe(indicator.name);
        expect(csvNumber(row.Baseline)).toBeCloseTo(indicator.baseline, 4);
        expect(csvNumber(row.Target)).toBeCloseTo(indicator.target, 4);
        expectFigure(row.Actual, indicator.actual.value, false, 2);
        expectFigure(row.People, indicator.actual.people, false);
        expectFigure(row.Progress, indicator.progress, false);
      }
    });

    it('indicators.xlsx?by=COUNTRY: one row per indicator and country, exact numbers', async () => {
      const file = await download('indicators.xlsx?by=COUNTRY&year=2016', { token: coordinator });
      expect(file.status).toBe(200);
      expect(file.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(file.disposition).toMatch(/^attachment; filename="corridor-indicators-by-country-\d{4}-\d{2}-\d{2}\.xlsx"$/);
      const { indicators } = ok(await gql<{ indicators: { code: string; target: number; breakdown: Cell[] }[] }>(INDICATORS, { by: 'COUNTRY', filter: { year: 2016 } }, coordinator));
      const sheet = (await workbook(file.body)).worksheets[0];
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const rows = sheetRows(sheet);
      const expected = indicators.flatMap((i) => i.breakdown.map((cell) => ({ i, cell })));
      expect(rows).toHaveLength(expected.length);
      expected.forEach(({ i, cell }, n) => {
        expect(rows[n].Code).toBe(i.code);
        expect(rows[n].Country).toBe(EXPORT_WORDS.en.country[cell.key]);
        expect(rows[n].Actual).toBe(cell.value);
        expect(rows[n].People).toBe(cell.people);
        if (cell.value === null) expect(rows[n].Progress).toBeNull();
        else expect(rows[n].Progress).toBeCloseTo(cell.value / i.target, 10);
      });
    });

    it('smes-reached.xlsx: the total and each breakdown, merged duplicates never counted', async () => {
      const file = await download('smes-reached.xlsx', { token: coordinator });
      expect(file.status).toBe(200);
      const { smesReached } = ok(await gql<{ smesReached: { total: Value; byMonth: { month: string; smes: number; cumulative: number }[]; byProvince: Cell[]; bySector: Cell[] } }>(SMES, {}, coordinator));
      const book = await workbook(file.body);
      const [total, byCountry, byProvince, byMonth, bySector] = book.worksheets.map(sheetRows);
      expect(total).toEqual([{ SMEs: smesReached.total.value, Leaders: smesReached.total.people }]);
      // Each SME once, in its own country: the countries add up to the total.
      expect(byCountry.reduce((sum, r) => sum + (r.SMEs as number), 0)).toBe(smesReached.total.value);
      expect(byCountry).toContainEqual({ Country: 'Japan', SMEs: 1, Leaders: 1 });
      expect(byProvince).toContainEqual({ Province: 'Koh Kong Islands', SMEs: 3, Leaders: 3 });
      expect(byProvince.map((r) => [r.Province, r.SMEs, r.Leaders])).toEqual(smesReached.byProvince.map((c) => [c.key, c.value, c.people]));
      expect(byMonth.map((r) => [r.Month, r.SMEs, r.Cumulative])).toEqual(smesReached.byMonth.map((m) => [m.month, m.smes, m.cumulative]));
      expect(bySector.map((r) => r.SMEs)).toEqual(smesReached.bySector.map((c) => c.value));
    });

    it('learning-results.csv?by=SEX: per module, per question and by sex, as learningResults', async () => {
      const file = await download('learning-results.csv?by=SEX', { token: coordinator });
      expect(file.status).toBe(200);
      const { learningResults } = ok(
        await gql<{ learningResults: { overall: Gain; byModule: { module: { title: string }; gain: Gain; questions: { key: string; paired: number; rightBefore: number | null; rightAfter: number | null; suppressed: boolean }[] }[]; by: { label: string; gain: Gain }[] } }>(
          LEARNING,
          { split: 'SEX' },
          coordinator,
        ),
      );
      const tables = csvTables(file.body);
      const modules = tables.get('Learning results by module')!.rows;
      expect(modules.map((r) => r.Module)).toEqual(learningResults.byModule.map((m) => m.module.title));
      learningResults.byModule.forEach(({ gain }, i) => {
        const row = modules[i];
        expectFigure(row['Paired (pre and post)'], gain.paired, false);
        expectFigure(row['Left out (one test only)'], gain.leftOut, false);
        expectFigure(row['Mean pre-test (%)'], gain.meanPre, false, 2);
        expectFigure(row['Mean post-test (%)'], gain.meanPost, false, 2);
        expectFigure(row['Gain (points)'], gain.meanGain, false, 2);
        expectFigure(row['Normalised gain'], gain.normalisedGain, false, 2);
        expectFigure(row.Improved, gain.improvedShare, false);
      });
      const questions = tables.get('Learning results by question')!.rows;
      const expected = learningResults.byModule.flatMap((m) => m.questions);
      expect(questions.map((r) => r.Code)).toEqual(expected.map((q) => q.key));
      expected.forEach((q, i) => {
        expectFigure(questions[i]['Right before'], q.rightBefore, q.suppressed);
        expectFigure(questions[i]['Right after'], q.rightAfter, q.suppressed);
      });
      const bySex = tables.get('By sex')!.rows;
      expect(bySex.map((r) => r.Sex)).toEqual(['Total', ...learningResults.by.map((c) => EXPORT_WORDS.en.gender[c.label as 'FEMALE'])]);
      [learningResults.overall, ...learningResults.by.map((c) => c.gain)].forEach((gain, i) => expectFigure(bySex[i]['Gain (points)'], gain.meanGain, false, 2));
    });

    it('participation.csv?by=COUNTRY: all participants, then each country', async () => {
      const file = await download('participation.csv?by=COUNTRY', { token: coordinator });
      const { participation } = ok(await gql<{ participation: { overall: ParticipationCell; by: ParticipationCell[] } }>(PARTICIPATION, { split: 'COUNTRY' }, coordinator));
      const { rows } = csvTables(file.body).get('')!;
      const expected = [participation.overall, ...participation.by];
      expect(rows.map((r) => r.Country)).toEqual(['Total', ...participation.by.map((c) => EXPORT_WORDS.en.country[c.key!])]);
      expected.forEach((cell, i) => {
        expectFigure(rows[i].People, cell.people, false);
        expectFigure(rows[i]['Attendance rate'], cell.attendanceRate, false);
        expectFigure(rows[i]['Completion rate'], cell.completionRate, false);
      });
    });

    it('below-threshold.xlsx: the participants GraphQL lists, by name, lowest rate first', async () => {
      const file = await download('below-threshold.xlsx', { token: coordinator });
      expect(file.status).toBe(200);
      const { participation } = ok(await gql<{ participation: { belowThreshold: { person: { fullName: string; email: string | null }; attendanceRate: number; minimum: number }[] } }>(BELOW, {}, coordinator));
      expect(participation.belowThreshold.length).toBeGreaterThan(0);
      const rows = sheetRows((await workbook(file.body)).worksheets[0]);
      expect(rows.map((r) => [r.Name, r['Attendance rate'], r.Minimum])).toEqual(participation.belowThreshold.map((b) => [b.person.fullName, b.attendanceRate, b.minimum]));
    });

    it('answers in the language asked for, else in the Accept-Language one', async () => {
      const thai = await download('indicators.csv?lang=th', { token: coordinator });
      expect(thai.disposition).toMatch(/filename="corridor-indicators-th-\d{4}-\d{2}-\d{2}\.csv"/);
      expect(csvTables(thai.body).get('')!.header).toEqual(['รหัส', 'ตัวชี้วัด', 'หน่วย', 'ค่าฐาน', 'เป้าหมาย', 'ผลจริง', 'จำนวนคน', 'ความก้าวหน้า']);
      const { indicators } = ok(await gql<{ indicators: { name: string }[] }>(INDICATORS, { by: 'SEX' }, coordinator, 'th'));
      expect(csvTables(thai.body).get('')!.rows.map((r) => r['ตัวชี้วัด'])).toEqual(indicators.map((i) => i.name));
      // Accept-Language when there is no lang.
      const khmer = await download('participation.csv', { token: coordinator, lang: 'km-KH,km;q=0.9,en;q=0.5' });
      expect(csvTables(khmer.body).get('')!.header).toEqual(['ក្រុម', 'ចំនួននាក់', 'អត្រាវត្តមាន', 'អត្រាបញ្ចប់វគ្គ']);
    });

    it('takes the session cookie as well as a bearer token', async () => {
      const file = await download('indicators.csv', { cookie: coordinator });
      expect(file.status).toBe(200);
    });
  });

  describe('a viewer gets suppressed cells as "fewer than 3" and never names', () => {
    it('indicators.csv?by=SEX for Cambodian women: suppressed exactly where GraphQL suppresses', async () => {
      const file = await download(`indicators.csv?by=SEX&countryCode=KH&gender=FEMALE`, { token: viewer });
      expect(file.status).toBe(200);
      const { indicators } = ok(await gql<{ indicators: { code: string; target: number; actual: Value; progress: number | null; breakdown: Cell[] }[] }>(INDICATORS, { by: 'SEX', filter: SMALL }, viewer));
      const rows = csvTables(file.body).get('')!.rows;
      const cells = indicators.flatMap((i) => i.breakdown.map((cell) => ({ i, cell })));
      expect(cells.some(({ cell }) => cell.suppressed)).toBe(true);
      expect(rows).toHaveLength(cells.length);
      cells.forEach(({ i, cell }, n) => {
        expect(rows[n].Code).toBe(i.code);
        expectFigure(rows[n].Actual, cell.value, cell.suppressed, 2);
        expectFigure(rows[n].People, cell.people, cell.suppressed);
        expectFigure(rows[n].Progress, cell.value === null ? null : cell.value / i.target, cell.suppressed);
      });

      const sheet = sheetRows((await workbook((await download('indicators.xlsx?countryCode=KH&gender=FEMALE', { token: viewer })).body)).worksheets[0]);
      expect(indicators.some((i) => i.actual.suppressed)).toBe(true);
      indicators.forEach((i, n) => expectFigure(sheet[n].Actual, i.actual.value, i.actual.suppressed, 6));
    });

    it('smes-reached.csv: the province and the country with one leader are "fewer than 3"', async () => {
      const file = await download('smes-reached.csv', { token: viewer });
      const { smesReached } = ok(await gql<{ smesReached: { byProvince: Cell[] } }>(SMES, {}, viewer));
      const provinces = csvTables(file.body).get('By province')!.rows;
      expect(provinces.map((r) => r.Province)).toEqual(smesReached.byProvince.map((c) => c.key));
      smesReached.byProvince.forEach((cell, i) => {
        expectFigure(provinces[i].SMEs, cell.value, cell.suppressed);
        expectFigure(provinces[i].Leaders, cell.people, cell.suppressed);
      });
      expect(provinces).toContainEqual({ Province: 'Osaka', SMEs: FEWER, Leaders: FEWER });
      expect(provinces).toContainEqual({ Province: 'Koh Kong Islands', SMEs: '3', Leaders: '3' });
      expect(csvTables(file.body).get('By the SME’s country')!.rows).toContainEqual({ Country: 'Japan', SMEs: FEWER, Leaders: FEWER });
    });

    it('learning-results.csv and participation.csv: suppressed where GraphQL suppresses, in Khmer', async () => {
      const filter = SMALL;
      const query = new URLSearchParams({ ...filter, by: 'COHORT', lang: 'km' }).toString();
      const learning = csvTables((await download(`learning-results.csv?${query}`, { token: viewer })).body);
      const { learningResults } = ok(await gql<{ learningResults: { byModule: { gain: Gain }[]; overall: Gain; by: { gain: Gain }[] } }>(LEARNING, { filter, split: 'COHORT' }, viewer));
      const km = EXPORT_WORDS.km;
      const modules = learning.get(km.learningByModule)!.rows;
      expect(learningResults.byModule.some((m) => m.gain.suppressed)).toBe(true);
      learningResults.byModule.forEach(({ gain }, i) => {
        expect(modules[i][km.paired]).toBe(gain.suppressed ? km.fewerThan3 : String(gain.paired));
        expect(modules[i][km.gain]).toBe(gain.suppressed ? km.fewerThan3 : gain.meanGain === null ? '' : String(Number(gain.meanGain.toFixed(2))));
      });
      const participation = csvTables((await download(`participation.csv?${query}`, { token: viewer })).body).get('')!.rows;
      const { participation: figures } = ok(await gql<{ participation: { overall: ParticipationCell; by: ParticipationCell[] } }>(PARTICIPATION, { filter, split: 'COHORT' }, viewer));
      [figures.overall, ...figures.by].forEach((cell, i) => expect(participation[i][km.people]).toBe(cell.suppressed ? km.fewerThan3 : String(cell.people)));
    });

    it('no export a viewer gets names a participant', async () => {
      expect(names.length).toBeGreaterThan(0);
      for (const path of ['indicators.csv?by=COHORT', 'smes-reached.csv', 'learning-results.csv?by=COHORT', 'participation.csv?by=COHORT']) {
        const file = await download(path, { token: viewer });
        expect(file.status).toBe(200);
        for (const name of names) expect(file.text).not.toContain(name);
      }
    });
  });

  describe('refusals', () => {
    const ENDPOINTS = ['indicators.csv', 'indicators.xlsx', 'smes-reached.csv', 'smes-reached.xlsx', 'learning-results.csv', 'learning-results.xlsx', 'participation.csv', 'participation.xlsx', 'below-threshold.csv', 'below-threshold.xlsx', 'donor-report.pdf'];

    it.each(ENDPOINTS)('%s: 401 without a session, 403 for a trainee', async (path) => {
      const anonymous = await download(path);
      expect(anonymous.status).toBe(401);
      expect(JSON.parse(anonymous.text)).toMatchObject({ code: 'UNAUTHENTICATED' });
      const refused = await download(path, { token: trainee });
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.text)).toMatchObject({ code: 'FORBIDDEN' });
    });

    it.each(['below-threshold.csv', 'below-threshold.xlsx'])('%s: 403 for a viewer (it names people)', async (path) => {
      const refused = await download(path, { token: viewer });
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.text)).toMatchObject({ code: 'FORBIDDEN' });
    });

    it.each([
      ['indicators.csv?countryCode=KHM', 'countryCode'],
      ['indicators.csv?gender=WOMAN', 'gender'],
      ['indicators.xlsx?targetGroup=DONOR', 'targetGroup'],
      ['participation.csv?organisationType=NGO', 'organisationType'],
      ['learning-results.csv?cohortId=42', 'cohortId'],
      ['indicators.csv?year=abc', 'year'],
      ['indicators.csv?year=1999', 'year'],
      ['indicators.csv?componentCode=ABCDEFGHIJ', 'componentCode'],
      ['participation.csv?by=PROVINCE', 'by'],
      ['indicators.csv?lang=fr', 'lang'],
      ['indicators.csv?colour=blue', 'colour'],
      ['smes-reached.csv?by=COUNTRY', 'by'],
      ['donor-report.pdf?by=SEX', 'by'],
    ])('%s: 400 naming %s', async (path, field) => {
      const refused = await download(path, { token: coordinator });
      expect(refused.status).toBe(400);
      const body = JSON.parse(refused.text) as { code: string; message: string };
      expect(body.code).toBe('BAD_USER_INPUT');
      expect(body.message).toContain(field);
    });

    it('404 for a format a report does not come in', async () => {
      expect((await download('indicators.pdf', { token: coordinator })).status).toBe(404);
    });
  });

  const pdfSuite = pdfToolsAvailable('donor report PDF checks with poppler and qpdf') ? describe : describe.skip;

  pdfSuite('the donor report PDF', () => {
    it('is a well-formed PDF with embedded fonts, the indicator names as text, and the same bytes twice', async () => {
      const file = await download('donor-report.pdf', { token: coordinator });
      expect(file.status).toBe(200);
      expect(file.type).toBe('application/pdf');
      expect(file.disposition).toMatch(/^inline; filename="corridor-donor-report-\d{4}-\d{2}-\d{2}\.pdf"$/);
      expect(file.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(qpdfCheck(file.body).ok).toBe(true);
      expect(pdfFonts(file.body).filter((font) => !font.embedded)).toEqual([]);
      const text = pdfToText(file.body).replace(/\s+/g, ' ');
      const stream = pdfStreamText(file.body);
      const { indicators } = ok(await gql<{ indicators: { name: string }[] }>(INDICATORS, { by: 'SEX' }, coordinator));
      for (const { name } of indicators) expect(stream).toContain(squeeze(name));
      for (const heading of ['Indicators against targets', 'Learning results', 'SMEs reached', 'Participation by country and sex', 'Japan']) expect(text).toContain(heading);
      expect((await download('donor-report.pdf', { token: coordinator })).body.equals(file.body)).toBe(true);
    });

    it('in Thai for a viewer: Thai names, "fewer than 3" in Thai, the filter, and no participant names', async () => {
      const file = await download('donor-report.pdf?lang=th&countryCode=KH&gender=FEMALE', { token: viewer });
      expect(file.status).toBe(200);
      expect(qpdfCheck(file.body).ok).toBe(true);
      const text = pdfToText(file.body).replace(/\s+/g, ' ');
      const stream = pdfStreamText(file.body);
      const { indicators } = ok(await gql<{ indicators: { name: string }[] }>(INDICATORS, { by: 'SEX' }, viewer, 'th'));
      for (const { name } of indicators) expect(stream).toContain(squeeze(name));
      expect(text).toContain(EXPORT_WORDS.th.fewerThan3);
      expect(text).toContain('ประเทศ: กัมพูชา · เพศ: หญิง');
      for (const name of names) expect(stream).not.toContain(squeeze(name));
    });
  });
});

/**
 * The large programme `npm run bench:reports` times the M&E dashboard on: a SQLite file of its own
 * (never the demo database), migrated like any Corridor database and loaded with content/ by the
 * app's own content sync, so the generated records point at real modules, tests and questions.
 * Then organisations, people, cohorts with their sessions, enrolments, attendance, pre/post-test
 * results with per-question responses, action plans, progress reports and the SME ledger are written
 * with multi-row prepared INSERTs on the raw sqlite3 connection, one transaction per table.
 *
 * Everything random comes from named, seeded streams (seeds/prng.ts): two runs at the same size
 * write the same rows, ids included.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { ActionPlanStatus, AssessmentKind, AttendanceStatus, EnrolmentStatus, Gender, OrganisationType, SmeSector, SupportKind, TargetGroup } from '../common/enums';
import { addDays } from '../common/dates';
import { projectRoot } from '../common/paths';
import { searchKey } from '../common/text';
import { readContent } from '../content/content-reader';
import { syncContent } from '../content/content-sync';
import { rebuildReportTallies } from '../reports/tallies/tally-rebuild';
import { migrate, openOrm } from '../database/orm';
import { Rng } from '../seeds/prng';
import { CALLING_CODES, foldName } from '../smes/matching';

// ---------------------------------------------------------------------------------------------
// Sizes

export interface ProgrammeSize {
  people: number;
  organisations: number;
  cohorts: number;
  enrolments: number;
  smes: number;
  supports: number;
}

/**
 * The issue's programme is 10,000 people, 50,000 enrolments, ~1.2 million attendance records and
 * 100,000 SMEs; every other size keeps those proportions. Attendance follows from the sessions:
 * 1,200 cohorts of ~42 enrolments (~89% of them taking part) need ~27 held sessions each to reach
 * 1.2 million, so a cohort runs 22–32 half-day sessions (two a day over 11–16 weekdays).
 */
export function programmeSize(people: number): ProgrammeSize {
  const n = Math.max(50, Math.round(people));
  return {
    people: n,
    organisations: Math.max(4, Math.round(n * 0.08)),
    cohorts: Math.max(2, Math.round(n * 0.12)),
    enrolments: n * 5,
    smes: n * 10,
    supports: n * 15,
  };
}

const SESSIONS_PER_COHORT: [number, number] = [22, 32];
/** Item responses are kept for tests taken on Corridor; see `itemResponsesKept`. */
const ITEM_RESPONSES_FROM = '2019-01-01';

// ---------------------------------------------------------------------------------------------
// The raw sqlite3 connection (the `sqlite3` package knex drives), as far as the generator uses it

type Row = Record<string, unknown>;

interface RawStatement {
  run(params: unknown[], callback: (error: Error | null) => void): RawStatement;
  finalize(callback: (error: Error | null) => void): void;
}

interface RawSqlite {
  exec(sql: string, callback: (error: Error | null) => void): void;
  prepare(sql: string, callback: (error: Error | null) => void): RawStatement;
  all(sql: string, params: unknown[], callback: (error: Error | null, rows: Row[]) => void): void;
}

const done = (resolvePromise: () => void, reject: (error: Error) => void) => (error: Error | null) => (error ? reject(error) : resolvePromise());
const exec = (db: RawSqlite, sql: string) => new Promise<void>((ok, fail) => db.exec(sql, done(ok, fail)));
const all = (db: RawSqlite, sql: string, params: unknown[] = []) => new Promise<Row[]>((ok, fail) => db.all(sql, params, (error, rows) => (error ? fail(error) : ok(rows))));

/** SQLite allows 32,766 bound values a statement; a couple of hundred rows a statement is the sweet spot. */
const ROWS_PER_STATEMENT = 200;
const MAX_VALUES_PER_STATEMENT = 32_000;
/** Statements queued on the connection while JavaScript builds the next ones (bounds memory). */
const MAX_IN_FLIGHT = 8;
/**
 * Rows are written in runs of this many, each sorted by id. Inserting random UUIDs one at a time
 * into the primary key's index costs about twice the CPU of inserting them in order; within a run
 * (~50 cohorts of attendance) rows lie in id order, across runs they stay in the order they happened.
 */
const SORTED_RUN = 50_000;
/** A power of two above SORTED_RUN: a sort key is (first 32 bits of the id) * RUN_SLOTS + position. */
const RUN_SLOTS = 65_536;

/**
 * Collects the rows of one table and writes them with a prepared multi-row INSERT. The first
 * column is the table's UUID key (or, for a link table, the first UUID of its key).
 */
class BulkInsert {
  rows = 0;
  private readonly width: number;
  private readonly perStatement: number;
  private statement: RawStatement | null = null;
  private readonly inFlight: Promise<void>[] = [];
  /** The current run: values row after row, and one sort key a row. */
  private readonly runValues: unknown[] = [];
  private readonly runKeys = new Float64Array(SORTED_RUN);
  private runLength = 0;
  /** One statement's parameters; sqlite3 copies them when run() is called, so it is reused. */
  private readonly params: unknown[];

  constructor(
    private readonly db: RawSqlite,
    readonly table: string,
    private readonly columns: readonly string[],
  ) {
    this.width = columns.length;
    this.perStatement = Math.min(ROWS_PER_STATEMENT, Math.floor(MAX_VALUES_PER_STATEMENT / this.width));
    this.params = new Array<unknown>(this.perStatement * this.width);
  }

  private sql(rows: number): string {
    const tuple = `(${this.columns.map(() => '?').join(',')})`;
    return `insert into "${this.table}" (${this.columns.map((c) => `"${c}"`).join(',')}) values ${Array.from({ length: rows }, () => tuple).join(',')}`;
  }

  /** One row, its values in the order of the columns. */
  add(...values: unknown[]): void {
    const width = this.width;
    if (values.length !== width) throw new Error(`${this.table}: ${values.length} values for ${width} columns`);
    const start = this.runLength * width;
    for (let i = 0; i < width; i += 1) this.runValues[start + i] = values[i];
    this.runKeys[this.runLength] = (parseInt(String(values[0]).slice(0, 8), 16) || 0) * RUN_SLOTS + this.runLength;
    this.runLength += 1;
    this.rows += 1;
    if (this.runLength === SORTED_RUN) this.writeRun();
  }

  private writeRun(): void {
    const width = this.width;
    const values = this.runValues;
    const keys = this.runKeys.subarray(0, this.runLength).sort();
    let filled = 0;
    for (let k = 0; k < keys.length; k += 1) {
      const start = (keys[k] % RUN_SLOTS) * width;
      for (let c = 0; c < width; c += 1) this.params[filled * width + c] = values[start + c];
      filled += 1;
      if (filled === this.perStatement) {
        this.send(filled);
        filled = 0;
      }
    }
    if (filled) this.send(filled);
    this.runLength = 0;
  }

  private send(rows: number): void {
    let statement: RawStatement;
    let params = this.params;
    const oneOff = rows !== this.perStatement;
    if (oneOff) {
      statement = this.db.prepare(this.sql(rows), () => undefined);
      params = this.params.slice(0, rows * this.width);
    } else statement = this.statement ??= this.db.prepare(this.sql(rows), () => undefined);
    // The statement then waits its turn on the connection's thread while JavaScript builds rows.
    this.inFlight.push(
      new Promise<void>((ok, fail) => {
        statement.run(params, (error) => {
          if (error) return fail(new Error(`${this.table}: ${error.message}`));
          if (oneOff) statement.finalize(() => undefined);
          ok();
        });
      }),
    );
  }

  /** Waits until few enough statements are queued; call it now and then from generating loops. */
  async throttle(): Promise<void> {
    while (this.inFlight.length > MAX_IN_FLIGHT) await this.inFlight.shift();
  }

  /** Writes the rows collected so far and waits for every statement. */
  async flush(): Promise<void> {
    if (this.runLength) this.writeRun();
    while (this.inFlight.length) await this.inFlight.shift();
  }

  async close(): Promise<void> {
    await this.flush();
    const statement = this.statement;
    this.statement = null;
    if (statement) await new Promise<void>((ok, fail) => statement.finalize(done(ok, fail)));
  }
}

// ---------------------------------------------------------------------------------------------
// Deterministic ids and small helpers

const HEX_DIGITS = Buffer.from('0123456789abcdef', 'latin1');

/** Version 4 UUIDs drawn from a seeded stream: random-looking like the app's, but reproducible. */
class Ids {
  private readonly rng: Rng;
  private readonly text = Buffer.alloc(36);

  constructor(name: string) {
    this.rng = Rng.named('bench-reports', name, 'ids');
  }

  next(): string {
    const text = this.text;
    let at = 0;
    for (let word = 0; word < 4; word += 1) {
      let bits = (this.rng.float() * 4294967296) >>> 0;
      if (word === 1) bits = ((bits & 0xffff0fff) | 0x4000) >>> 0; // version 4
      if (word === 2) bits = ((bits & 0x3fffffff) | 0x80000000) >>> 0; // variant 10
      for (let shift = 28; shift >= 0; shift -= 4) {
        if (at === 8 || at === 13 || at === 18 || at === 23) text[at++] = 0x2d;
        text[at++] = HEX_DIGITS[(bits >>> shift) & 15];
      }
    }
    return text.toString('latin1');
  }
}

const stream = (...parts: string[]) => Rng.named('bench-reports', ...parts);
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Midnight UTC of a date; region time is UTC+7, so 08:30 there is 01:30Z. */
const dayStart = (date: string) => Date.parse(`${date}T00:00:00Z`);
const regionAt = (date: string, hours: number, minutes = 0) => dayStart(date) + (hours - 7) * HOUR + minutes * MINUTE;

/** Picks by weight; weights need not sum to 1. */
function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of items) total += w;
  let x = rng.float() * total;
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) return item;
  }
  return items[items.length - 1][0];
}

/** The date `n` weekdays after a Monday (0 is the Monday itself). */
function weekday(monday: string, n: number): string {
  return addDays(monday, Math.floor(n / 5) * 7 + (n % 5));
}

/** The test score the API gives: percent of questions exactly right, one decimal. */
function quizScore(right: number, total: number): number {
  return total ? Math.round((1000 * right) / total) / 10 : 0;
}

// ---------------------------------------------------------------------------------------------
// Names and places

const COUNTRIES: readonly (readonly [string, number])[] = [
  ['KH', 25],
  ['MM', 20],
  ['TH', 25],
  ['VN', 30],
];

const PROVINCES: Record<string, readonly string[]> = {
  KH: ['Banteay Meanchey', 'Battambang', 'Kampot', 'Koh Kong', 'Phnom Penh', 'Svay Rieng', 'Siem Reap', 'Pursat', 'Takeo'],
  MM: ['Tanintharyi Region', 'Mon State', 'Kayin State', 'Yangon Region', 'Bago Region', 'Mandalay Region', 'Shan State'],
  TH: ['Bangkok', 'Sa Kaeo', 'Trat', 'Chanthaburi', 'Kanchanaburi', 'Prachinburi', 'Chonburi', 'Ratchaburi'],
  VN: ['Ho Chi Minh City', 'Tay Ninh', 'Long An', 'An Giang', 'Kien Giang', 'Dong Thap', 'Can Tho', 'Ben Tre'],
};


/** [family names, given names]; Cambodian and Vietnamese names are family name first, Burmese names have none. */
const NAMES: Record<string, { family: readonly string[]; female: readonly string[]; male: readonly string[]; familyFirst: boolean }> = {
  KH: { family: ['Chan', 'Sok', 'Keo', 'Heng', 'Chhim', 'Meas', 'Prak', 'Ly', 'Ouk', 'Sam'], female: ['Sokha', 'Sreymom', 'Bopha', 'Chantha', 'Sophea', 'Channary', 'Malis'], male: ['Dara', 'Sophal', 'Vuthy', 'Rithy', 'Sambath', 'Piseth', 'Visal'], familyFirst: true },
  MM: { family: [''], female: ['Thida Win', 'Khin Myo Aye', 'Su Su Hlaing', 'Nwe Nwe Oo', 'May Thu Kyaw', 'Ei Mon Zaw'], male: ['Aung Myo Htet', 'Kyaw Zin Oo', 'Min Thu', 'Zaw Lin Tun', 'Ye Htut', 'Thant Zin'], familyFirst: true },
  TH: { family: ['Wongthanakul', 'Kaewkham', 'Srisuk', 'Chaiyaphum', 'Boonmee', 'Rattanakorn', 'Saetang'], female: ['Rungnapa', 'Siriporn', 'Kanokwan', 'Pranee', 'Nattaya', 'Wilai'], male: ['Somsak', 'Anan', 'Chaiwat', 'Prasert', 'Thanakorn', 'Wichai'], familyFirst: false },
  VN: { family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi'], female: ['Thị Mai Anh', 'Thị Hồng', 'Ngọc Lan', 'Thu Hà', 'Thị Thảo', 'Minh Châu'], male: ['Văn Hùng', 'Minh Tuấn', 'Quốc Bảo', 'Đức Anh', 'Văn Nam', 'Thanh Sơn'], familyFirst: true },
};

function fullName(rng: Rng, country: string, female: boolean): string {
  const names = NAMES[country];
  const given = rng.pick(female ? names.female : names.male);
  const family = rng.pick(names.family);
  if (!family) return given;
  return names.familyFirst ? `${family} ${given}` : `${given} ${family}`;
}

const ORGANISATION_TYPES: readonly (readonly [OrganisationType, number])[] = [
  [OrganisationType.LOCAL_PRODUCTION_GROUP, 22],
  [OrganisationType.SME_ASSOCIATION, 14],
  [OrganisationType.PROVINCIAL_SME_PROMOTION_OFFICE, 10],
  [OrganisationType.GOVERNMENT, 10],
  [OrganisationType.CHAMBER_OF_COMMERCE, 9],
  [OrganisationType.BUSINESS_ASSOCIATION, 12],
  [OrganisationType.BANK, 5],
  [OrganisationType.LOGISTICS_PROVIDER, 5],
  [OrganisationType.TRAINING_INSTITUTE, 8],
  [OrganisationType.OTHER, 5],
];

const ORGANISATION_NOUN: Record<OrganisationType, string> = {
  LOCAL_PRODUCTION_GROUP: 'Producers Group',
  SME_ASSOCIATION: 'SME Association',
  PROVINCIAL_SME_PROMOTION_OFFICE: 'SME Promotion Office',
  GOVERNMENT: 'Department of Industry and Commerce',
  CHAMBER_OF_COMMERCE: 'Chamber of Commerce',
  BUSINESS_ASSOCIATION: 'Business Association',
  BANK: 'Development Bank Branch',
  LOGISTICS_PROVIDER: 'Logistics',
  TRAINING_INSTITUTE: 'Vocational Training Centre',
  OTHER: 'Cooperative',
};

const PRODUCTS = ['Rice', 'Cassava', 'Pepper', 'Cashew', 'Rubber', 'Fish Sauce', 'Dried Fish', 'Silk', 'Bamboo', 'Coffee', 'Palm Sugar', 'Mango', 'Rattan', 'Shrimp', 'Tea', 'Honey'];
const SME_ACTIVITIES = ['Processing', 'Trading', 'Weaving', 'Farm', 'Workshop', 'Packaging', 'Export', 'Handicraft', 'Food Products', 'Logistics'];
const SME_FORMS = ['', ' Co., Ltd.', ' Enterprise', ' Cooperative', ' Household Business', ' Group'];
const SECTORS: readonly (readonly [SmeSector, number])[] = [
  [SmeSector.AGRICULTURE_AND_FOOD, 38],
  [SmeSector.HANDICRAFTS_AND_TEXTILES, 16],
  [SmeSector.MANUFACTURING, 10],
  [SmeSector.TRADE_AND_RETAIL, 14],
  [SmeSector.TOURISM_AND_HOSPITALITY, 7],
  [SmeSector.LOGISTICS_AND_TRANSPORT, 5],
  [SmeSector.SERVICES, 7],
  [SmeSector.OTHER, 3],
];
const SUPPORT_KINDS: readonly (readonly [SupportKind, number])[] = [
  [SupportKind.TRAINING, 34],
  [SupportKind.COACHING, 26],
  [SupportKind.MARKET_LINKAGE, 18],
  [SupportKind.CERTIFICATION, 8],
  [SupportKind.FINANCE_ACCESS, 9],
  [SupportKind.EXPORT_CONSORTIUM, 5],
];
const SUPPORT_RESULTS = ['Joined the cluster and its joint orders.', 'New buyer across the border.', 'Packaging and labels meet the buyer’s standard.', 'Loan approved for new equipment.', 'Registered the business.', 'Sales up on the previous season.'];


// ---------------------------------------------------------------------------------------------
// Content loaded by the app's content sync

interface ModuleInfo {
  id: string;
  pre: { id: string; maxScore: number; passScore: number } | null;
  post: { id: string; maxScore: number; passScore: number } | null;
  /** Question ids in position order, with a fixed difficulty each. */
  questions: { id: string; difficulty: number }[];
}

interface CourseInfo {
  id: string;
  slug: string;
  component: string;
  title: string;
  requireActionPlan: boolean;
  postTestAttempts: number;
  minAttendanceRate: number;
  modules: ModuleInfo[];
  assignment: { id: string; maxScore: number; passScore: number } | null;
  actionPlan: { id: string; maxScore: number; passScore: number; moduleId: string } | null;
}

async function loadCourses(orm: MikroORM): Promise<CourseInfo[]> {
  const knex = (orm.em as SqlEntityManager).getKnex();
  const rows = async (query: Knex.QueryBuilder) => (await query) as Row[];
  const courses = await rows(knex('course as co').join('programme_component as cp', 'cp.id', 'co.component_id').select('co.id', 'co.slug', 'co.title', 'co.completion_rules', 'cp.code').orderBy('co.slug'));
  const modules = await rows(knex('course_module').where('retired', false).select('id', 'course_id', 'slug').orderBy('position'));
  const assessments = await rows(knex('assessment').where('retired', false).select('id', 'module_id', 'kind', 'max_score', 'pass_score'));
  const questions = await rows(knex('question').where('retired', false).select('id', 'module_id', 'key').orderBy('position'));
  const test = (a: Row | undefined) => (a ? { id: String(a.id), maxScore: Number(a.max_score), passScore: Number(a.pass_score) } : null);
  return courses.map((course): CourseInfo => {
    const rules = JSON.parse(String(course.completion_rules)) as { minAttendanceRate: number; requirePostTestPass: boolean; requireActionPlan: boolean; postTestAttempts: number };
    const own = modules.filter((m) => m.course_id === course.id);
    const ownAssessments = assessments.filter((a) => own.some((m) => m.id === a.module_id));
    const plan = ownAssessments.find((a) => a.kind === AssessmentKind.ACTION_PLAN);
    const title = (JSON.parse(String(course.title)) as Record<string, string>).en ?? String(course.slug);
    return {
      id: String(course.id),
      slug: String(course.slug),
      component: String(course.code),
      title,
      requireActionPlan: rules.requireActionPlan,
      postTestAttempts: Math.max(1, rules.postTestAttempts),
      minAttendanceRate: rules.minAttendanceRate,
      modules: own.map((m) => ({
        id: String(m.id),
        pre: test(ownAssessments.find((a) => a.module_id === m.id && a.kind === AssessmentKind.PRE_TEST)),
        post: test(ownAssessments.find((a) => a.module_id === m.id && a.kind === AssessmentKind.POST_TEST)),
        questions: questions.filter((q) => q.module_id === m.id).map((q) => ({ id: String(q.id), difficulty: stream(String(course.slug), String(m.slug), String(q.key), 'difficulty').float() })),
      })),
      assignment: test(ownAssessments.find((a) => a.kind === AssessmentKind.ASSIGNMENT)),
      actionPlan: plan ? { ...test(plan)!, moduleId: String(plan.module_id) } : null,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The generator

export interface TableFigure {
  table: string;
  rows: number;
  /** Wall-clock time. */
  ms: number;
  /** CPU time of the process (JavaScript and SQLite's thread), telling work from waiting on a busy machine. */
  cpuMs: number;
}

/** A point to measure wall-clock and CPU time from. */
export interface Mark {
  at: number;
  cpu: NodeJS.CpuUsage;
}

export const mark = (): Mark => ({ at: performance.now(), cpu: process.cpuUsage() });

export function since(start: Mark): { ms: number; cpuMs: number } {
  const cpu = process.cpuUsage(start.cpu);
  return { ms: performance.now() - start.at, cpuMs: (cpu.user + cpu.system) / 1000 };
}

export interface GeneratorResult {
  path: string;
  size: ProgrammeSize;
  tables: TableFigure[];
  /** Rows written per table. */
  counts: Record<string, number>;
  totalMs: number;
  totalCpuMs: number;
}

export interface GeneratorOptions {
  /** The SQLite file to (re)create; deleted first. */
  path: string;
  people: number;
  /** Told each table as it is written. */
  log?: (figure: TableFigure) => void;
}

interface Session {
  id: string;
  module: number;
  startsAt: number;
  endsAt: number;
  cancelled: boolean;
}

interface Cohort {
  id: string;
  course: CourseInfo;
  startsOn: string;
  endsOn: string;
  trainers: string[];
  sessions: Session[];
  enrolments: Enrolment[];
}

type Fate = 'complete' | 'attendance' | 'post-test' | 'action-plan';

interface Enrolment {
  id: string;
  person: number;
  status: EnrolmentStatus;
  fate: Fate | null;
  ability: number;
}

interface Plan {
  id: string;
  enrolment: Enrolment;
  cohort: Cohort;
  submittedAt: number;
}

interface Report {
  id: string;
  plan: Plan;
  reportedOn: string;
  weight: number;
  smes: number;
}

const participating = (e: Enrolment) => e.status === EnrolmentStatus.APPROVED || e.status === EnrolmentStatus.COMPLETED;

/** The demo (or any configured app) database must never be overwritten by a benchmark. */
function assertNotAppDatabase(path: string): void {
  const appDefault = resolve(projectRoot(), 'data', 'corridor.db');
  const configured = process.env.DATABASE_URL?.startsWith('sqlite:') ? resolve(projectRoot(), process.env.DATABASE_URL.slice('sqlite:'.length)) : null;
  const target = resolve(path);
  if (target === appDefault || target === configured) throw new Error(`refusing to generate into the app's database ${target}`);
}

/** Whether a test's per-question responses are written: tests taken on Corridor, from 2019 (see `writeProgramme`). */
export function itemResponsesKept(cohortStartsOn: string): boolean {
  return cohortStartsOn >= ITEM_RESPONSES_FROM;
}

export async function generateReportsProgramme(options: GeneratorOptions): Promise<GeneratorResult> {
  const started = mark();
  const size = programmeSize(options.people);
  const path = resolve(options.path);
  assertNotAppDatabase(path);
  mkdirSync(dirname(path), { recursive: true });
  for (const suffix of ['', '-wal', '-shm', '-journal']) if (existsSync(path + suffix)) rmSync(path + suffix);

  const tables: TableFigure[] = [];
  const note = (table: string, rows: number, start: Mark) => {
    const figure = { table, rows, ...since(start) };
    tables.push(figure);
    options.log?.(figure);
  };

  let t0 = mark();
  const orm = await openOrm({ kind: 'sqlite', path });
  try {
    await migrate(orm);
    await syncContent(orm.em.fork(), readContent(resolve(projectRoot(), 'content')));
    const courses = (await loadCourses(orm)).filter((c) => c.component === 'A' || c.component === 'C');
    if (courses.length < 2) throw new Error('content/ must hold the Component A and C courses');
    note('migrations + content', 0, t0);

    // knex's own connection (the pool holds one): the raw sqlite3 database object.
    const pool = (orm.em as SqlEntityManager).getKnex().client as { acquireConnection(): Promise<RawSqlite>; releaseConnection(connection: RawSqlite): Promise<unknown> };
    const db = await pool.acquireConnection();
    try {
      // Bulk-load settings for this connection only, never for the app: durability does not matter
      // for a file we delete and regenerate (synchronous=OFF skips the fsyncs), WAL as the app uses,
      // a 256 MB page cache for the primary keys' indexes, and foreign keys unchecked while loading
      // (the smoke test runs foreign_key_check on a small programme instead).
      await exec(db, 'PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;');
      const deferred = await dropIndexes(db);
      const triggers = await dropTriggers(db);
      await writeProgramme(db, size, courses, note);
      // CREATE INDEX sorts in pieces the size of the page cache; one huge in-memory sort costs
      // three to four times the CPU (measured), so back to the default cache for the indexes.
      await exec(db, 'PRAGMA cache_size = -2000; PRAGMA wal_checkpoint(TRUNCATE);');
      await createIndexes(db, deferred, note);
      // The report tallies the triggers keep row by row, computed once set-based, then the triggers back.
      t0 = mark();
      await exec(db, 'PRAGMA cache_size = -262144; BEGIN');
      await rebuildReportTallies((sql) => exec(db, sql));
      await exec(db, 'COMMIT');
      for (const trigger of triggers) await exec(db, trigger);
      note('report tallies', 0, t0);
      // No ANALYZE: the app never runs it, so the query planner works here as on a real database.
      t0 = mark();
      await exec(db, 'PRAGMA wal_checkpoint(TRUNCATE);');
      note('checkpoint', 0, t0);
    } finally {
      await pool.releaseConnection(db);
    }
  } finally {
    await orm.close(true);
  }
  const counts: Record<string, number> = {};
  for (const figure of tables) if (figure.rows) counts[figure.table] = (counts[figure.table] ?? 0) + figure.rows;
  const total = since(started);
  return { path, size, tables, counts, totalMs: total.ms, totalCpuMs: total.cpuMs };
}

interface IndexDefinition {
  name: string;
  table: string;
  sql: string;
}

/** The big tables, whose secondary indexes are built once after loading instead of row by row. */
const DEFERRED_INDEX_TABLES = ['enrolment', 'attendance_record', 'assessment_result', 'question_response', 'sme', 'sme_support'];

/**
 * Drops the migrations' secondary indexes of the big tables and returns their definitions: one
 * sort per index (CREATE INDEX) after loading costs less than inserting a million random UUIDs into
 * each index row by row. `createIndexes` runs the very statements the migrations ran, so the schema
 * ends up as migrated (the smoke test compares it) and unique indexes still check the rows.
 */
async function dropIndexes(db: RawSqlite): Promise<IndexDefinition[]> {
  const rows = await all(db, `select name, tbl_name as "table", sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${DEFERRED_INDEX_TABLES.map(() => '?').join(',')}) order by rowid`, DEFERRED_INDEX_TABLES);
  const indexes = rows.map((row) => ({ name: String(row.name), table: String(row.table), sql: String(row.sql) }));
  for (const index of indexes) await exec(db, `drop index "${index.name}"`);
  return indexes;
}

/**
 * Drops the report-tally triggers and returns their definitions: loading with them on would redo
 * each tally once per row loaded; `rebuildReportTallies` computes them once after loading instead.
 */
async function dropTriggers(db: RawSqlite): Promise<string[]> {
  const rows = await all(db, `select name, sql from sqlite_master where type = 'trigger' order by rowid`, []);
  for (const row of rows) await exec(db, `drop trigger "${String(row.name)}"`);
  return rows.map((row) => String(row.sql));
}

async function createIndexes(db: RawSqlite, indexes: IndexDefinition[], note: (table: string, rows: number, start: Mark) => void): Promise<void> {
  for (const table of DEFERRED_INDEX_TABLES) {
    const t0 = mark();
    for (const index of indexes.filter((i) => i.table === table)) await exec(db, index.sql);
    note(`${table} (indexes)`, 0, t0);
  }
}

async function writeProgramme(db: RawSqlite, size: ProgrammeSize, courses: CourseInfo[], note: (table: string, rows: number, start: Mark) => void): Promise<void> {
  /** One table in one transaction, timed. */
  const table = async (name: string, columns: readonly string[], fill: (insert: BulkInsert) => Promise<void> | void) => {
    const t0 = mark();
    await exec(db, 'BEGIN');
    const insert = new BulkInsert(db, name, columns);
    await fill(insert);
    await insert.close();
    await exec(db, 'COMMIT');
    note(name, insert.rows, t0);
  };
  const stamp = ['id', 'created_at', 'updated_at'];

  // --- Accounts: one coordinator and the trainers who teach the cohorts and take attendance -----
  const coordinator = new Ids('user').next();
  const trainerIds = new Ids('trainer');
  const trainers = Array.from({ length: Math.max(4, Math.round(size.cohorts / 40)) }, () => trainerIds.next());
  const accountsCreated = dayStart('2015-10-01');
  await table('user_account', [...stamp, 'email', 'password_hash', 'roles', 'active'], (insert) => {
    // '!' is no argon2 hash: nobody can sign in to the benchmark database.
    insert.add(coordinator, accountsCreated, accountsCreated, 'coordinator@bench.corridor.test', '!', '["COORDINATOR"]', 1);
    trainers.forEach((id, i) => insert.add(id, accountsCreated, accountsCreated, `trainer${i + 1}@bench.corridor.test`, '!', '["TRAINER"]', 1));
  });

  // --- Organisations -------------------------------------------------------------------------
  const orgRng = stream('organisations');
  const orgIds = new Ids('organisation');
  const organisations = new Map<string, { country: string; province: string }>();
  const orgsByCountry = new Map<string, string[]>();
  await table('organisation', [...stamp, 'name', 'name_key', 'type', 'country_code', 'province'], (insert) => {
    for (let i = 0; i < size.organisations; i += 1) {
      const country = weighted(orgRng, COUNTRIES);
      const province = orgRng.pick(PROVINCES[country]);
      const type = weighted(orgRng, ORGANISATION_TYPES);
      const noun = ORGANISATION_NOUN[type];
      const name = type === OrganisationType.LOCAL_PRODUCTION_GROUP || type === OrganisationType.OTHER ? `${province} ${orgRng.pick(PRODUCTS)} ${noun} ${i + 1}` : `${province} ${noun} ${i + 1}`;
      const id = orgIds.next();
      const at = dayStart('2015-11-01') + i * MINUTE;
      insert.add(id, at, at, name, searchKey(name), type, country, province);
      organisations.set(id, { country, province });
      const list = orgsByCountry.get(country) ?? [];
      list.push(id);
      orgsByCountry.set(country, list);
    }
  });

  // --- People: SME leaders (Component A) and BDS providers and officials (Component C) ----------
  const personRng = stream('people');
  const personIds = new Ids('person');
  const people: { id: string; country: string; province: string; group: TargetGroup }[] = [];
  await table('person', [...stamp, 'full_name', 'gender', 'country_code', 'province', 'organisation_id', 'position', 'target_group', 'email', 'phone', 'search_text'], (insert) => {
    for (let i = 0; i < size.people; i += 1) {
      const country = weighted(personRng, COUNTRIES);
      const gender = weighted(personRng, [
        [Gender.FEMALE, 47],
        [Gender.MALE, 51],
        [Gender.OTHER, 1],
        [Gender.UNDISCLOSED, 1],
      ]);
      const group = weighted(personRng, [
        [TargetGroup.SME_LEADER, 50],
        [TargetGroup.BDS_PROVIDER, 28],
        [TargetGroup.GOVERNMENT_OFFICIAL, 14],
        [TargetGroup.TRAINER, 3],
        [TargetGroup.OTHER, 5],
      ]);
      const orgs = orgsByCountry.get(country) ?? [];
      const organisation = orgs.length && personRng.chance(0.9) ? personRng.pick(orgs) : null;
      const province = organisation ? organisations.get(organisation)!.province : personRng.pick(PROVINCES[country]);
      const name = fullName(personRng, country, gender === Gender.FEMALE || (gender !== Gender.MALE && personRng.chance(0.5)));
      const email = personRng.chance(0.85) ? `person${i + 1}@bench.corridor.test` : null;
      const phone = personRng.chance(0.8) ? `+${CALLING_CODES[country]} ${personRng.int(10, 99)} ${personRng.int(100, 999)} ${personRng.int(100, 999)}` : null;
      const position = group === TargetGroup.SME_LEADER ? personRng.pick(['Group leader', 'Owner', 'Association chair', 'Cluster coordinator']) : group === TargetGroup.GOVERNMENT_OFFICIAL ? 'SME promotion officer' : 'Business adviser';
      const id = personIds.next();
      const at = dayStart('2015-12-01') + i * MINUTE;
      insert.add(id, at, at, name, gender, country, province, organisation, position, group, email, phone, [name, email].filter((x): x is string => !!x).map(searchKey).join(' | '));
      people.push({ id, country, province, group });
    }
  });

  // --- Cohorts and their sessions --------------------------------------------------------------
  const cohortRng = stream('cohorts');
  const cohortIds = new Ids('cohort');
  const sessionIds = new Ids('session');
  const firstMonday = '2016-01-04';
  const weeks = Math.floor((dayStart('2019-11-18') - dayStart(firstMonday)) / (7 * DAY));
  const cohorts: Cohort[] = [];
  const perCourse = new Map<string, number>();
  await table('cohort', [...stamp, 'course_id', 'title', 'starts_on', 'ends_on', 'venue', 'language', 'capacity', 'enrolment_opens_on', 'enrolment_closes_on', 'check_in_grace_minutes', 'cancelled'], (insert) => {
    for (let i = 0; i < size.cohorts; i += 1) {
      // Start weeks spread evenly over 2016–2019 (each cohort in its own slice), courses alternating.
      const course = courses[i % courses.length];
      const startsOn = addDays(firstMonday, Math.floor(((i + cohortRng.float()) * weeks) / size.cohorts) * 7);
      const count = cohortRng.int(SESSIONS_PER_COHORT[0], SESSIONS_PER_COHORT[1]);
      const modules = course.modules.length;
      const sessions: Session[] = Array.from({ length: count }, (_, s) => {
        const date = weekday(startsOn, Math.floor(s / 2));
        const morning = s % 2 === 0;
        const module = Math.floor((s * modules) / count);
        const firstOrLast = Math.floor(((s - 1) * modules) / count) !== module || Math.floor(((s + 1) * modules) / count) !== module;
        return { id: sessionIds.next(), module, startsAt: regionAt(date, morning ? 8 : 13, 30), endsAt: regionAt(date, morning ? 12 : 17), cancelled: !firstOrLast && cohortRng.chance(0.01) };
      });
      const endsOn = weekday(startsOn, Math.floor((count - 1) / 2));
      const n = (perCourse.get(course.id) ?? 0) + 1;
      perCourse.set(course.id, n);
      const cohort: Cohort = { id: cohortIds.next(), course, startsOn, endsOn, trainers: cohortRng.sample(trainers, 2), sessions, enrolments: [] };
      cohorts.push(cohort);
      const created = dayStart(addDays(startsOn, -90));
      insert.add(cohort.id, created, created, cohort.course.id, `${course.title} — ${startsOn.slice(0, 4)} #${n}`, startsOn, endsOn, 'Mekong Institute, Khon Kaen', cohortRng.pick(['en', 'en', 'km', 'my', 'th', 'vi']), 50, addDays(startsOn, -75), addDays(startsOn, -14), 15, 0);
    }
  });
  await table('cohort_trainer', ['cohort_id', 'user_id'], (insert) => {
    for (const cohort of cohorts) for (const trainer of cohort.trainers) insert.add(cohort.id, trainer);
  });
  await table('training_session', [...stamp, 'cohort_id', 'module_id', 'starts_at', 'ends_at', 'venue', 'cancelled'], (insert) => {
    for (const cohort of cohorts) {
      const created = dayStart(addDays(cohort.startsOn, -90));
      for (const s of cohort.sessions) insert.add(s.id, created, created, cohort.id, cohort.course.modules[s.module].id, s.startsAt, s.endsAt, 'Mekong Institute, Khon Kaen', s.cancelled ? 1 : 0);
    }
  });

  // --- Enrolments: ~42 a cohort, mostly completed ---------------------------------------------
  const enrolRng = stream('enrolments');
  const enrolmentIds = new Ids('enrolment');
  const leaders = people.map((p, i) => (p.group === TargetGroup.SME_LEADER ? i : -1)).filter((i) => i >= 0);
  const providers = people.map((p, i) => (p.group !== TargetGroup.SME_LEADER ? i : -1)).filter((i) => i >= 0);
  const everyone = people.map((_, i) => i);
  await table('enrolment', [...stamp, 'cohort_id', 'person_id', 'status', 'reason', 'decided_by_id', 'decided_at'], (insert) => {
    // Sizes vary ±6 around the mean in pairs (one up, the next down), so the total is exact.
    const base = Math.floor(size.enrolments / cohorts.length);
    const sizes = cohorts.map((_, c) => base + (c < size.enrolments - base * cohorts.length ? 1 : 0));
    for (let c = 0; c + 1 < sizes.length; c += 2) {
      const jitter = enrolRng.int(-6, 6);
      sizes[c] += jitter;
      sizes[c + 1] -= jitter;
    }
    cohorts.forEach((cohort, c) => {
      const wanted = clamp(sizes[c], 1, people.length);
      const preferred = cohort.course.component === 'A' ? leaders : providers;
      const chosen = new Set<number>();
      const fromPreferred = Math.min(preferred.length, Math.round(wanted * 0.85));
      const draw = (pool: number[], n: number) => {
        let guard = 0;
        while (n > 0 && guard < 50 * (n + 10)) {
          guard += 1;
          const p = pool[Math.floor(enrolRng.float() * pool.length)];
          if (chosen.has(p)) continue;
          chosen.add(p);
          n -= 1;
        }
      };
      draw(preferred, fromPreferred);
      draw(everyone, wanted - chosen.size);
      for (const p of everyone) {
        if (chosen.size >= wanted) break;
        chosen.add(p);
      }
      for (const person of chosen) {
        const status = weighted(enrolRng, [
          [EnrolmentStatus.COMPLETED, 81],
          [EnrolmentStatus.APPROVED, 9],
          [EnrolmentStatus.WITHDRAWN, 5],
          [EnrolmentStatus.REJECTED, 5],
        ]);
        const fate: Fate | null =
          status === EnrolmentStatus.COMPLETED
            ? 'complete'
            : status === EnrolmentStatus.APPROVED
              ? weighted(enrolRng, [
                  ['attendance', 45],
                  ['post-test', 35],
                  [cohort.course.requireActionPlan ? 'action-plan' : 'post-test', 20],
                ])
              : null;
        const enrolment: Enrolment = { id: enrolmentIds.next(), person, status, fate, ability: enrolRng.normal(0, 1) };
        cohort.enrolments.push(enrolment);
        const applied = regionAt(addDays(cohort.startsOn, -enrolRng.int(15, 75)), 8) + enrolRng.int(0, 540) * MINUTE;
        const decided = applied + enrolRng.int(2, 8) * DAY;
        const updated = status === EnrolmentStatus.COMPLETED ? dayStart(addDays(cohort.endsOn, 20)) : decided;
        const reason = status === EnrolmentStatus.REJECTED ? 'Does not meet the target group of this course.' : status === EnrolmentStatus.WITHDRAWN ? 'Could not travel on the dates.' : null;
        insert.add(enrolment.id, applied, updated, cohort.id, people[person].id, status, reason, coordinator, decided);
      }
    });
  });

  // --- Attendance: one record per held session per participant ---------------------------------
  const attendanceRng = stream('attendance');
  const attendanceIds = new Ids('attendance');
  await table('attendance_record', [...stamp, 'session_id', 'enrolment_id', 'status', 'recorded_by_id'], async (insert) => {
    for (const cohort of cohorts) {
      const held = cohort.sessions.filter((s) => !s.cancelled);
      const allowed = Math.floor(held.length * (1 - cohort.course.minAttendanceRate));
      for (const e of cohort.enrolments) {
        if (!participating(e)) continue;
        // Completers miss at most what the attendance rule allows; an attendance shortfall misses more.
        const missed = new Set<number>();
        if (e.fate === 'attendance') {
          const misses = Math.min(held.length, allowed + attendanceRng.int(1, Math.max(1, Math.round(held.length * 0.3))));
          for (const i of attendanceRng.sample(held.map((_, i) => i), misses)) missed.add(i);
        } else {
          held.forEach((_, i) => {
            if (missed.size < allowed && attendanceRng.chance(0.03)) missed.add(i);
          });
        }
        held.forEach((s, i) => {
          let status = AttendanceStatus.PRESENT;
          if (missed.has(i)) status = attendanceRng.chance(0.45) ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT;
          else if (attendanceRng.chance(0.07)) status = AttendanceStatus.LATE;
          const at = s.startsAt + attendanceRng.int(20, 50) * MINUTE;
          insert.add(attendanceIds.next(), at, at, s.id, e.id, status, cohort.trainers[i % 2]);
        });
      }
      await insert.throttle();
    }
  });

  // --- Test results: pre-tests, post-tests (with retakes), assignments and plan scores ----------
  // Per-question responses are written for tests taken on Corridor, i.e. cohorts from 2019 on
  // (about a quarter): earlier tests were marked on paper and only the scores typed in. One
  // response a question a scored test for every cohort would be ~4.5 million rows at the full size
  // and double the generator's time; a quarter is ~1.1 million, plenty for the item analysis.
  const resultRng = stream('results');
  const resultIds = new Ids('result');
  const scored: { id: string; at: number; module: ModuleInfo; right: number; seed: number }[] = [];
  const acceptedPlans: Plan[] = [];
  const plans: { plan: Plan; status: ActionPlanStatus; reviewedAt: number | null; reviewer: string }[] = [];
  const planIds = new Ids('action-plan');
  await table('assessment_result', [...stamp, 'enrolment_id', 'assessment_id', 'attempt', 'score', 'passed', 'feedback', 'graded_by_id'], async (insert) => {
    for (const cohort of cohorts) {
      const course = cohort.course;
      const items = itemResponsesKept(cohort.startsOn);
      for (const e of cohort.enrolments) {
        if (!participating(e)) continue;
        const failsModule = e.fate === 'post-test' ? resultRng.int(0, course.modules.length - 1) : -1;
        course.modules.forEach((m, index) => {
          const own = cohort.sessions.filter((s) => s.module === index && !s.cancelled);
          const total = m.questions.length;
          if (!own.length || !total) return;
          const first = own[0];
          const last = own[own.length - 1];
          const take = (assessment: { id: string; passScore: number }, attempt: number, right: number, at: number) => {
            const score = quizScore(right, total);
            const id = resultIds.next();
            insert.add(id, at, at, e.id, assessment.id, attempt, score, score >= assessment.passScore ? 1 : 0, null, null);
            if (items) scored.push({ id, at, module: m, right, seed: resultRng.int(0, 0x7fffffff) });
          };
          if (m.pre && resultRng.chance(0.93)) {
            const right = clamp(Math.round(total * resultRng.normal(0.47 + 0.07 * e.ability, 0.1)), 1, total - 2);
            take(m.pre, 1, right, first.startsAt + resultRng.int(5, 40) * MINUTE);
          }
          const post = m.post;
          // Completers took and passed every post-test; others sometimes skipped one.
          if (post && (e.fate === 'complete' || resultRng.chance(0.7))) {
            let pass = 0;
            while (pass < total && quizScore(pass, total) < post.passScore) pass += 1;
            const passing = clamp(Math.round(total * resultRng.normal(0.8 + 0.06 * e.ability, 0.08)), pass, total);
            const failing = () => clamp(pass - resultRng.int(1, 3), 1, pass - 1);
            const firstTry = last.endsAt - resultRng.int(20, 60) * MINUTE;
            if (index === failsModule) {
              for (let attempt = 1; attempt <= course.postTestAttempts; attempt += 1) take(post, attempt, failing(), firstTry + (attempt - 1) * 2 * DAY);
            } else if (course.postTestAttempts > 1 && resultRng.chance(0.05)) {
              take(post, 1, failing(), firstTry);
              take(post, 2, passing, firstTry + 2 * DAY);
            } else take(post, 1, passing, firstTry);
          }
        });
        const reviewer = resultRng.pick(cohort.trainers);
        const after = dayStart(cohort.endsOn);
        if (course.assignment && e.fate === 'complete') {
          const a = course.assignment;
          const score = clamp(Math.round(resultRng.normal(a.maxScore * (0.75 + 0.06 * e.ability), a.maxScore * 0.08)), Math.ceil(a.passScore), a.maxScore);
          const at = after + resultRng.int(5, 12) * DAY;
          insert.add(resultIds.next(), at, at, e.id, a.id, 1, score, 1, 'Clear and practical.', reviewer);
        }
        // Action plans: every Component A completer's was accepted (the course requires one),
        // a third of Component C completers wrote one; some others were returned or are waiting.
        let status: ActionPlanStatus | null = null;
        if (e.fate === 'complete') status = course.requireActionPlan || resultRng.chance(0.3) ? ActionPlanStatus.ACCEPTED : null;
        else if (e.fate === 'action-plan') status = ActionPlanStatus.RETURNED;
        else if (course.requireActionPlan && resultRng.chance(0.4)) status = ActionPlanStatus.SUBMITTED;
        if (status) {
          const submittedAt = regionAt(addDays(cohort.endsOn, resultRng.int(5, 14)), 14) + resultRng.int(0, 180) * MINUTE;
          const reviewedAt = status === ActionPlanStatus.SUBMITTED ? null : submittedAt + resultRng.int(2, 7) * DAY;
          const plan: Plan = { id: planIds.next(), enrolment: e, cohort, submittedAt };
          plans.push({ plan, status, reviewedAt, reviewer });
          if (status === ActionPlanStatus.ACCEPTED) acceptedPlans.push(plan);
          const a = course.actionPlan;
          if (a && reviewedAt !== null) {
            const accepted = status === ActionPlanStatus.ACCEPTED;
            const score = accepted ? clamp(Math.round(resultRng.normal(a.maxScore * (0.78 + 0.05 * e.ability), a.maxScore * 0.07)), Math.ceil(a.passScore), a.maxScore) : clamp(Math.round(a.passScore - resultRng.int(8, 20)), 0, a.maxScore);
            insert.add(resultIds.next(), reviewedAt, reviewedAt, e.id, a.id, 1, score, score >= a.passScore ? 1 : 0, accepted ? 'Realistic plan with clear targets.' : 'Please add dates and the SMEs you will work with.', reviewer);
          }
        }
      }
      await insert.throttle();
    }
  });

  // --- Question responses: exactly `right` questions right, the easiest for this person ----------
  const responseIds = new Ids('response');
  await table('question_response', [...stamp, 'result_id', 'question_id', 'correct'], async (insert) => {
    const order: { id: string; key: number }[] = [];
    let count = 0;
    for (const test of scored) {
      const rng = new Rng(test.seed);
      order.length = 0;
      for (const q of test.module.questions) order.push({ id: q.id, key: q.difficulty + rng.normal(0, 0.2) });
      order.sort((a, b) => a.key - b.key);
      order.forEach((q, i) => insert.add(responseIds.next(), test.at, test.at, test.id, q.id, i < test.right ? 1 : 0));
      count += 1;
      if (count % 2000 === 0) await insert.throttle();
    }
  });

  // --- Action plans and progress reports --------------------------------------------------------
  await table('action_plan', [...stamp, 'enrolment_id', 'module_id', 'objectives', 'activities', 'smes', 'support_needed', 'status', 'reviewer_comment', 'reviewed_by_id', 'submitted_at', 'reviewed_at'], (insert) => {
    for (const { plan, status, reviewedAt, reviewer } of plans) {
      const person = people[plan.enrolment.person];
      const course = plan.cohort.course;
      const moduleId = course.actionPlan?.moduleId ?? course.modules[course.modules.length - 1].id;
      const activities = JSON.stringify([{ title: 'Map the cluster with member firms', startsOn: addDays(plan.cohort.endsOn, 14), endsOn: addDays(plan.cohort.endsOn, 60) }]);
      const smes = JSON.stringify([{ name: `${person.province} producers`, province: person.province, note: 'Members of the provincial group' }]);
      const comment = status === ActionPlanStatus.RETURNED ? 'Please add dates and the SMEs you will work with.' : status === ActionPlanStatus.ACCEPTED ? 'Realistic plan with clear targets.' : null;
      insert.add(plan.id, plan.submittedAt - DAY, reviewedAt ?? plan.submittedAt, plan.enrolment.id, moduleId, `Strengthen the SMEs of ${person.province} through the cluster.`, activities, smes, 'Contacts with buyers', status, comment, reviewedAt === null ? null : reviewer, plan.submittedAt, reviewedAt);
    }
  });

  // "Share to learn": most accepted plans report every few months; supports are spread over reports.
  const reportRng = stream('progress-reports');
  const reportIds = new Ids('progress-report');
  const reports: Report[] = [];
  for (const plan of acceptedPlans) {
    if (!reportRng.chance(0.75)) continue;
    const count = reportRng.int(1, 3);
    for (let i = 0; i < count; i += 1) {
      reports.push({ id: reportIds.next(), plan, reportedOn: addDays(plan.cohort.endsOn, 90 * (i + 1) + reportRng.int(-10, 10)), weight: (plan.cohort.course.component === 'A' ? 2 : 1) * (0.4 + reportRng.float()), smes: 0 });
    }
  }
  // Each report records at least one support; the rest follow the weights, the remainder one each.
  const totalWeight = reports.reduce((sum, r) => sum + r.weight, 0);
  const spare = Math.max(0, size.supports - reports.length);
  let given = 0;
  for (const r of reports) {
    r.smes = 1 + Math.floor((spare * r.weight) / totalWeight);
    given += r.smes;
  }
  for (let i = 0; given < size.supports && reports.length; i = (i + 1) % reports.length, given += 1) reports[i].smes += 1;

  await table('progress_report', [...stamp, 'action_plan_id', 'reported_on', 'done', 'results', 'challenges', 'smes_reached'], (insert) => {
    for (const r of reports) {
      const at = regionAt(r.reportedOn, 15);
      insert.add(r.id, at, at, r.plan.id, r.reportedOn, 'Held meetings with member SMEs and visited buyers.', `${r.smes} SMEs supported this period.`, reportRng.chance(0.6) ? 'Transport costs to remote members.' : null, r.smes);
    }
  });

  // --- The SME ledger ---------------------------------------------------------------------------
  // SMEs are registered as leaders record support: a support goes to a new SME with the share of
  // new SMEs still to come, otherwise to one already helped in the leader's province (or country).
  // 2% of the SMEs are duplicates a coordinator merged: their support moved to the survivor.
  const smeRng = stream('smes');
  const smeIds = new Ids('sme');
  const duplicates = Math.round(size.smes * 0.02);
  const real = size.smes - duplicates;
  interface SmeRow {
    id: string;
    name: string;
    country: string;
    province: string;
    created: number;
    mergedInto: string | null;
  }
  const smes: SmeRow[] = [];
  const byProvince = new Map<string, number[]>();
  const byCountry = new Map<string, number[]>();
  const supports: { sme: number; report: Report; on: string }[] = [];
  let left = reports.reduce((sum, r) => sum + r.smes, 0);
  const newSme = (country: string, province: string, created: number) => {
    const product = smeRng.pick(PRODUCTS);
    const name = `${smeRng.pick(NAMES[country].female.concat(NAMES[country].male)).split(' ').at(-1)} ${product} ${smeRng.pick(SME_ACTIVITIES)}${smeRng.pick(SME_FORMS)}`;
    smes.push({ id: smeIds.next(), name, country, province, created, mergedInto: null });
    const index = smes.length - 1;
    const near = byProvince.get(`${country}/${province}`) ?? [];
    near.push(index);
    byProvince.set(`${country}/${province}`, near);
    const national = byCountry.get(country) ?? [];
    national.push(index);
    byCountry.set(country, national);
    return index;
  };
  for (const r of reports) {
    const leader = people[r.plan.enrolment.person];
    for (let i = 0; i < r.smes; i += 1) {
      const on = addDays(r.reportedOn, -smeRng.int(0, 85));
      const wantNew = smes.length < real && (smeRng.float() < (real - smes.length) / left || !byCountry.get(leader.country)?.length);
      let sme: number;
      if (wantNew) sme = newSme(leader.country, smeRng.chance(0.85) ? leader.province : smeRng.pick(PROVINCES[leader.country]), regionAt(on, 10));
      else {
        const near = byProvince.get(`${leader.country}/${leader.province}`);
        const pool = near?.length && smeRng.chance(0.8) ? near : (byCountry.get(leader.country) ?? byCountry.values().next().value!);
        sme = pool[Math.floor(smeRng.float() * pool.length)];
      }
      supports.push({ sme, report: r, on });
      left -= 1;
    }
  }
  while (smes.length < real) newSme('KH', PROVINCES.KH[0], dayStart('2020-01-01'));
  const realCount = smes.length;
  for (let i = 0; i < duplicates && realCount; i += 1) {
    const survivor = smes[Math.floor(smeRng.float() * realCount)];
    const variant = smeRng.chance(0.5) ? survivor.name.toUpperCase() : survivor.name.replace(/ Co\., Ltd\.$/, '').concat(' Co. Ltd');
    smes.push({ id: smeIds.next(), name: variant, country: survivor.country, province: survivor.province, created: survivor.created + smeRng.int(1, 60) * DAY, mergedInto: survivor.id });
  }

  await table('sme', [...stamp, 'name', 'match_name', 'country_code', 'province', 'sector', 'owner_gender', 'women_employees', 'men_employees', 'registration_number', 'phone', 'merged_into_id', 'merged_at', 'created_by_id'], async (insert) => {
    let i = 0;
    for (const s of smes) {
      const women = smeRng.chance(0.85) ? smeRng.int(0, 25) : null;
      const men = women === null ? null : smeRng.int(0, 25);
      const registration = smeRng.chance(0.55) ? `${s.country}${smeRng.int(100000, 999999)}${i}` : null;
      const phone = smeRng.chance(0.7) ? `${CALLING_CODES[s.country]}${smeRng.int(10, 99)}${String(smeRng.int(0, 9999999)).padStart(7, '0')}` : null;
      const mergedAt = s.mergedInto ? s.created + smeRng.int(10, 200) * DAY : null;
      const ownerGender = smeRng.chance(0.9) ? (smeRng.chance(0.52) ? Gender.FEMALE : Gender.MALE) : null;
      insert.add(s.id, s.created, mergedAt ?? s.created, s.name, foldName(s.name), s.country, s.province, weighted(smeRng, SECTORS), ownerGender, women, men, registration, phone, s.mergedInto, mergedAt, coordinator);
      i += 1;
      if (i % 5000 === 0) await insert.throttle();
    }
  });
  await table('sme_distinct_pair', [...stamp, 'first_id', 'second_id', 'decided_by_id'], (insert) => {
    // One SME in 500 was paired by the matcher with a look-alike in its province and judged distinct.
    const pairIds = new Ids('distinct-pair');
    const pools = [...byProvince.values()].filter((pool) => pool.length >= 2);
    const seen = new Set<string>();
    for (let i = 0; i < Math.round(size.smes / 500) && pools.length; i += 1) {
      const pool = smeRng.pick(pools);
      const [a, b] = smeRng.sample(pool, 2).map((index) => smes[index].id).sort();
      if (seen.has(`${a}/${b}`)) continue;
      seen.add(`${a}/${b}`);
      const at = dayStart('2020-03-02') + i * MINUTE;
      insert.add(pairIds.next(), at, at, a, b, coordinator);
    }
  });
  const supportIds = new Ids('support');
  await table('sme_support', [...stamp, 'sme_id', 'enrolment_id', 'progress_report_id', 'kind', 'supported_on', 'result'], async (insert) => {
    let i = 0;
    for (const s of supports) {
      const at = regionAt(s.report.reportedOn, 15);
      insert.add(supportIds.next(), at, at, smes[s.sme].id, s.report.plan.enrolment.id, s.report.id, weighted(smeRng, SUPPORT_KINDS), s.on, smeRng.chance(0.6) ? smeRng.pick(SUPPORT_RESULTS) : null);
      i += 1;
      if (i % 5000 === 0) await insert.throttle();
    }
  });
}

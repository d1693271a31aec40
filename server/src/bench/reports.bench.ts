/**
 * `npm run bench:reports`: generates a large programme (10,000 people, 50,000 enrolments, ~1.2
 * million attendance records, 100,000 SMEs) into a SQLite file of its own, then times the M&E
 * dashboard's queries on it, each through the code the GraphQL resolvers call, several times.
 * Targets (2-core machine, SQLite): every dashboard query under 500 ms; the generator under 2 minutes.
 *
 *   npm run bench:reports                      full size, regenerated
 *   npm run bench:reports -- --reuse           time the queries on the last generated file
 *   npm run bench:reports -- --small           1,000 people (a tenth), for a quick run
 *   npm run bench:reports -- --people 2500     any size; the other counts keep their proportions
 *   npm run bench:reports -- --runs 9          timed runs per query (default 5, after one warm-up)
 *   npm run bench:reports -- --explain         also print each SLOW query's statements, timed, with EXPLAIN QUERY PLAN
 *   npm run bench:reports -- --db PATH         the SQLite file (default: the OS temp dir)
 */
import { existsSync } from 'node:fs';
import { Gender } from '../common/enums';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { loadConfig, type AppConfig } from '../config/config';
import { migrate } from '../database/orm';
import { createApp } from '../main';
import { indicatorBreakdown, indicatorTable, smesReached } from '../reports/indicators/indicator-figures';
import { LOGFRAME } from '../reports/indicators/logframe.provider';
import type { Logframe } from '../reports/indicators/logframe-schema';
import { AttendanceHeatmapService } from '../reports/learning/attendance-heatmap.service';
import type { LearningReader } from '../reports/learning/learning-reader';
import { LearningResultsService } from '../reports/learning/learning-results.service';
import { ParticipationService } from '../reports/learning/participation.service';
import { ReportSplit, type ReportFilter } from '../reports/report-filter.input';
import { PARTICIPATING } from '../reports/report-scope';
import type { ReportAudience } from '../reports/small-cells';
import { generateReportsProgramme, programmeSize, type TableFigure } from './reports-generator';

const QUERY_TARGET_MS = 500;
const GENERATOR_TARGET_S = 120;

interface Options {
  people: number;
  reuse: boolean;
  runs: number;
  explain: boolean;
  db: string | null;
}

function parseOptions(args: string[]): Options {
  const options: Options = { people: 10_000, reuse: false, runs: 5, explain: false, db: null };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    const value = () => {
      const next = args[(i += 1)];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--small') options.people = 1_000;
    else if (arg === '--reuse') options.reuse = true;
    else if (arg === '--explain') options.explain = true;
    else if (arg === '--people') options.people = Number(value());
    else if (arg === '--runs') options.runs = Number(value());
    else if (arg === '--db') options.db = resolve(value());
    else if (/^\d+$/.test(arg)) options.people = Number(arg);
    else throw new Error(`unknown argument ${arg} (see server/src/bench/reports.bench.ts)`);
  }
  if (!Number.isInteger(options.people) || options.people < 50) throw new Error('--people must be a whole number of at least 50');
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs must be at least 1');
  return options;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const int = (n: number) => n.toLocaleString('en-US');

function printGenerator(figure: TableFigure): void {
  const rows = figure.rows ? int(figure.rows).padStart(11) : ''.padStart(11);
  console.log(`  ${figure.table.padEnd(30)}${rows} rows  ${seconds(figure.ms).padStart(8)}  (CPU ${seconds(figure.cpuMs)})`);
}

interface Statement {
  sql: string;
  bindings: readonly unknown[];
}

interface Timed {
  name: string;
  runs: number[];
  statements: Statement[];
}

/** A fixed amount of CPU work, timed: the same line from two runs tells a busy machine from a slower query. */
function referenceLoopMs(): number {
  const t0 = performance.now();
  let x = 0;
  for (let i = 0; i < 100_000_000; i += 1) x += i % 7;
  const ms = performance.now() - t0;
  return x > 0 ? ms : -ms;
}

const median = (sorted: number[]) =>
  sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const size = programmeSize(options.people);
  const path = options.db ?? join(tmpdir(), 'corridor-bench-reports', `programme-${size.people}.db`);
  console.log(
    `machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}, reference loop ${referenceLoopMs().toFixed(0)} ms (timings are wall-clock: a busy machine makes them longer)`,
  );

  if (options.reuse && existsSync(path)) console.log(`\nreusing ${path} (generated earlier; run without --reuse to regenerate)`);
  else {
    console.log(`\ngenerating ${int(size.people)} people, ${int(size.enrolments)} enrolments, ${int(size.smes)} SMEs into ${path}`);
    const result = await generateReportsProgramme({ path, people: size.people, log: printGenerator });
    const verdict = result.totalMs <= GENERATOR_TARGET_S * 1000 ? 'OK' : 'SLOW';
    console.log(
      `  ${'total'.padEnd(30)}${int(Object.values(result.counts).reduce((a, b) => a + b, 0)).padStart(11)} rows  ${seconds(result.totalMs).padStart(8)}  (CPU ${seconds(result.totalCpuMs)})  target < ${GENERATOR_TARGET_S} s: ${verdict}`,
    );
  }

  // The app opens the file as it would any database: its own pragmas (synchronous=FULL, foreign keys on).
  const base = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'bench-secret-bench-secret-bench-secret', LOG_LEVEL: 'silent' });
  const config: AppConfig = { ...base, database: { kind: 'sqlite', path }, dataDir: dirname(path) };
  const app = await createApp(config);
  app.useLogger(false);
  try {
    const orm = app.get(MikroORM);
    const applied = await migrate(orm);
    if (applied.length) console.log(`applied migrations newer than the file: ${applied.join(', ')}`);
    const knex: Knex = (orm.em as SqlEntityManager).getKnex();
    const dialect = config.database.kind;
    const logframe = app.get<Logframe>(LOGFRAME);
    const learning = app.get(LearningResultsService);
    const participation = app.get(ParticipationService);
    const heatmap = app.get(AttendanceHeatmapService);
    const staff: LearningReader = { aggregatesOnly: false, mayName: true };
    const audience: ReportAudience = { aggregatesOnly: false };
    const all: ReportFilter = {};
    const cambodianWomen: ReportFilter = { countryCode: 'KH', gender: Gender.FEMALE };

    // The heatmap's cohort: the largest, as the slowest a coordinator could open.
    const [largest] = (await knex('enrolment')
      .whereIn('status', PARTICIPATING)
      .select('cohort_id')
      .count({ n: '*' })
      .groupBy('cohort_id')
      .orderBy([{ column: 'n', order: 'desc' }, 'cohort_id'])
      .limit(1)) as { cohort_id: string; n: number }[];
    if (!largest) throw new Error(`${path} holds no participants`);

    const queries: [string, (em: SqlEntityManager) => Promise<unknown>][] = [
      [`indicator table (${logframe.indicators.length} indicators)`, (em) => indicatorTable(em, dialect, logframe, all, audience)],
      ...logframe.indicators.flatMap((indicator) =>
        [ReportSplit.COUNTRY, ReportSplit.SEX].map((by): [string, (em: SqlEntityManager) => Promise<unknown>] => [
          `indicator ${indicator.code} by ${by}`,
          (em) => indicatorBreakdown(em, dialect, indicator, by, all, audience),
        ]),
      ),
      ['smesReached (total, byMonth, byProvince, …)', (em) => smesReached(em, dialect, all, audience)],
      ['learningResults overall', () => learning.overall(all, staff)],
      ['learningResults byModule with questions', () => learning.byModule(all, staff, 'en')],
      ['learningResults by COUNTRY', () => learning.by(all, staff, ReportSplit.COUNTRY)],
      ['learningResults by SEX', () => learning.by(all, staff, ReportSplit.SEX)],
      ['participation overall', () => participation.overall(all, staff)],
      ['participation by COUNTRY', () => participation.by(all, staff, ReportSplit.COUNTRY)],
      // As the dashboard asks: the lowest 100 and how many there are (exports list everyone).
      [
        'participation belowThreshold (first 100) and count',
        async () => [
          await participation.belowThreshold(all, staff, { offset: 0, limit: 100 }),
          await participation.belowThresholdCount(all, staff),
        ],
      ],
      [`attendanceHeatmap (cohort of ${largest.n})`, () => heatmap.heatmap(largest.cohort_id, undefined, staff)],
      // Narrowed by a person's attribute, the figures take the per-person tallies' other path.
      ['indicator table, women in Cambodia', (em) => indicatorTable(em, dialect, logframe, cambodianWomen, audience)],
      ['smesReached, women in Cambodia', (em) => smesReached(em, dialect, cambodianWomen, audience)],
      ['learningResults byModule with questions, Cambodia', () => learning.byModule({ countryCode: 'KH' }, staff, 'en')],
      [
        'participation belowThreshold (first 100), Cambodia',
        () => participation.belowThreshold({ countryCode: 'KH' }, staff, { offset: 0, limit: 100 }),
      ],
    ];

    // Every statement a query sends, caught from knex (MikroORM's finds go through it too).
    let capture: Statement[] | null = null;
    knex.on('query', (query: { sql: string; bindings?: readonly unknown[] }) =>
      capture?.push({ sql: query.sql, bindings: query.bindings ?? [] }),
    );
    const once = async (run: (em: SqlEntityManager) => Promise<unknown>) => {
      const t0 = performance.now();
      // As a request does: a fresh entity manager in a request context.
      await RequestContext.create(orm.em, () => run(orm.em.getContext() as SqlEntityManager));
      return performance.now() - t0;
    };

    console.log(`\ntiming ${queries.length} dashboard queries: one warm-up, then ${options.runs} runs each`);
    const width = Math.max(...queries.map(([name]) => name.length)) + 2;
    console.log(`\n${'query'.padEnd(width)}${'median ms'.padStart(10)}${'max ms'.padStart(10)}${'target ms'.padStart(11)}  result`);
    const timed: Timed[] = [];
    for (const [name, run] of queries) {
      const statements: Statement[] = [];
      capture = statements;
      await once(run);
      capture = null;
      const runs: number[] = [];
      for (let i = 0; i < options.runs; i += 1) runs.push(await once(run));
      runs.sort((a, b) => a - b);
      const max = runs[runs.length - 1];
      timed.push({ name, runs, statements });
      const count = `${statements.length} statement${statements.length === 1 ? '' : 's'}`;
      console.log(
        `${name.padEnd(width)}${median(runs).toFixed(1).padStart(10)}${max.toFixed(1).padStart(10)}${String(QUERY_TARGET_MS).padStart(11)}  ${max > QUERY_TARGET_MS ? 'SLOW' : 'OK  '}  (${count})`,
      );
    }
    const slow = timed.filter((t) => t.runs[t.runs.length - 1] > QUERY_TARGET_MS);
    console.log(
      slow.length
        ? `\n${slow.length} of ${timed.length} queries over ${QUERY_TARGET_MS} ms at their slowest${options.explain ? '' : ' (--explain prints their statements and plans)'}`
        : `\nall ${timed.length} queries under ${QUERY_TARGET_MS} ms`,
    );

    if (options.explain) {
      for (const t of slow) {
        console.log(`\n=== ${t.name}`);
        for (const statement of t.statements) {
          const t0 = performance.now();
          const bindings = statement.bindings as Knex.RawBinding[];
          await knex.raw(statement.sql, bindings);
          const ms = performance.now() - t0;
          const explained: unknown = await knex.raw(`explain query plan ${statement.sql}`, bindings);
          const plan = explained as { id: number; parent: number; detail: string }[];
          const depth = new Map<number, number>([[0, 0]]);
          console.log(`\n-- ${ms.toFixed(1)} ms${bindings.length ? `, bindings ${JSON.stringify(bindings)}` : ''}\n${statement.sql}`);
          for (const step of plan) {
            depth.set(step.id, (depth.get(step.parent) ?? 0) + 1);
            console.log(`${'  '.repeat(depth.get(step.id) ?? 1)}${step.detail}`);
          }
        }
      }
    }
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { AssessmentKind, AttendanceStatus } from '../common/enums';
import { migrate, openOrm } from '../database/orm';
import { PARTICIPATING } from '../reports/report-scope';
import { generateReportsProgramme, programmeSize, type GeneratorResult } from './reports-generator';

/**
 * A smoke test of `npm run bench:reports`'s generator at a tiny size (50 people), so it keeps
 * working as the schema changes. Always SQLite: the generator writes a SQLite file of its own.
 */
describe('the reports benchmark generator', () => {
  let dir: string;
  let result: GeneratorResult;
  let orm: MikroORM;
  let knex: Knex;

  const count = async (table: string) => {
    const rows: unknown = await knex(table).count({ n: '*' });
    return Number((rows as { n: number }[])[0].n);
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'corridor-bench-spec-'));
    result = await generateReportsProgramme({ path: join(dir, 'programme.db'), people: 50 });
    orm = await openOrm({ kind: 'sqlite', path: result.path });
    knex = (orm.em as SqlEntityManager).getKnex();
  });

  afterAll(async () => {
    await orm?.close(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the sizes it is asked for', async () => {
    const size = programmeSize(50);
    expect(size).toEqual({ people: 50, organisations: 4, cohorts: 6, enrolments: 250, smes: 500, supports: 750 });
    expect(await count('person')).toBe(50);
    expect(await count('organisation')).toBe(4);
    expect(await count('cohort')).toBe(6);
    expect(await count('enrolment')).toBe(250);
    expect(await count('sme')).toBe(500);
    expect(await count('sme_support')).toBe(750);
    expect(await count('sme')).toBe(result.counts.sme);
    expect(await count('sme_support')).toBe(result.counts.sme_support);
    expect(await count('attendance_record')).toBe(result.counts.attendance_record);
    expect(await count('question_response')).toBe(result.counts.question_response);
  });

  it('records attendance for every held session of every participant, with every status', async () => {
    const expected: unknown = await knex({ e: 'enrolment' }).join({ ts: 'training_session' }, 'ts.cohort_id', 'e.cohort_id').whereIn('e.status', PARTICIPATING).where('ts.cancelled', false).count({ n: '*' });
    expect(await count('attendance_record')).toBe(Number((expected as { n: number }[])[0].n));
    const statuses: unknown = await knex('attendance_record').distinct('status').orderBy('status');
    expect((statuses as { status: string }[]).map((s) => s.status)).toEqual([AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED, AttendanceStatus.LATE, AttendanceStatus.PRESENT]);
  });

  it('answers each question of a kept test once, as many right as the score says', async () => {
    const rows: unknown = await knex({ r: 'assessment_result' })
      .join({ a: 'assessment' }, 'a.id', 'r.assessment_id')
      .join({ qr: 'question_response' }, 'qr.result_id', 'r.id')
      .whereIn('a.kind', [AssessmentKind.PRE_TEST, AssessmentKind.POST_TEST])
      .groupBy('r.id', 'r.score')
      .select('r.score', knex.raw('count(*) as questions'), knex.raw('sum(qr.correct) as correct'));
    const tests = rows as { score: number; questions: number; correct: number }[];
    expect(tests.length).toBeGreaterThan(0);
    for (const test of tests) expect(Math.round((1000 * Number(test.correct)) / Number(test.questions)) / 10).toBe(Number(test.score));
  });

  it('merges some SMEs into others and leaves no support on a merged one', async () => {
    expect(await knex('sme').whereNotNull('merged_into_id').count({ n: '*' })).toEqual([{ n: 10 }]);
    expect(await knex({ ss: 'sme_support' }).join({ s: 'sme' }, 's.id', 'ss.sme_id').whereNotNull('s.merged_into_id').count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('leaves a database as migrated: same indexes, every foreign key and row sound', async () => {
    const indexes = (db: Knex) => db('sqlite_master').where('type', 'index').whereNotNull('sql').orderBy('name').pluck('sql') as Promise<string[]>;
    const fresh = await openOrm({ kind: 'sqlite', path: join(dir, 'fresh.db') });
    try {
      await migrate(fresh);
      expect(await indexes(knex)).toEqual(await indexes((fresh.em as SqlEntityManager).getKnex()));
    } finally {
      await fresh.close(true);
    }
    expect(await knex.raw('pragma foreign_key_check')).toEqual([]);
    expect(await knex.raw('pragma integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  });

  it('writes the same programme every time', async () => {
    const again = await generateReportsProgramme({ path: join(dir, 'again.db'), people: 50 });
    expect(again.counts).toEqual(result.counts);
    const other = await openOrm({ kind: 'sqlite', path: again.path });
    try {
      const sample = (db: Knex) => db('attendance_record').orderBy('id').limit(20).select('id', 'session_id', 'enrolment_id', 'status');
      expect(await sample((other.em as SqlEntityManager).getKnex())).toEqual(await sample(knex));
    } finally {
      await other.close(true);
    }
  });
});

import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { projectRoot } from '../../common/paths';
import { readContent } from '../../content/content-reader';
import { syncContent } from '../../content/content-sync';
import { migrate, openOrm } from '../../database/orm';
import { loadSeeds } from '../../seeds/seed-loader';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import {
  COHORT_ITEMS,
  COHORT_ITEM_COLUMNS,
  ENROLMENT_FACTS,
  ENROLMENT_FACT_COLUMNS,
  ITEM_PAIRS,
  ITEM_PAIR_COLUMNS,
  PAIR_SUMS,
  SME_REACH,
  SME_REACH_COLUMNS,
  TEST_PAIRS,
  rebuildReportTallies,
} from './tally-rebuild';

/**
 * The report tallies are kept by triggers (docs/decisions/0012-report-tallies.md). Whatever writes
 * the records — the seed loader through the ORM, or plain SQL — every tally row must equal what the
 * set-based queries compute from the records themselves.
 */

const NOW = new Date('2026-03-18T05:00:00Z');

type Row = Record<string, unknown>;

/** Rows as sorted, comparable lines: ids as text, numbers rounded (the databases sum in different orders). */
function lines(rows: Row[], columns: string[]): string[] {
  return rows
    .map((row) =>
      columns
        .map((column) => {
          const value = row[column];
          if (value === null || value === undefined) return '-';
          if (typeof value === 'number' || typeof value === 'bigint' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)))
            return Number(value).toFixed(6);
          if (value instanceof Date) return value.toISOString().slice(0, 10);
          return typeof value === 'string' ? value : JSON.stringify(value);
        })
        .join(' '),
    )
    .sort();
}

async function rows(knex: Knex, sql: string): Promise<Row[]> {
  const result: unknown = await knex.raw(sql);
  return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
}

const TALLY_COLUMNS = [...ENROLMENT_FACT_COLUMNS, 'paired_tests', 'unpaired_tests', 'improved_tests', 'pre_sum', 'post_sum'];
const PAIR_COLUMNS = ['enrolment_id', 'module_id', 'pre_result_id', 'post_result_id', 'pre_pct', 'post_pct'];
const REACH_COLUMNS = SME_REACH_COLUMNS;

/** What the triggers kept, and what the records say, side by side. */
async function kept(knex: Knex) {
  return {
    tallies: lines(await rows(knex, 'select * from enrolment_tally'), TALLY_COLUMNS),
    pairs: lines(await rows(knex, 'select * from test_pair'), PAIR_COLUMNS),
    reach: lines(await rows(knex, 'select * from sme_reach'), REACH_COLUMNS),
    items: lines(await rows(knex, 'select * from item_pair'), ITEM_PAIR_COLUMNS),
    cohortItems: lines(await rows(knex, 'select * from cohort_item'), COHORT_ITEM_COLUMNS),
  };
}

async function computed(knex: Knex) {
  const attended = await rows(knex, ENROLMENT_FACTS);
  const sums = new Map((await rows(knex, PAIR_SUMS)).map((row) => [String(row.enrolment_id), row]));
  return {
    tallies: lines(
      attended.map((row) => ({ ...sums.get(String(row.enrolment_id)), ...row })),
      TALLY_COLUMNS,
    ),
    pairs: lines(await rows(knex, TEST_PAIRS), PAIR_COLUMNS),
    reach: lines(await rows(knex, SME_REACH), REACH_COLUMNS),
    items: lines(await rows(knex, ITEM_PAIRS), ITEM_PAIR_COLUMNS),
    cohortItems: lines(await rows(knex, COHORT_ITEMS), COHORT_ITEM_COLUMNS),
  };
}

async function one(knex: Knex, sql: string, bindings: Knex.RawBinding[] = []): Promise<Row> {
  const result: unknown = await knex.raw(sql, bindings);
  const list = (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
  if (!list[0]) throw new Error(`no row for ${sql}`);
  return list[0];
}

describe('report tallies kept by triggers', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  let knex: Knex;
  const tru = () => (db.target.kind === 'sqlite' ? 1 : true);

  beforeAll(async () => {
    db = await createTestDatabase();
    orm = await openOrm(db.target);
    await migrate(orm);
    await syncContent(orm.em.fork(), readContent(join(projectRoot(), 'content')));
    await loadSeeds(orm.em.fork(), join(projectRoot(), 'seeds'), NOW);
    knex = (orm.em as SqlEntityManager).getKnex();
  });
  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  it('match the records after the demo programme is loaded through the ORM', async () => {
    const now = await kept(knex);
    expect(now.tallies.length).toBe(Number((await one(knex, 'select count(*) as n from enrolment')).n));
    expect(now.pairs.length).toBeGreaterThan(100);
    expect(now.reach.length).toBeGreaterThan(900);
    expect(now.items.length).toBeGreaterThan(1000);
    expect(now.cohortItems.length).toBeGreaterThan(10);
    expect(now).toEqual(await computed(knex));
  });

  it('follow attendance marks and a cancelled session', async () => {
    const mark = await one(
      knex,
      `select ar.id, ar.enrolment_id, ar.session_id from attendance_record ar join training_session ts on ts.id = ar.session_id where ar.status = 'PRESENT' and not ts.cancelled order by ar.id limit 1`,
    );
    const attended = async () =>
      Number(
        (await one(knex, 'select attended_sessions as n from enrolment_tally where enrolment_id = ?', [mark.enrolment_id as string])).n,
      );
    const before = await attended();
    await knex('attendance_record')
      .where('id', mark.id as string)
      .update({ status: 'ABSENT' });
    expect(await attended()).toBe(before - 1);
    await knex('attendance_record')
      .where('id', mark.id as string)
      .update({ status: 'LATE' });
    expect(await attended()).toBe(before);
    await knex('training_session')
      .where('id', mark.session_id as string)
      .update({ cancelled: tru() });
    expect(await attended()).toBe(before - 1);
    await knex('attendance_record')
      .where('id', mark.id as string)
      .delete();
    expect(await attended()).toBe(before - 1);
    expect(await kept(knex)).toEqual(await computed(knex));
  });

  it('follow test attempts, their removal and a change of the maximum score', async () => {
    const post = await one(
      knex,
      `select r.id, r.enrolment_id, r.assessment_id, r.score, a.module_id, a.max_score from assessment_result r join assessment a on a.id = r.assessment_id where a.kind = 'POST_TEST' and r.attempt = 1 and not exists (select 1 from assessment_result r2 where r2.enrolment_id = r.enrolment_id and r2.assessment_id = r.assessment_id and r2.attempt > 1) order by r.id limit 1`,
    );
    const pairOf = () =>
      one(knex, 'select * from test_pair where enrolment_id = ? and module_id = ?', [
        post.enrolment_id as string,
        post.module_id as string,
      ]);
    // A second post-test attempt replaces the first in the pair; removing it brings the first back.
    const second = { ...(await one(knex, 'select * from assessment_result where id = ?', [post.id as string])) };
    const secondId = '00000000-0000-4000-8000-00000000a002';
    await knex('assessment_result').insert({ ...second, id: secondId, attempt: 2, score: 0 });
    expect(Number((await pairOf()).post_pct)).toBe(0);
    expect(String((await pairOf()).post_result_id)).toBe(secondId);
    await knex('assessment_result').where('id', secondId).delete();
    expect(String((await pairOf()).post_result_id)).toBe(String(post.id));
    // A larger maximum score lowers every percent of that test.
    await knex('assessment')
      .where('id', post.assessment_id as string)
      .update({ max_score: Number(post.max_score) * 2 });
    expect(Number((await pairOf()).post_pct)).toBeCloseTo((Number(post.score) * 100) / (Number(post.max_score) * 2), 6);
    expect(await kept(knex)).toEqual(await computed(knex));
  });

  it('follow the answers of paired tests, per question and per cohort', async () => {
    const item = await one(
      knex,
      'select ip.*, tp.pre_result_id, e.cohort_id from item_pair ip join test_pair tp on tp.enrolment_id = ip.enrolment_id and tp.module_id = ip.module_id join enrolment_tally e on e.enrolment_id = ip.enrolment_id order by ip.enrolment_id, ip.question_id limit 1',
    );
    const cohortRight = async () =>
      Number(
        (
          await one(knex, 'select right_before as n from cohort_item where cohort_id = ? and question_id = ?', [
            item.cohort_id as string,
            item.question_id as string,
          ])
        ).n,
      );
    const before = await cohortRight();
    const wasRight = Boolean(Number(item.right_before)) || item.right_before === true;
    await knex('question_response')
      .where({ result_id: item.pre_result_id as string, question_id: item.question_id as string })
      .update({ correct: !wasRight });
    expect(await cohortRight()).toBe(before + (wasRight ? -1 : 1));
    await knex('question_response')
      .where({ result_id: item.pre_result_id as string, question_id: item.question_id as string })
      .delete();
    expect(
      await rows(
        knex,
        `select * from item_pair where enrolment_id = '${String(item.enrolment_id)}' and question_id = '${String(item.question_id)}'`,
      ),
    ).toEqual([]);
    expect(await kept(knex)).toEqual(await computed(knex));
  });

  it('follow SME supports, merges and a withdrawn enrolment', async () => {
    const first = await one(knex, 'select * from sme_reach order by sme_id limit 1');
    const reachOf = async (smeId: string) => {
      const result = await rows(knex, `select * from sme_reach where sme_id = '${smeId}'`);
      return result[0];
    };
    // An earlier support by another participant becomes the first.
    const other = await one(knex, `select id from enrolment where status in ('APPROVED', 'COMPLETED') and id <> ? order by id limit 1`, [
      first.enrolment_id as string,
    ]);
    const supportId = '00000000-0000-4000-8000-00000000b001';
    const stamp = new Date();
    await knex('sme_support').insert({
      id: supportId,
      created_at: stamp,
      updated_at: stamp,
      sme_id: first.sme_id,
      enrolment_id: other.id,
      kind: 'COACHING',
      supported_on: '2001-01-01',
    });
    expect(String((await reachOf(first.sme_id as string))?.support_id)).toBe(supportId);
    await knex('sme_support').where('id', supportId).delete();
    expect(String((await reachOf(first.sme_id as string))?.support_id)).toBe(String(first.support_id));
    // Merged into another SME: its supports move there and it is no longer reached itself.
    const survivor = await one(knex, 'select id from sme where merged_into_id is null and id <> ? order by id limit 1', [
      first.sme_id as string,
    ]);
    await knex('sme_support')
      .where('sme_id', first.sme_id as string)
      .update({ sme_id: survivor.id });
    await knex('sme')
      .where('id', first.sme_id as string)
      .update({ merged_into_id: survivor.id });
    expect(await reachOf(first.sme_id as string)).toBeUndefined();
    expect(await reachOf(survivor.id as string)).toBeDefined();
    // A withdrawn enrolment reaches nobody.
    const leader = await one(knex, 'select enrolment_id from sme_reach order by enrolment_id desc limit 1');
    await knex('enrolment')
      .where('id', leader.enrolment_id as string)
      .update({ status: 'WITHDRAWN' });
    expect(await rows(knex, `select * from sme_reach where enrolment_id = '${String(leader.enrolment_id)}'`)).toEqual([]);
    expect(await kept(knex)).toEqual(await computed(knex));
  });

  it('follow the person, organisation, cohort and enrolment attributes reports split by', async () => {
    const row = await one(
      knex,
      `select enrolment_id, person_id, cohort_id from enrolment_tally where organisation_type is not null order by enrolment_id limit 1`,
    );
    const person = await one(knex, 'select organisation_id, country_code from person where id = ?', [row.person_id as string]);
    const tally = () => one(knex, 'select * from enrolment_tally where enrolment_id = ?', [row.enrolment_id as string]);
    const country = person.country_code === 'VN' ? 'TH' : 'VN';
    await knex('person')
      .where('id', row.person_id as string)
      .update({ country_code: country, gender: 'UNDISCLOSED' });
    expect(await tally()).toMatchObject({ country_code: country, gender: 'UNDISCLOSED' });
    await knex('organisation')
      .where('id', person.organisation_id as string)
      .update({ type: 'BANK' });
    expect((await tally()).organisation_type).toBe('BANK');
    await knex('person')
      .where('id', row.person_id as string)
      .update({ organisation_id: null });
    expect((await tally()).organisation_type).toBeNull();
    await knex('cohort')
      .where('id', row.cohort_id as string)
      .update({ starts_on: '2024-02-01', ends_on: '2024-03-01' });
    expect(lines([await tally()], ['cohort_starts_on', 'cohort_ends_on'])).toEqual(['2024-02-01 2024-03-01']);
    await knex('enrolment')
      .where('id', row.enrolment_id as string)
      .update({ status: 'WITHDRAWN' });
    expect((await tally()).status).toBe('WITHDRAWN');
    expect(await kept(knex)).toEqual(await computed(knex));
  });

  it('are rebuilt from scratch to the same rows', async () => {
    const before = await kept(knex);
    // As the benchmark generator runs it: with the triggers off, which would otherwise redo each row.
    await knex.transaction(async (trx) => {
      if (db.target.kind === 'postgresql') {
        await trx.raw('set local session_replication_role = replica');
        await rebuildReportTallies((sql) => trx.raw(sql));
        return;
      }
      const triggers = await rows(trx, `select name, sql from sqlite_master where type = 'trigger'`);
      for (const trigger of triggers) await trx.raw(`drop trigger "${String(trigger.name)}"`);
      await rebuildReportTallies((sql) => trx.raw(sql));
      for (const trigger of triggers) await trx.raw(String(trigger.sql));
    });
    expect(await kept(knex)).toEqual(before);
  });

  it('have their triggers after every migration', async () => {
    const sqlite = db.target.kind === 'sqlite';
    const names = sqlite
      ? (await rows(knex, `select name from sqlite_master where type = 'trigger'`)).map((row) => String(row.name))
      : (await rows(knex, `select tgname as name from pg_trigger where tgname like '%_report_tally'`)).map((row) => String(row.name));
    expect(names.length).toBe(sqlite ? 30 : 15);
  });
});

import { Migration } from '@mikro-orm/migrations';
import { FIRST_FILL, PARTICIPATING, attended, cohortItems, cohortOf, dims, itemsOfPair, itemOfResponse, pair, percentOf, reach, rollup } from '../../src/database/migration-sql/report-tallies-20261205';

/**
 * Report tallies (docs/decisions/0012-report-tallies.md): per enrolment its status, the attributes
 * reports filter and split by, attendance and paired-test sums; per module the test pairs; per SME
 * its first support. Filled from the records already held and kept true by triggers on every table
 * they derive from, whatever writes to it. The same statements
 * as the SQLite migration, in one PL/pgSQL function per table.
 */
const isTest = (assessment: string) => `exists (select 1 from assessment where id = ${assessment} and kind in ('PRE_TEST', 'POST_TEST'))`;

const FUNCTIONS: [table: string, events: string, body: string][] = [
  [
    'enrolment',
    'insert or delete or update of status, person_id, cohort_id',
    `if tg_op = 'INSERT' then insert into enrolment_tally (enrolment_id) values (new.id); ${dims('e.id = new.id')}
     elsif tg_op = 'DELETE' then delete from enrolment_tally where enrolment_id = old.id; delete from test_pair where enrolment_id = old.id;
     else
       ${dims('e.id = new.id')}
       if (old.status in ${PARTICIPATING}) is distinct from (new.status in ${PARTICIPATING}) then ${reach('select sme_id from sme_support where enrolment_id = new.id')} end if;
     end if;`,
  ],
  ['person', 'update of country_code, gender, target_group, organisation_id', dims('e.person_id = new.id')],
  ['organisation', 'update of type', dims('p.organisation_id = new.id')],
  ['cohort', 'update of course_id, starts_on, ends_on', dims('e.cohort_id = new.id')],
  ['course', 'update of component_id', dims('c.course_id = new.id')],
  [
    'attendance_record',
    'insert or delete or update of status, session_id, enrolment_id',
    `if tg_op <> 'DELETE' then ${attended('enrolment_id = new.enrolment_id')} end if;
     if tg_op <> 'INSERT' then ${attended('enrolment_id = old.enrolment_id')} end if;`,
  ],
  [
    'training_session',
    'update of cancelled',
    `if old.cancelled is distinct from new.cancelled then ${attended('enrolment_id in (select enrolment_id from attendance_record where session_id = new.id)')} end if;`,
  ],
  [
    'assessment_result',
    'insert or delete or update of score, attempt, assessment_id, enrolment_id',
    `if tg_op <> 'INSERT' and ${isTest('old.assessment_id')} then ${pair('old.enrolment_id', 'old.assessment_id')} end if;
     if tg_op <> 'DELETE' and ${isTest('new.assessment_id')} then ${pair('new.enrolment_id', 'new.assessment_id')} end if;`,
  ],
  [
    'assessment',
    'update of max_score',
    `if new.kind in ('PRE_TEST', 'POST_TEST') then
       update test_pair set pre_pct = ${percentOf('pre_result_id')}, post_pct = ${percentOf('post_result_id')} where module_id = new.module_id;
     end if;`,
  ],
  [
    'test_pair',
    'insert or delete or update',
    `if tg_op <> 'DELETE' then ${rollup('new.enrolment_id')} end if;
     if tg_op <> 'INSERT' then ${rollup('old.enrolment_id')} ${itemsOfPair('old.enrolment_id', 'old.module_id')} end if;
     if tg_op <> 'DELETE' then ${itemsOfPair('new.enrolment_id', 'new.module_id')} end if;`,
  ],
  [
    'question_response',
    'insert or delete or update of correct, question_id, result_id',
    `if tg_op <> 'INSERT' then ${itemOfResponse('old.result_id', 'old.question_id')} end if;
     if tg_op <> 'DELETE' then ${itemOfResponse('new.result_id', 'new.question_id')} end if;`,
  ],
  [
    'item_pair',
    'insert or delete or update',
    `if tg_op <> 'INSERT' then ${cohortItems(cohortOf('old.enrolment_id'), 'old.question_id')} end if;
     if tg_op <> 'DELETE' then ${cohortItems(cohortOf('new.enrolment_id'), 'new.question_id')} end if;`,
  ],
  [
    'enrolment_tally',
    'update of status, cohort_id',
    `if old.status is distinct from new.status or old.cohort_id is distinct from new.cohort_id then
       ${cohortItems('old.cohort_id')} ${cohortItems('new.cohort_id')}
     end if;`,
  ],
  [
    'sme_support',
    'insert or delete or update of sme_id, enrolment_id, supported_on, kind',
    `if tg_op <> 'DELETE' then ${reach('new.sme_id')} end if;
     if tg_op <> 'INSERT' then ${reach('old.sme_id')} end if;`,
  ],
  ['sme', 'update of merged_into_id, country_code, province, sector, owner_gender', reach('new.id')],
];

export class Migration20261205105805 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "enrolment_tally" ("enrolment_id" uuid not null, "person_id" uuid null, "cohort_id" uuid null, "course_id" uuid null, "status" text null, "country_code" text null, "gender" text null, "target_group" text null, "organisation_type" text null, "component_code" text null, "cohort_starts_on" date null, "cohort_ends_on" date null, "attended_sessions" int not null default 0, "paired_tests" int not null default 0, "unpaired_tests" int not null default 0, "improved_tests" int not null default 0, "pre_sum" double precision not null default 0, "post_sum" double precision not null default 0, constraint "enrolment_tally_pkey" primary key ("enrolment_id"));`);
    this.addSql(`create index "enrolment_tally_person_id_index" on "enrolment_tally" ("person_id");`);
    this.addSql(`create index "enrolment_tally_cohort_id_index" on "enrolment_tally" ("cohort_id");`);

    this.addSql(`create table "sme_reach" ("sme_id" uuid not null, "support_id" uuid not null, "enrolment_id" uuid not null, "person_id" uuid not null, "supported_on" date not null, "kind" text not null, "sme_country_code" text not null, "province" text null, "sector" text not null, "owner_gender" text null, constraint "sme_reach_pkey" primary key ("sme_id"));`);
    this.addSql(`create index "sme_reach_enrolment_id_index" on "sme_reach" ("enrolment_id");`);

    this.addSql(`create table "item_pair" ("enrolment_id" uuid not null, "question_id" uuid not null, "module_id" uuid not null, "right_before" boolean not null, "right_after" boolean not null, constraint "item_pair_pkey" primary key ("enrolment_id", "question_id"));`);

    this.addSql(`create table "cohort_item" ("cohort_id" uuid not null, "question_id" uuid not null, "paired" int not null default 0, "right_before" int not null default 0, "right_after" int not null default 0, constraint "cohort_item_pkey" primary key ("cohort_id", "question_id"));`);

    this.addSql(`create table "test_pair" ("enrolment_id" uuid not null, "module_id" uuid not null, "pre_result_id" uuid null, "post_result_id" uuid null, "pre_pct" double precision null, "post_pct" double precision null, constraint "test_pair_pkey" primary key ("enrolment_id", "module_id"));`);

    this.addSql(`create index "attendance_record_enrolment_id_status_session_id_index" on "attendance_record" ("enrolment_id", "status", "session_id");`);
    this.addSql(`create index "sme_support_sme_id_supported_on_id_index" on "sme_support" ("sme_id", "supported_on", "id");`);
    this.addSql(`create index "training_session_cohort_id_cancelled_starts_at_index" on "training_session" ("cohort_id", "cancelled", "starts_at");`);
    this.addSql(`create index "action_plan_status_enrolment_id_id_index" on "action_plan" ("status", "enrolment_id", "id");`);

    for (const statement of FIRST_FILL) this.addSql(statement);
    for (const [table, events, body] of FUNCTIONS) {
      this.addSql(`create function "${table}_report_tally"() returns trigger language plpgsql as $tally$ begin ${body} return null; end $tally$;`);
      this.addSql(`create trigger "${table}_report_tally" after ${events} on "${table}" for each row execute function "${table}_report_tally"();`);
    }
  }

  override async down(): Promise<void> {
    for (const [table] of FUNCTIONS) {
      this.addSql(`drop trigger if exists "${table}_report_tally" on "${table}";`);
      this.addSql(`drop function if exists "${table}_report_tally"();`);
    }
    this.addSql(`drop table if exists "enrolment_tally" cascade;`);
    this.addSql(`drop table if exists "sme_reach" cascade;`);
    this.addSql(`drop table if exists "test_pair" cascade;`);
    this.addSql(`drop table if exists "item_pair" cascade;`);
    this.addSql(`drop table if exists "cohort_item" cascade;`);
    this.addSql(`drop index "attendance_record_enrolment_id_status_session_id_index";`);
    this.addSql(`drop index "sme_support_sme_id_supported_on_id_index";`);
    this.addSql(`drop index "training_session_cohort_id_cancelled_starts_at_index";`);
    this.addSql(`drop index "action_plan_status_enrolment_id_id_index";`);
  }
}

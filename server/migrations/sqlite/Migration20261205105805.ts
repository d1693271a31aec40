import { Migration } from '@mikro-orm/migrations';
import { FIRST_FILL, PARTICIPATING, attended, cohortItems, cohortOf, dims, isTest, itemsOfPair, itemOfResponse, pair, percentOf, reach, rollup } from '../../src/database/migration-sql/report-tallies-20261205';

/**
 * Report tallies (docs/decisions/0012-report-tallies.md): per enrolment its status, the attributes
 * reports filter and split by, attendance and paired-test sums; per module the test pairs; per SME
 * its first support. Filled from the records already held and kept true by triggers on every table
 * they derive from, whatever writes to it.
 *
 * SQLite rebuilds a table to alter it and drops its triggers with it: a later migration that
 * rebuilds enrolment, person, organisation, cohort, course, attendance_record, training_session,
 * assessment_result, assessment, question_response, sme_support, sme, test_pair, item_pair or
 * enrolment_tally must create that table's triggers again (report-tallies.db-spec.ts
 * checks they all exist).
 */
const TRIGGERS: [name: string, on: string, body: string][] = [
  ['enrolment_tally_open', 'after insert on enrolment', `insert into enrolment_tally (enrolment_id) values (new.id); ${dims('e.id = new.id')}`],
  ['enrolment_dims', 'after update of status, person_id, cohort_id on enrolment', dims('e.id = new.id')],
  ['person_dims', 'after update of country_code, gender, target_group, organisation_id on person', dims('e.person_id = new.id')],
  ['organisation_dims', 'after update of type on organisation', dims('p.organisation_id = new.id')],
  ['cohort_dims', 'after update of course_id, starts_on, ends_on on cohort', dims('e.cohort_id = new.id')],
  ['course_dims', 'after update of component_id on course', dims('c.course_id = new.id')],
  ['enrolment_tally_close', 'after delete on enrolment', `delete from enrolment_tally where enrolment_id = old.id; delete from test_pair where enrolment_id = old.id;`],
  [
    'enrolment_status_reach',
    `after update of status on enrolment when (old.status in ${PARTICIPATING}) <> (new.status in ${PARTICIPATING})`,
    reach('select sme_id from sme_support where enrolment_id = new.id'),
  ],
  ['attendance_tally_insert', 'after insert on attendance_record', attended('enrolment_id = new.enrolment_id')],
  ['attendance_tally_update', 'after update of status, session_id, enrolment_id on attendance_record', attended('enrolment_id in (new.enrolment_id, old.enrolment_id)')],
  ['attendance_tally_delete', 'after delete on attendance_record', attended('enrolment_id = old.enrolment_id')],
  [
    'session_cancel_tally',
    'after update of cancelled on training_session when old.cancelled <> new.cancelled',
    attended('enrolment_id in (select enrolment_id from attendance_record where session_id = new.id)'),
  ],
  ['result_pair_insert', `after insert on assessment_result when ${isTest('new.assessment_id')}`, pair('new.enrolment_id', 'new.assessment_id')],
  [
    'result_pair_update',
    `after update of score, attempt, assessment_id, enrolment_id on assessment_result when ${isTest('new.assessment_id')} or ${isTest('old.assessment_id')}`,
    pair('old.enrolment_id', 'old.assessment_id') + pair('new.enrolment_id', 'new.assessment_id'),
  ],
  ['result_pair_delete', `after delete on assessment_result when ${isTest('old.assessment_id')}`, pair('old.enrolment_id', 'old.assessment_id')],
  [
    'assessment_max_score_pair',
    `after update of max_score on assessment when new.kind in ('PRE_TEST', 'POST_TEST')`,
    `update test_pair set pre_pct = ${percentOf('pre_result_id')}, post_pct = ${percentOf('post_result_id')} where module_id = new.module_id;`,
  ],
  ['test_pair_insert', 'after insert on test_pair', rollup('new.enrolment_id') + itemsOfPair('new.enrolment_id', 'new.module_id')],
  [
    'test_pair_update',
    'after update on test_pair',
    rollup('new.enrolment_id') + itemsOfPair('old.enrolment_id', 'old.module_id') + itemsOfPair('new.enrolment_id', 'new.module_id'),
  ],
  ['test_pair_delete', 'after delete on test_pair', rollup('old.enrolment_id') + itemsOfPair('old.enrolment_id', 'old.module_id')],
  ['question_response_insert', 'after insert on question_response', itemOfResponse('new.result_id', 'new.question_id')],
  ['question_response_update', 'after update of correct, question_id, result_id on question_response', itemOfResponse('old.result_id', 'old.question_id') + itemOfResponse('new.result_id', 'new.question_id')],
  ['question_response_delete', 'after delete on question_response', itemOfResponse('old.result_id', 'old.question_id')],
  ['item_pair_insert', 'after insert on item_pair', cohortItems(cohortOf('new.enrolment_id'), 'new.question_id')],
  [
    'item_pair_update',
    'after update on item_pair',
    cohortItems(cohortOf('old.enrolment_id'), 'old.question_id') + cohortItems(cohortOf('new.enrolment_id'), 'new.question_id'),
  ],
  ['item_pair_delete', 'after delete on item_pair', cohortItems(cohortOf('old.enrolment_id'), 'old.question_id')],
  [
    'enrolment_tally_cohort_items',
    'after update of status, cohort_id on enrolment_tally when old.status is not new.status or old.cohort_id is not new.cohort_id',
    cohortItems('old.cohort_id') + cohortItems('new.cohort_id'),
  ],
  ['sme_support_reach_insert', 'after insert on sme_support', reach('new.sme_id')],
  ['sme_support_reach_update', 'after update of sme_id, enrolment_id, supported_on, kind on sme_support', reach('new.sme_id, old.sme_id')],
  ['sme_support_reach_delete', 'after delete on sme_support', reach('old.sme_id')],
  ['sme_reach_update', 'after update of merged_into_id, country_code, province, sector, owner_gender on sme', reach('new.id')],
];

export class Migration20261205105805 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table \`enrolment_tally\` (\`enrolment_id\` text not null, \`person_id\` text null, \`cohort_id\` text null, \`course_id\` text null, \`status\` text null, \`country_code\` text null, \`gender\` text null, \`target_group\` text null, \`organisation_type\` text null, \`component_code\` text null, \`cohort_starts_on\` date null, \`cohort_ends_on\` date null, \`attended_sessions\` integer not null default 0, \`paired_tests\` integer not null default 0, \`unpaired_tests\` integer not null default 0, \`improved_tests\` integer not null default 0, \`pre_sum\` double not null default 0, \`post_sum\` double not null default 0, primary key (\`enrolment_id\`));`);
    this.addSql(`create index \`enrolment_tally_person_id_index\` on \`enrolment_tally\` (\`person_id\`);`);
    this.addSql(`create index \`enrolment_tally_cohort_id_index\` on \`enrolment_tally\` (\`cohort_id\`);`);

    this.addSql(`create table \`sme_reach\` (\`sme_id\` text not null, \`support_id\` text not null, \`enrolment_id\` text not null, \`person_id\` text not null, \`supported_on\` date not null, \`kind\` text not null, \`sme_country_code\` text not null, \`province\` text null, \`sector\` text not null, \`owner_gender\` text null, primary key (\`sme_id\`));`);
    this.addSql(`create index \`sme_reach_enrolment_id_index\` on \`sme_reach\` (\`enrolment_id\`);`);

    this.addSql(`create table \`item_pair\` (\`enrolment_id\` text not null, \`question_id\` text not null, \`module_id\` text not null, \`right_before\` integer not null, \`right_after\` integer not null, primary key (\`enrolment_id\`, \`question_id\`));`);

    this.addSql(`create table \`cohort_item\` (\`cohort_id\` text not null, \`question_id\` text not null, \`paired\` integer not null default 0, \`right_before\` integer not null default 0, \`right_after\` integer not null default 0, primary key (\`cohort_id\`, \`question_id\`));`);

    this.addSql(`create table \`test_pair\` (\`enrolment_id\` text not null, \`module_id\` text not null, \`pre_result_id\` text null, \`post_result_id\` text null, \`pre_pct\` double null, \`post_pct\` double null, primary key (\`enrolment_id\`, \`module_id\`));`);

    // The tallies' own reads (one enrolment's marks by status, one SME's supports in date order) and
    // the dashboard's (sessions held per cohort, plans by status).
    this.addSql(`create index \`attendance_record_enrolment_id_status_session_id_index\` on \`attendance_record\` (\`enrolment_id\`, \`status\`, \`session_id\`);`);
    this.addSql(`create index \`sme_support_sme_id_supported_on_id_index\` on \`sme_support\` (\`sme_id\`, \`supported_on\`, \`id\`);`);
    this.addSql(`create index \`training_session_cohort_id_cancelled_starts_at_index\` on \`training_session\` (\`cohort_id\`, \`cancelled\`, \`starts_at\`);`);
    this.addSql(`create index \`action_plan_status_enrolment_id_id_index\` on \`action_plan\` (\`status\`, \`enrolment_id\`, \`id\`);`);

    for (const statement of FIRST_FILL) this.addSql(statement);
    for (const [name, on, body] of TRIGGERS) this.addSql(`create trigger \`${name}\` ${on} begin ${body} end;`);
  }
}


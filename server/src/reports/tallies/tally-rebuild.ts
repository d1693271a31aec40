/**
 * The report tallies computed from scratch, set-based: what the triggers keep row by row
 * (docs/decisions/0012-report-tallies.md). The benchmark generator loads records with the triggers
 * off and then calls `rebuildReportTallies`; the tests compare what the triggers kept with these
 * queries. The migration that created the tallies holds its own copy, as migrations do.
 */

const ATTENDED = `('PRESENT', 'LATE')`;
const PARTICIPATING = `('APPROVED', 'COMPLETED')`;

/**
 * Per enrolment: its status and the attributes reports filter and split by, and attended_sessions
 * (PRESENT or LATE marks on sessions not cancelled).
 */
export const ENROLMENT_FACTS = `
  select e.id as enrolment_id, e.person_id, e.cohort_id, c.course_id, e.status, p.country_code, p.gender, p.target_group,
    o.type as organisation_type, cp.code as component_code, c.starts_on as cohort_starts_on, c.ends_on as cohort_ends_on, (
      select count(*) from attendance_record ar join training_session ts on ts.id = ar.session_id
      where ar.enrolment_id = e.id and ar.status in ${ATTENDED} and not ts.cancelled) as attended_sessions
  from enrolment e join person p on p.id = e.person_id join cohort c on c.id = e.cohort_id
    join course co on co.id = c.course_id join programme_component cp on cp.id = co.component_id
    left join organisation o on o.id = p.organisation_id`;

export const ENROLMENT_FACT_COLUMNS = [
  'enrolment_id',
  'person_id',
  'cohort_id',
  'course_id',
  'status',
  'country_code',
  'gender',
  'target_group',
  'organisation_type',
  'component_code',
  'cohort_starts_on',
  'cohort_ends_on',
  'attended_sessions',
];

/** Per enrolment and module with a test: the first pre-test attempt and the last post-test attempt. */
export const TEST_PAIRS = `
  with ranked as (
    select r.id, r.enrolment_id, a.module_id, a.kind, r.score * 100.0 / nullif(a.max_score, 0) as pct,
      row_number() over (partition by r.enrolment_id, a.module_id, a.kind
        order by case when a.kind = 'PRE_TEST' then r.attempt else -r.attempt end, r.id) as rn
    from assessment_result r join assessment a on a.id = r.assessment_id
    where a.kind in ('PRE_TEST', 'POST_TEST')),
  firsts as (select * from ranked where rn = 1),
  pairs as (select distinct enrolment_id, module_id from firsts)
  select p.enrolment_id, p.module_id, pre.id as pre_result_id, post.id as post_result_id, pre.pct as pre_pct, post.pct as post_pct
  from pairs p
  left join firsts pre on pre.enrolment_id = p.enrolment_id and pre.module_id = p.module_id and pre.kind = 'PRE_TEST'
  left join firsts post on post.enrolment_id = p.enrolment_id and post.module_id = p.module_id and post.kind = 'POST_TEST'`;

/** Per enrolment: the sums of its test pairs. */
export const PAIR_SUMS = `
  select e.id as enrolment_id,
    count(case when t.pre_pct is not null and t.post_pct is not null then 1 end) as paired_tests,
    count(case when (t.pre_pct is null) <> (t.post_pct is null) then 1 end) as unpaired_tests,
    count(case when t.pre_pct is not null and t.post_pct is not null and t.post_pct > t.pre_pct then 1 end) as improved_tests,
    coalesce(sum(case when t.pre_pct is not null and t.post_pct is not null then t.pre_pct end), 0) as pre_sum,
    coalesce(sum(case when t.pre_pct is not null and t.post_pct is not null then t.post_pct end), 0) as post_sum
  from enrolment e left join test_pair t on t.enrolment_id = e.id
  group by e.id`;

export const SME_REACH_COLUMNS = [
  'sme_id',
  'support_id',
  'enrolment_id',
  'person_id',
  'supported_on',
  'kind',
  'sme_country_code',
  'province',
  'sector',
  'owner_gender',
];

/** Per SME reached: its first standing support by a participating enrolment, with the leader and the SME's attributes. */
export const SME_REACH = `
  select sme_id, id as support_id, enrolment_id, person_id, supported_on, kind, country_code as sme_country_code, province, sector, owner_gender from (
    select ss.sme_id, ss.id, ss.enrolment_id, e.person_id, ss.supported_on, ss.kind, s.country_code, s.province, s.sector, s.owner_gender,
      row_number() over (partition by ss.sme_id order by ss.supported_on, ss.id) as n
    from sme_support ss join sme s on s.id = ss.sme_id join enrolment e on e.id = ss.enrolment_id
    where s.merged_into_id is null and e.status in ${PARTICIPATING}) f
  where n = 1`;

/** Per test pair and question asked in both tests: right before, right after. */
export const ITEM_PAIRS = `
  select tp.enrolment_id, b.question_id, tp.module_id, b.correct as right_before, a.correct as right_after
  from test_pair tp join question_response b on b.result_id = tp.pre_result_id
    join question_response a on a.result_id = tp.post_result_id and a.question_id = b.question_id`;

export const ITEM_PAIR_COLUMNS = ['enrolment_id', 'question_id', 'module_id', 'right_before', 'right_after'];

/** Per cohort and question: the item pairs of its participating enrolments, summed. */
export const COHORT_ITEMS = `
  select e.cohort_id, ip.question_id, count(*) as paired,
    count(case when ip.right_before then 1 end) as right_before, count(case when ip.right_after then 1 end) as right_after
  from item_pair ip join enrolment_tally e on e.enrolment_id = ip.enrolment_id
  where e.status in ${PARTICIPATING}
  group by e.cohort_id, ip.question_id`;

export const COHORT_ITEM_COLUMNS = ['cohort_id', 'question_id', 'paired', 'right_before', 'right_after'];

/** Empties and refills every tally through `run`; with the tally triggers off (they would redo the work row by row). */
export async function rebuildReportTallies(run: (sql: string) => Promise<unknown>): Promise<void> {
  await run('delete from cohort_item');
  await run('delete from item_pair');
  await run('delete from sme_reach');
  await run('delete from test_pair');
  await run('delete from enrolment_tally');
  await run(`insert into enrolment_tally (${ENROLMENT_FACT_COLUMNS.join(', ')}) ${ENROLMENT_FACTS}`);
  await run(`insert into test_pair (enrolment_id, module_id, pre_result_id, post_result_id, pre_pct, post_pct) ${TEST_PAIRS}`);
  await run(`
    update enrolment_tally set
      paired_tests = s.paired_tests, unpaired_tests = s.unpaired_tests, improved_tests = s.improved_tests,
      pre_sum = s.pre_sum, post_sum = s.post_sum
    from (${PAIR_SUMS}) s where s.enrolment_id = enrolment_tally.enrolment_id`);
  await run(`insert into sme_reach (${SME_REACH_COLUMNS.join(', ')}) ${SME_REACH}`);
  await run(`insert into item_pair (${ITEM_PAIR_COLUMNS.join(', ')}) ${ITEM_PAIRS}`);
  await run(`insert into cohort_item (${COHORT_ITEM_COLUMNS.join(', ')}) ${COHORT_ITEMS}`);
}

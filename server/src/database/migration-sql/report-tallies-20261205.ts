/**
 * The SQL of the report tallies as of migration 20261205105805 (SQLite and
 * PostgreSQL): statement templates the triggers of both databases share, and the first fill.
 * Frozen with those migrations: a later change to the tallies goes in a new migration and a new file.
 * The live set-based queries are in server/src/reports/tallies/tally-rebuild.ts.
 */

export const PARTICIPATING = `('APPROVED', 'COMPLETED')`;

/** Recounts attended sessions for the tally rows matching `where`. */
export const attended = (where: string) => `
  update enrolment_tally set attended_sessions = (
    select count(*) from attendance_record ar join training_session ts on ts.id = ar.session_id
    where ar.enrolment_id = enrolment_tally.enrolment_id and ar.status in ('PRESENT', 'LATE') and not ts.cancelled)
  where ${where};`;

/** The test pair of one enrolment and one module, again from its results. */
export const pair = (enrolment: string, assessment: string) => {
  const module = `(select module_id from assessment where id = ${assessment})`;
  const results = (kinds: string) =>
    `from assessment_result r join assessment a on a.id = r.assessment_id where r.enrolment_id = ${enrolment} and a.module_id = ${module} and a.kind in (${kinds})`;
  return `
  delete from test_pair where enrolment_id = ${enrolment} and module_id = ${module};
  insert into test_pair (enrolment_id, module_id, pre_result_id, post_result_id)
    select ${enrolment}, ${module},
      (select r.id ${results(`'PRE_TEST'`)} order by r.attempt, r.id limit 1),
      (select r.id ${results(`'POST_TEST'`)} order by r.attempt desc, r.id limit 1)
    where exists (select 1 ${results(`'PRE_TEST', 'POST_TEST'`)});
  update test_pair set pre_pct = ${percentOf('pre_result_id')}, post_pct = ${percentOf('post_result_id')}
    where enrolment_id = ${enrolment} and module_id = ${module};`;
};

export const isTest = (assessment: string) => `(select kind from assessment where id = ${assessment}) in ('PRE_TEST', 'POST_TEST')`;

/** Sums one enrolment's test pairs into its tally row. */
export const rollup = (enrolment: string) => {
  const both = 't.pre_pct is not null and t.post_pct is not null';
  const over = (expression: string, condition: string) =>
    `(select ${expression} from test_pair t where t.enrolment_id = enrolment_tally.enrolment_id and ${condition})`;
  return `
  update enrolment_tally set
    paired_tests = ${over('count(*)', both)},
    unpaired_tests = ${over('count(*)', '(t.pre_pct is null) <> (t.post_pct is null)')},
    improved_tests = ${over('count(*)', `${both} and t.post_pct > t.pre_pct`)},
    pre_sum = coalesce(${over('sum(t.pre_pct)', both)}, 0),
    post_sum = coalesce(${over('sum(t.post_pct)', both)}, 0)
  where enrolment_id = ${enrolment};`;
};

/** Each SME in `smes` (a subquery or a value list) gets its first standing support again. */
export const reach = (smes: string) => `
  delete from sme_reach where sme_id in (${smes});
  insert into sme_reach (sme_id, support_id, enrolment_id, person_id, supported_on, kind, sme_country_code, province, sector, owner_gender)
    select sme_id, id, enrolment_id, person_id, supported_on, kind, country_code, province, sector, owner_gender from (
      select ss.sme_id, ss.id, ss.enrolment_id, e.person_id, ss.supported_on, ss.kind, s.country_code, s.province, s.sector, s.owner_gender,
        row_number() over (partition by ss.sme_id order by ss.supported_on, ss.id) as n
      from sme_support ss join sme s on s.id = ss.sme_id join enrolment e on e.id = ss.enrolment_id
      where ss.sme_id in (${smes}) and s.merged_into_id is null and e.status in ${PARTICIPATING}) f
    where n = 1;`;

/** Copies the enrolment's status and its person's, organisation's, cohort's and component's attributes to the tally rows `where` selects (over e, p, o, c, co, cp). */
export const dims = (where: string) => `
  update enrolment_tally set
    person_id = x.person_id, cohort_id = x.cohort_id, course_id = x.course_id, status = x.status,
    country_code = x.country_code, gender = x.gender, target_group = x.target_group,
    organisation_type = x.organisation_type, component_code = x.component_code,
    cohort_starts_on = x.starts_on, cohort_ends_on = x.ends_on
  from (
    select e.id, e.person_id, e.cohort_id, c.course_id, e.status, p.country_code, p.gender, p.target_group,
      o.type as organisation_type, cp.code as component_code, c.starts_on, c.ends_on
    from enrolment e join person p on p.id = e.person_id join cohort c on c.id = e.cohort_id
      join course co on co.id = c.course_id join programme_component cp on cp.id = co.component_id
      left join organisation o on o.id = p.organisation_id
    where ${where}) x
  where x.id = enrolment_tally.enrolment_id;`;

/** The item pairs of one test pair (enrolment, module), again from its two results' responses. */
export const itemsOfPair = (enrolment: string, module: string) => `
  delete from item_pair where enrolment_id = ${enrolment} and module_id = ${module};
  ${insertItems(`tp.enrolment_id = ${enrolment} and tp.module_id = ${module}`)}`;

/** The item pair of one answer (a question of a result), again from the pair of the result's enrolment. */
export const itemOfResponse = (result: string, question: string) => {
  const enrolment = `(select enrolment_id from assessment_result where id = ${result})`;
  return `
  delete from item_pair where enrolment_id = ${enrolment} and question_id = ${question};
  ${insertItems(`tp.enrolment_id = ${enrolment} and b.question_id = ${question}`)}`;
};

const insertItems = (where: string) => `
  insert into item_pair (enrolment_id, question_id, module_id, right_before, right_after)
    select tp.enrolment_id, b.question_id, tp.module_id, b.correct, a.correct
    from test_pair tp join question_response b on b.result_id = tp.pre_result_id
      join question_response a on a.result_id = tp.post_result_id and a.question_id = b.question_id
    where ${where};`;

/** One cohort's sums for one question (`question` given) or for all its questions, again from the item pairs of its participants. */
export const cohortItems = (cohort: string, question?: string) => `
  delete from cohort_item where cohort_id = ${cohort}${question ? ` and question_id = ${question}` : ''};
  insert into cohort_item (cohort_id, question_id, paired, right_before, right_after)
    select e.cohort_id, ip.question_id, count(*), count(case when ip.right_before then 1 end), count(case when ip.right_after then 1 end)
    from item_pair ip join enrolment_tally e on e.enrolment_id = ip.enrolment_id
    where e.cohort_id = ${cohort}${question ? ` and ip.question_id = ${question}` : ''} and e.status in ${PARTICIPATING}
    group by e.cohort_id, ip.question_id;`;

/** The cohort of an enrolment, from its tally row. */
export const cohortOf = (enrolment: string) => `(select cohort_id from enrolment_tally where enrolment_id = ${enrolment})`;

/** The percent score of the result a test_pair column points at. */
export const percentOf = (column: string) =>
  `(select r.score * 100.0 / nullif(a.max_score, 0) from assessment_result r join assessment a on a.id = r.assessment_id where r.id = test_pair.${column})`;

/** Fills the tallies from the records already held, before the triggers exist. */
export const FIRST_FILL = [
  `insert into enrolment_tally (enrolment_id, attended_sessions)
     select e.id, (select count(*) from attendance_record ar join training_session ts on ts.id = ar.session_id
       where ar.enrolment_id = e.id and ar.status in ('PRESENT', 'LATE') and not ts.cancelled) from enrolment e;`,
  dims('1 = 1'),
  `insert into test_pair (enrolment_id, module_id, pre_result_id, post_result_id, pre_pct, post_pct)
     with ranked as (
       select r.id, r.enrolment_id, a.module_id, a.kind, r.score * 100.0 / nullif(a.max_score, 0) as pct,
         row_number() over (partition by r.enrolment_id, a.module_id, a.kind
           order by case when a.kind = 'PRE_TEST' then r.attempt else -r.attempt end, r.id) as rn
       from assessment_result r join assessment a on a.id = r.assessment_id where a.kind in ('PRE_TEST', 'POST_TEST')),
     firsts as (select * from ranked where rn = 1),
     pairs as (select distinct enrolment_id, module_id from firsts)
     select p.enrolment_id, p.module_id, pre.id, post.id, pre.pct, post.pct from pairs p
     left join firsts pre on pre.enrolment_id = p.enrolment_id and pre.module_id = p.module_id and pre.kind = 'PRE_TEST'
     left join firsts post on post.enrolment_id = p.enrolment_id and post.module_id = p.module_id and post.kind = 'POST_TEST';`,
  `update enrolment_tally set
     paired_tests = s.paired, unpaired_tests = s.unpaired, improved_tests = s.improved, pre_sum = s.pre_sum, post_sum = s.post_sum
   from (select t.enrolment_id,
       count(case when t.pre_pct is not null and t.post_pct is not null then 1 end) as paired,
       count(case when (t.pre_pct is null) <> (t.post_pct is null) then 1 end) as unpaired,
       count(case when t.pre_pct is not null and t.post_pct is not null and t.post_pct > t.pre_pct then 1 end) as improved,
       coalesce(sum(case when t.pre_pct is not null and t.post_pct is not null then t.pre_pct end), 0) as pre_sum,
       coalesce(sum(case when t.pre_pct is not null and t.post_pct is not null then t.post_pct end), 0) as post_sum
     from test_pair t group by t.enrolment_id) s
   where s.enrolment_id = enrolment_tally.enrolment_id;`,
  reach('select id from sme'),
  insertItems('1 = 1'),
  `insert into cohort_item (cohort_id, question_id, paired, right_before, right_after)
     select e.cohort_id, ip.question_id, count(*), count(case when ip.right_before then 1 end), count(case when ip.right_after then 1 end)
     from item_pair ip join enrolment_tally e on e.enrolment_id = ip.enrolment_id
     where e.status in ${PARTICIPATING}
     group by e.cohort_id, ip.question_id;`,
];

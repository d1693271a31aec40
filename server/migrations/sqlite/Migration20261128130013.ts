import { Migration } from '@mikro-orm/migrations';

export class Migration20261128130013 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`login_throttle\` (\`key\` text not null, \`failures\` integer not null default 0, \`window_started_at\` datetime not null, \`locked_until\` datetime null, primary key (\`key\`));`);

    this.addSql(`create table \`organisation\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`name_key\` text not null, \`type\` text check (\`type\` in ('LOCAL_PRODUCTION_GROUP', 'SME_ASSOCIATION', 'PROVINCIAL_SME_PROMOTION_OFFICE', 'GOVERNMENT', 'CHAMBER_OF_COMMERCE', 'BUSINESS_ASSOCIATION', 'BANK', 'LOGISTICS_PROVIDER', 'TRAINING_INSTITUTE', 'OTHER')) not null, \`country_code\` text not null, \`province\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`organisation_country_code_index\` on \`organisation\` (\`country_code\`);`);
    this.addSql(`create unique index \`organisation_name_key_country_code_unique\` on \`organisation\` (\`name_key\`, \`country_code\`);`);

    this.addSql(`create table \`person\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`full_name\` text not null, \`native_name\` text null, \`gender\` text check (\`gender\` in ('FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED')) not null, \`country_code\` text not null, \`province\` text null, \`organisation_id\` text null, \`position\` text null, \`target_group\` text check (\`target_group\` in ('SME_LEADER', 'BDS_PROVIDER', 'GOVERNMENT_OFFICIAL', 'TRAINER', 'PROGRAMME_STAFF', 'OTHER')) not null, \`email\` text null, \`phone\` text null, \`search_text\` text not null default '', constraint \`person_organisation_id_foreign\` foreign key(\`organisation_id\`) references \`organisation\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`person_country_code_index\` on \`person\` (\`country_code\`);`);
    this.addSql(`create index \`person_organisation_id_index\` on \`person\` (\`organisation_id\`);`);
    this.addSql(`create unique index \`person_email_unique\` on \`person\` (\`email\`);`);
    this.addSql(`create index \`person_search_text_index\` on \`person\` (\`search_text\`);`);

    this.addSql(`create table \`programme\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`slug\` text not null, \`title\` text not null, \`institute\` text not null, \`donor\` text null, \`starts_on\` date null, \`ends_on\` date null, primary key (\`id\`));`);
    this.addSql(`create unique index \`programme_slug_unique\` on \`programme\` (\`slug\`);`);

    this.addSql(`create table \`programme_component\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`programme_id\` text not null, \`code\` text not null, \`title\` json not null, constraint \`programme_component_programme_id_foreign\` foreign key(\`programme_id\`) references \`programme\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`programme_component_programme_id_index\` on \`programme_component\` (\`programme_id\`);`);
    this.addSql(`create unique index \`programme_component_programme_id_code_unique\` on \`programme_component\` (\`programme_id\`, \`code\`);`);

    this.addSql(`create table \`course\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`slug\` text not null, \`component_id\` text not null, \`title\` json not null, \`summary\` json not null, \`completion_rules\` json not null, \`content_hash\` text not null, constraint \`course_component_id_foreign\` foreign key(\`component_id\`) references \`programme_component\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`course_slug_unique\` on \`course\` (\`slug\`);`);
    this.addSql(`create index \`course_component_id_index\` on \`course\` (\`component_id\`);`);

    this.addSql(`create table \`course_module\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`course_id\` text not null, \`slug\` text not null, \`position\` integer not null default 0, \`hours\` double not null default 0, \`title\` json not null, \`objectives\` json not null, \`body\` json not null, \`content_hash\` text not null default '', \`retired\` integer not null default false, constraint \`course_module_course_id_foreign\` foreign key(\`course_id\`) references \`course\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`course_module_course_id_index\` on \`course_module\` (\`course_id\`);`);
    this.addSql(`create unique index \`course_module_course_id_slug_unique\` on \`course_module\` (\`course_id\`, \`slug\`);`);

    this.addSql(`create table \`assessment\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`module_id\` text not null, \`slug\` text not null, \`kind\` text check (\`kind\` in ('PRE_TEST', 'POST_TEST', 'ASSIGNMENT', 'ACTION_PLAN')) not null, \`title\` json not null, \`max_score\` double not null, \`pass_score\` double not null, \`rubric\` json null, \`max_attempts\` integer not null default 1, \`retired\` integer not null default false, constraint \`assessment_module_id_foreign\` foreign key(\`module_id\`) references \`course_module\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`assessment_module_id_index\` on \`assessment\` (\`module_id\`);`);
    this.addSql(`create unique index \`assessment_module_id_slug_unique\` on \`assessment\` (\`module_id\`, \`slug\`);`);

    this.addSql(`create table \`cohort\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`course_id\` text not null, \`title\` text not null, \`starts_on\` date not null, \`ends_on\` date not null, \`venue\` text null, \`language\` text not null default 'en', \`capacity\` integer not null, \`enrolment_opens_on\` date null, \`enrolment_closes_on\` date null, \`check_in_grace_minutes\` integer not null default 15, \`cancelled\` integer not null default false, constraint \`cohort_course_id_foreign\` foreign key(\`course_id\`) references \`course\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`cohort_course_id_index\` on \`cohort\` (\`course_id\`);`);

    this.addSql(`create table \`question\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`module_id\` text not null, \`key\` text not null, \`type\` text check (\`type\` in ('single', 'multiple')) not null, \`position\` integer not null, \`prompt\` json not null, \`retired\` integer not null default false, constraint \`question_module_id_foreign\` foreign key(\`module_id\`) references \`course_module\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`question_module_id_index\` on \`question\` (\`module_id\`);`);
    this.addSql(`create unique index \`question_module_id_key_unique\` on \`question\` (\`module_id\`, \`key\`);`);

    this.addSql(`create table \`question_choice\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`question_id\` text not null, \`key\` text not null, \`position\` integer not null, \`label\` json not null, \`correct\` integer not null, constraint \`question_choice_question_id_foreign\` foreign key(\`question_id\`) references \`question\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`question_choice_question_id_index\` on \`question_choice\` (\`question_id\`);`);
    this.addSql(`create unique index \`question_choice_question_id_key_unique\` on \`question_choice\` (\`question_id\`, \`key\`);`);

    this.addSql(`create table \`training_session\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`cohort_id\` text not null, \`module_id\` text not null, \`starts_at\` datetime not null, \`ends_at\` datetime not null, \`venue\` text null, \`cancelled\` integer not null default false, \`check_in_code\` text null, \`check_in_opened_at\` datetime null, constraint \`training_session_cohort_id_foreign\` foreign key(\`cohort_id\`) references \`cohort\`(\`id\`) on update cascade, constraint \`training_session_module_id_foreign\` foreign key(\`module_id\`) references \`course_module\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`training_session_cohort_id_index\` on \`training_session\` (\`cohort_id\`);`);
    this.addSql(`create index \`training_session_module_id_index\` on \`training_session\` (\`module_id\`);`);
    this.addSql(`create index \`training_session_starts_at_index\` on \`training_session\` (\`starts_at\`);`);

    this.addSql(`create table \`user_account\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`email\` text not null, \`password_hash\` text not null, \`roles\` json not null, \`active\` integer not null default true, \`person_id\` text null, \`last_signed_in_at\` datetime null, constraint \`user_account_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`user_account_email_unique\` on \`user_account\` (\`email\`);`);
    this.addSql(`create index \`user_account_person_id_index\` on \`user_account\` (\`person_id\`);`);
    this.addSql(`create unique index \`user_account_person_id_unique\` on \`user_account\` (\`person_id\`);`);

    this.addSql(`create table \`user_session\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`token_hash\` text not null, \`user_id\` text not null, \`expires_at\` datetime not null, \`last_seen_at\` datetime not null, \`user_agent\` text null, constraint \`user_session_user_id_foreign\` foreign key(\`user_id\`) references \`user_account\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`user_session_token_hash_unique\` on \`user_session\` (\`token_hash\`);`);
    this.addSql(`create index \`user_session_user_id_index\` on \`user_session\` (\`user_id\`);`);

    this.addSql(`create table \`enrolment\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`cohort_id\` text not null, \`person_id\` text not null, \`status\` text check (\`status\` in ('PENDING', 'APPROVED', 'WAITLISTED', 'REJECTED', 'WITHDRAWN', 'COMPLETED')) not null default 'PENDING', \`motivation\` text null, \`reason\` text null, \`decided_by_id\` text null, \`decided_at\` datetime null, constraint \`enrolment_cohort_id_foreign\` foreign key(\`cohort_id\`) references \`cohort\`(\`id\`) on update cascade, constraint \`enrolment_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade, constraint \`enrolment_decided_by_id_foreign\` foreign key(\`decided_by_id\`) references \`user_account\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`enrolment_cohort_id_index\` on \`enrolment\` (\`cohort_id\`);`);
    this.addSql(`create index \`enrolment_person_id_index\` on \`enrolment\` (\`person_id\`);`);
    this.addSql(`create index \`enrolment_decided_by_id_index\` on \`enrolment\` (\`decided_by_id\`);`);
    this.addSql(`create unique index \`enrolment_cohort_id_person_id_unique\` on \`enrolment\` (\`cohort_id\`, \`person_id\`);`);

    this.addSql(`create table \`cohort_trainer\` (\`cohort_id\` text not null, \`user_id\` text not null, constraint \`cohort_trainer_cohort_id_foreign\` foreign key(\`cohort_id\`) references \`cohort\`(\`id\`) on delete cascade on update cascade, constraint \`cohort_trainer_user_id_foreign\` foreign key(\`user_id\`) references \`user_account\`(\`id\`) on delete cascade on update cascade, primary key (\`cohort_id\`, \`user_id\`));`);
    this.addSql(`create index \`cohort_trainer_cohort_id_index\` on \`cohort_trainer\` (\`cohort_id\`);`);
    this.addSql(`create index \`cohort_trainer_user_id_index\` on \`cohort_trainer\` (\`user_id\`);`);

    this.addSql(`create table \`change_record\` (\`id\` text not null, \`at\` datetime not null, \`actor_id\` text null, \`subject_type\` text not null, \`subject_id\` text not null, \`cohort_id\` text null, \`action\` text not null, \`before\` json null, \`after\` json null, constraint \`change_record_actor_id_foreign\` foreign key(\`actor_id\`) references \`user_account\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`change_record_actor_id_index\` on \`change_record\` (\`actor_id\`);`);
    this.addSql(`create index \`change_record_subject_type_subject_id_index\` on \`change_record\` (\`subject_type\`, \`subject_id\`);`);
    this.addSql(`create index \`change_record_cohort_id_at_index\` on \`change_record\` (\`cohort_id\`, \`at\`);`);

    this.addSql(`create table \`attendance_record\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`session_id\` text not null, \`enrolment_id\` text not null, \`status\` text check (\`status\` in ('PRESENT', 'LATE', 'EXCUSED', 'ABSENT')) not null, \`note\` text null, \`recorded_by_id\` text null, constraint \`attendance_record_session_id_foreign\` foreign key(\`session_id\`) references \`training_session\`(\`id\`) on update cascade, constraint \`attendance_record_enrolment_id_foreign\` foreign key(\`enrolment_id\`) references \`enrolment\`(\`id\`) on update cascade, constraint \`attendance_record_recorded_by_id_foreign\` foreign key(\`recorded_by_id\`) references \`user_account\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`attendance_record_session_id_index\` on \`attendance_record\` (\`session_id\`);`);
    this.addSql(`create index \`attendance_record_enrolment_id_index\` on \`attendance_record\` (\`enrolment_id\`);`);
    this.addSql(`create index \`attendance_record_recorded_by_id_index\` on \`attendance_record\` (\`recorded_by_id\`);`);
    this.addSql(`create unique index \`attendance_record_session_id_enrolment_id_unique\` on \`attendance_record\` (\`session_id\`, \`enrolment_id\`);`);

    this.addSql(`create table \`assessment_result\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`enrolment_id\` text not null, \`assessment_id\` text not null, \`attempt\` integer not null default 1, \`score\` double not null, \`passed\` integer not null, \`answers\` json null, \`feedback\` text null, \`graded_by_id\` text null, constraint \`assessment_result_enrolment_id_foreign\` foreign key(\`enrolment_id\`) references \`enrolment\`(\`id\`) on update cascade, constraint \`assessment_result_assessment_id_foreign\` foreign key(\`assessment_id\`) references \`assessment\`(\`id\`) on update cascade, constraint \`assessment_result_graded_by_id_foreign\` foreign key(\`graded_by_id\`) references \`user_account\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`assessment_result_enrolment_id_index\` on \`assessment_result\` (\`enrolment_id\`);`);
    this.addSql(`create index \`assessment_result_assessment_id_index\` on \`assessment_result\` (\`assessment_id\`);`);
    this.addSql(`create index \`assessment_result_graded_by_id_index\` on \`assessment_result\` (\`graded_by_id\`);`);
    this.addSql(`create unique index \`assessment_result_enrolment_id_assessment_id_attempt_unique\` on \`assessment_result\` (\`enrolment_id\`, \`assessment_id\`, \`attempt\`);`);

    this.addSql(`create table \`action_plan\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`enrolment_id\` text not null, \`module_id\` text null, \`objectives\` text not null, \`activities\` json not null, \`smes\` json not null, \`support_needed\` text null, \`status\` text check (\`status\` in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')) not null default 'DRAFT', \`reviewer_comment\` text null, \`reviewed_by_id\` text null, \`submitted_at\` datetime null, \`reviewed_at\` datetime null, constraint \`action_plan_enrolment_id_foreign\` foreign key(\`enrolment_id\`) references \`enrolment\`(\`id\`) on update cascade, constraint \`action_plan_module_id_foreign\` foreign key(\`module_id\`) references \`course_module\`(\`id\`) on delete set null on update cascade, constraint \`action_plan_reviewed_by_id_foreign\` foreign key(\`reviewed_by_id\`) references \`user_account\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`action_plan_enrolment_id_index\` on \`action_plan\` (\`enrolment_id\`);`);
    this.addSql(`create index \`action_plan_module_id_index\` on \`action_plan\` (\`module_id\`);`);
    this.addSql(`create index \`action_plan_reviewed_by_id_index\` on \`action_plan\` (\`reviewed_by_id\`);`);

    this.addSql(`create table \`progress_report\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`action_plan_id\` text not null, \`reported_on\` date not null, \`done\` text not null, \`results\` text null, \`challenges\` text null, \`smes_reached\` integer not null default 0, constraint \`progress_report_action_plan_id_foreign\` foreign key(\`action_plan_id\`) references \`action_plan\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`progress_report_action_plan_id_index\` on \`progress_report\` (\`action_plan_id\`);`);
  }

}

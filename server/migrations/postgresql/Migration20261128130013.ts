import { Migration } from '@mikro-orm/migrations';

export class Migration20261128130013 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "login_throttle" ("key" varchar(255) not null, "failures" int not null default 0, "window_started_at" timestamptz not null, "locked_until" timestamptz null, constraint "login_throttle_pkey" primary key ("key"));`);

    this.addSql(`create table "organisation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(255) not null, "name_key" varchar(255) not null, "type" text check ("type" in ('LOCAL_PRODUCTION_GROUP', 'SME_ASSOCIATION', 'PROVINCIAL_SME_PROMOTION_OFFICE', 'GOVERNMENT', 'CHAMBER_OF_COMMERCE', 'BUSINESS_ASSOCIATION', 'BANK', 'LOGISTICS_PROVIDER', 'TRAINING_INSTITUTE', 'OTHER')) not null, "country_code" varchar(2) not null, "province" varchar(255) null, constraint "organisation_pkey" primary key ("id"));`);
    this.addSql(`create index "organisation_country_code_index" on "organisation" ("country_code");`);
    this.addSql(`alter table "organisation" add constraint "organisation_name_key_country_code_unique" unique ("name_key", "country_code");`);

    this.addSql(`create table "person" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "full_name" varchar(255) not null, "native_name" varchar(255) null, "gender" text check ("gender" in ('FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED')) not null, "country_code" varchar(2) not null, "province" varchar(255) null, "organisation_id" uuid null, "position" varchar(255) null, "target_group" text check ("target_group" in ('SME_LEADER', 'BDS_PROVIDER', 'GOVERNMENT_OFFICIAL', 'TRAINER', 'PROGRAMME_STAFF', 'OTHER')) not null, "email" varchar(255) null, "phone" varchar(255) null, "search_text" text not null default '', constraint "person_pkey" primary key ("id"));`);
    this.addSql(`create index "person_country_code_index" on "person" ("country_code");`);
    this.addSql(`alter table "person" add constraint "person_email_unique" unique ("email");`);
    this.addSql(`create index "person_search_text_index" on "person" ("search_text");`);

    this.addSql(`create table "programme" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "slug" varchar(255) not null, "title" varchar(255) not null, "institute" varchar(255) not null, "donor" varchar(255) null, "starts_on" date null, "ends_on" date null, constraint "programme_pkey" primary key ("id"));`);
    this.addSql(`alter table "programme" add constraint "programme_slug_unique" unique ("slug");`);

    this.addSql(`create table "programme_component" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "programme_id" uuid not null, "code" varchar(4) not null, "title" jsonb not null, constraint "programme_component_pkey" primary key ("id"));`);
    this.addSql(`alter table "programme_component" add constraint "programme_component_programme_id_code_unique" unique ("programme_id", "code");`);

    this.addSql(`create table "course" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "slug" varchar(255) not null, "component_id" uuid not null, "title" jsonb not null, "summary" jsonb not null, "completion_rules" jsonb not null, "content_hash" varchar(255) not null, constraint "course_pkey" primary key ("id"));`);
    this.addSql(`alter table "course" add constraint "course_slug_unique" unique ("slug");`);

    this.addSql(`create table "course_module" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "course_id" uuid not null, "slug" varchar(255) not null, "position" int not null default 0, "hours" double precision not null default 0, "title" jsonb not null, "objectives" jsonb not null, "body" jsonb not null, "content_hash" varchar(255) not null default '', "retired" boolean not null default false, constraint "course_module_pkey" primary key ("id"));`);
    this.addSql(`alter table "course_module" add constraint "course_module_course_id_slug_unique" unique ("course_id", "slug");`);

    this.addSql(`create table "assessment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "module_id" uuid not null, "slug" varchar(255) not null, "kind" text check ("kind" in ('PRE_TEST', 'POST_TEST', 'ASSIGNMENT', 'ACTION_PLAN')) not null, "title" jsonb not null, "max_score" double precision not null, "pass_score" double precision not null, "rubric" jsonb null, "max_attempts" int not null default 1, "retired" boolean not null default false, constraint "assessment_pkey" primary key ("id"));`);
    this.addSql(`alter table "assessment" add constraint "assessment_module_id_slug_unique" unique ("module_id", "slug");`);

    this.addSql(`create table "cohort" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "course_id" uuid not null, "title" varchar(255) not null, "starts_on" date not null, "ends_on" date not null, "venue" varchar(255) null, "language" varchar(2) not null default 'en', "capacity" int not null, "enrolment_opens_on" date null, "enrolment_closes_on" date null, "check_in_grace_minutes" int not null default 15, "cancelled" boolean not null default false, constraint "cohort_pkey" primary key ("id"));`);

    this.addSql(`create table "question" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "module_id" uuid not null, "key" varchar(255) not null, "type" text check ("type" in ('single', 'multiple')) not null, "position" int not null, "prompt" jsonb not null, "retired" boolean not null default false, constraint "question_pkey" primary key ("id"));`);
    this.addSql(`alter table "question" add constraint "question_module_id_key_unique" unique ("module_id", "key");`);

    this.addSql(`create table "question_choice" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "question_id" uuid not null, "key" varchar(255) not null, "position" int not null, "label" jsonb not null, "correct" boolean not null, constraint "question_choice_pkey" primary key ("id"));`);
    this.addSql(`alter table "question_choice" add constraint "question_choice_question_id_key_unique" unique ("question_id", "key");`);

    this.addSql(`create table "training_session" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "cohort_id" uuid not null, "module_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "venue" varchar(255) null, "cancelled" boolean not null default false, "check_in_code" varchar(12) null, "check_in_opened_at" timestamptz null, constraint "training_session_pkey" primary key ("id"));`);
    this.addSql(`create index "training_session_starts_at_index" on "training_session" ("starts_at");`);

    this.addSql(`create table "user_account" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(255) not null, "password_hash" text not null, "roles" jsonb not null, "active" boolean not null default true, "person_id" uuid null, "last_signed_in_at" timestamptz null, constraint "user_account_pkey" primary key ("id"));`);
    this.addSql(`alter table "user_account" add constraint "user_account_email_unique" unique ("email");`);
    this.addSql(`alter table "user_account" add constraint "user_account_person_id_unique" unique ("person_id");`);

    this.addSql(`create table "user_session" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "token_hash" varchar(255) not null, "user_id" uuid not null, "expires_at" timestamptz not null, "last_seen_at" timestamptz not null, "user_agent" varchar(512) null, constraint "user_session_pkey" primary key ("id"));`);
    this.addSql(`alter table "user_session" add constraint "user_session_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "enrolment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "cohort_id" uuid not null, "person_id" uuid not null, "status" text check ("status" in ('PENDING', 'APPROVED', 'WAITLISTED', 'REJECTED', 'WITHDRAWN', 'COMPLETED')) not null default 'PENDING', "motivation" text null, "reason" text null, "decided_by_id" uuid null, "decided_at" timestamptz null, constraint "enrolment_pkey" primary key ("id"));`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_cohort_id_person_id_unique" unique ("cohort_id", "person_id");`);

    this.addSql(`create table "cohort_trainer" ("cohort_id" uuid not null, "user_id" uuid not null, constraint "cohort_trainer_pkey" primary key ("cohort_id", "user_id"));`);

    this.addSql(`create table "change_record" ("id" uuid not null, "at" timestamptz not null, "actor_id" uuid null, "subject_type" varchar(255) not null, "subject_id" uuid not null, "cohort_id" uuid null, "action" varchar(255) not null, "before" jsonb null, "after" jsonb null, constraint "change_record_pkey" primary key ("id"));`);
    this.addSql(`create index "change_record_subject_type_subject_id_index" on "change_record" ("subject_type", "subject_id");`);
    this.addSql(`create index "change_record_cohort_id_at_index" on "change_record" ("cohort_id", "at");`);

    this.addSql(`create table "attendance_record" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "session_id" uuid not null, "enrolment_id" uuid not null, "status" text check ("status" in ('PRESENT', 'LATE', 'EXCUSED', 'ABSENT')) not null, "note" text null, "recorded_by_id" uuid null, constraint "attendance_record_pkey" primary key ("id"));`);
    this.addSql(`alter table "attendance_record" add constraint "attendance_record_session_id_enrolment_id_unique" unique ("session_id", "enrolment_id");`);

    this.addSql(`create table "assessment_result" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enrolment_id" uuid not null, "assessment_id" uuid not null, "attempt" int not null default 1, "score" double precision not null, "passed" boolean not null, "answers" jsonb null, "feedback" text null, "graded_by_id" uuid null, constraint "assessment_result_pkey" primary key ("id"));`);
    this.addSql(`alter table "assessment_result" add constraint "assessment_result_enrolment_id_assessment_id_attempt_unique" unique ("enrolment_id", "assessment_id", "attempt");`);

    this.addSql(`create table "action_plan" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enrolment_id" uuid not null, "module_id" uuid null, "objectives" text not null, "activities" jsonb not null, "smes" jsonb not null, "support_needed" text null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')) not null default 'DRAFT', "reviewer_comment" text null, "reviewed_by_id" uuid null, "submitted_at" timestamptz null, "reviewed_at" timestamptz null, constraint "action_plan_pkey" primary key ("id"));`);

    this.addSql(`create table "progress_report" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "action_plan_id" uuid not null, "reported_on" date not null, "done" text not null, "results" text null, "challenges" text null, "smes_reached" int not null default 0, constraint "progress_report_pkey" primary key ("id"));`);

    this.addSql(`alter table "person" add constraint "person_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "programme_component" add constraint "programme_component_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade;`);

    this.addSql(`alter table "course" add constraint "course_component_id_foreign" foreign key ("component_id") references "programme_component" ("id") on update cascade;`);

    this.addSql(`alter table "course_module" add constraint "course_module_course_id_foreign" foreign key ("course_id") references "course" ("id") on update cascade;`);

    this.addSql(`alter table "assessment" add constraint "assessment_module_id_foreign" foreign key ("module_id") references "course_module" ("id") on update cascade;`);

    this.addSql(`alter table "cohort" add constraint "cohort_course_id_foreign" foreign key ("course_id") references "course" ("id") on update cascade;`);

    this.addSql(`alter table "question" add constraint "question_module_id_foreign" foreign key ("module_id") references "course_module" ("id") on update cascade;`);

    this.addSql(`alter table "question_choice" add constraint "question_choice_question_id_foreign" foreign key ("question_id") references "question" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "training_session" add constraint "training_session_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade;`);
    this.addSql(`alter table "training_session" add constraint "training_session_module_id_foreign" foreign key ("module_id") references "course_module" ("id") on update cascade;`);

    this.addSql(`alter table "user_account" add constraint "user_account_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "enrolment" add constraint "enrolment_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade;`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_decided_by_id_foreign" foreign key ("decided_by_id") references "user_account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "cohort_trainer" add constraint "cohort_trainer_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cohort_trainer" add constraint "cohort_trainer_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "change_record" add constraint "change_record_actor_id_foreign" foreign key ("actor_id") references "user_account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "attendance_record" add constraint "attendance_record_session_id_foreign" foreign key ("session_id") references "training_session" ("id") on update cascade;`);
    this.addSql(`alter table "attendance_record" add constraint "attendance_record_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolment" ("id") on update cascade;`);
    this.addSql(`alter table "attendance_record" add constraint "attendance_record_recorded_by_id_foreign" foreign key ("recorded_by_id") references "user_account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "assessment_result" add constraint "assessment_result_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolment" ("id") on update cascade;`);
    this.addSql(`alter table "assessment_result" add constraint "assessment_result_assessment_id_foreign" foreign key ("assessment_id") references "assessment" ("id") on update cascade;`);
    this.addSql(`alter table "assessment_result" add constraint "assessment_result_graded_by_id_foreign" foreign key ("graded_by_id") references "user_account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "action_plan" add constraint "action_plan_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolment" ("id") on update cascade;`);
    this.addSql(`alter table "action_plan" add constraint "action_plan_module_id_foreign" foreign key ("module_id") references "course_module" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "action_plan" add constraint "action_plan_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "user_account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "progress_report" add constraint "progress_report_action_plan_id_foreign" foreign key ("action_plan_id") references "action_plan" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "person" drop constraint "person_organisation_id_foreign";`);

    this.addSql(`alter table "user_account" drop constraint "user_account_person_id_foreign";`);

    this.addSql(`alter table "enrolment" drop constraint "enrolment_person_id_foreign";`);

    this.addSql(`alter table "programme_component" drop constraint "programme_component_programme_id_foreign";`);

    this.addSql(`alter table "course" drop constraint "course_component_id_foreign";`);

    this.addSql(`alter table "course_module" drop constraint "course_module_course_id_foreign";`);

    this.addSql(`alter table "cohort" drop constraint "cohort_course_id_foreign";`);

    this.addSql(`alter table "assessment" drop constraint "assessment_module_id_foreign";`);

    this.addSql(`alter table "question" drop constraint "question_module_id_foreign";`);

    this.addSql(`alter table "training_session" drop constraint "training_session_module_id_foreign";`);

    this.addSql(`alter table "action_plan" drop constraint "action_plan_module_id_foreign";`);

    this.addSql(`alter table "assessment_result" drop constraint "assessment_result_assessment_id_foreign";`);

    this.addSql(`alter table "training_session" drop constraint "training_session_cohort_id_foreign";`);

    this.addSql(`alter table "enrolment" drop constraint "enrolment_cohort_id_foreign";`);

    this.addSql(`alter table "cohort_trainer" drop constraint "cohort_trainer_cohort_id_foreign";`);

    this.addSql(`alter table "question_choice" drop constraint "question_choice_question_id_foreign";`);

    this.addSql(`alter table "attendance_record" drop constraint "attendance_record_session_id_foreign";`);

    this.addSql(`alter table "user_session" drop constraint "user_session_user_id_foreign";`);

    this.addSql(`alter table "enrolment" drop constraint "enrolment_decided_by_id_foreign";`);

    this.addSql(`alter table "cohort_trainer" drop constraint "cohort_trainer_user_id_foreign";`);

    this.addSql(`alter table "change_record" drop constraint "change_record_actor_id_foreign";`);

    this.addSql(`alter table "attendance_record" drop constraint "attendance_record_recorded_by_id_foreign";`);

    this.addSql(`alter table "assessment_result" drop constraint "assessment_result_graded_by_id_foreign";`);

    this.addSql(`alter table "action_plan" drop constraint "action_plan_reviewed_by_id_foreign";`);

    this.addSql(`alter table "attendance_record" drop constraint "attendance_record_enrolment_id_foreign";`);

    this.addSql(`alter table "assessment_result" drop constraint "assessment_result_enrolment_id_foreign";`);

    this.addSql(`alter table "action_plan" drop constraint "action_plan_enrolment_id_foreign";`);

    this.addSql(`alter table "progress_report" drop constraint "progress_report_action_plan_id_foreign";`);

    this.addSql(`drop table if exists "login_throttle" cascade;`);

    this.addSql(`drop table if exists "organisation" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "programme" cascade;`);

    this.addSql(`drop table if exists "programme_component" cascade;`);

    this.addSql(`drop table if exists "course" cascade;`);

    this.addSql(`drop table if exists "course_module" cascade;`);

    this.addSql(`drop table if exists "assessment" cascade;`);

    this.addSql(`drop table if exists "cohort" cascade;`);

    this.addSql(`drop table if exists "question" cascade;`);

    this.addSql(`drop table if exists "question_choice" cascade;`);

    this.addSql(`drop table if exists "training_session" cascade;`);

    this.addSql(`drop table if exists "user_account" cascade;`);

    this.addSql(`drop table if exists "user_session" cascade;`);

    this.addSql(`drop table if exists "enrolment" cascade;`);

    this.addSql(`drop table if exists "cohort_trainer" cascade;`);

    this.addSql(`drop table if exists "change_record" cascade;`);

    this.addSql(`drop table if exists "attendance_record" cascade;`);

    this.addSql(`drop table if exists "assessment_result" cascade;`);

    this.addSql(`drop table if exists "action_plan" cascade;`);

    this.addSql(`drop table if exists "progress_report" cascade;`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261128123547 extends Migration {

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

    this.addSql(`create table "question" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "module_id" uuid not null, "key" varchar(255) not null, "type" text check ("type" in ('single', 'multiple')) not null, "position" int not null, "prompt" jsonb not null, "retired" boolean not null default false, constraint "question_pkey" primary key ("id"));`);
    this.addSql(`alter table "question" add constraint "question_module_id_key_unique" unique ("module_id", "key");`);

    this.addSql(`create table "question_choice" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "question_id" uuid not null, "key" varchar(255) not null, "position" int not null, "label" jsonb not null, "correct" boolean not null, constraint "question_choice_pkey" primary key ("id"));`);
    this.addSql(`alter table "question_choice" add constraint "question_choice_question_id_key_unique" unique ("question_id", "key");`);

    this.addSql(`create table "user_account" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(255) not null, "password_hash" text not null, "roles" jsonb not null, "active" boolean not null default true, "person_id" uuid null, "last_signed_in_at" timestamptz null, constraint "user_account_pkey" primary key ("id"));`);
    this.addSql(`alter table "user_account" add constraint "user_account_email_unique" unique ("email");`);
    this.addSql(`alter table "user_account" add constraint "user_account_person_id_unique" unique ("person_id");`);

    this.addSql(`create table "user_session" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "token_hash" varchar(255) not null, "user_id" uuid not null, "expires_at" timestamptz not null, "last_seen_at" timestamptz not null, "user_agent" varchar(512) null, constraint "user_session_pkey" primary key ("id"));`);
    this.addSql(`alter table "user_session" add constraint "user_session_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "person" add constraint "person_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "programme_component" add constraint "programme_component_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade;`);

    this.addSql(`alter table "course" add constraint "course_component_id_foreign" foreign key ("component_id") references "programme_component" ("id") on update cascade;`);

    this.addSql(`alter table "course_module" add constraint "course_module_course_id_foreign" foreign key ("course_id") references "course" ("id") on update cascade;`);

    this.addSql(`alter table "assessment" add constraint "assessment_module_id_foreign" foreign key ("module_id") references "course_module" ("id") on update cascade;`);

    this.addSql(`alter table "question" add constraint "question_module_id_foreign" foreign key ("module_id") references "course_module" ("id") on update cascade;`);

    this.addSql(`alter table "question_choice" add constraint "question_choice_question_id_foreign" foreign key ("question_id") references "question" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "user_account" add constraint "user_account_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "person" drop constraint "person_organisation_id_foreign";`);

    this.addSql(`alter table "user_account" drop constraint "user_account_person_id_foreign";`);

    this.addSql(`alter table "programme_component" drop constraint "programme_component_programme_id_foreign";`);

    this.addSql(`alter table "course" drop constraint "course_component_id_foreign";`);

    this.addSql(`alter table "course_module" drop constraint "course_module_course_id_foreign";`);

    this.addSql(`alter table "assessment" drop constraint "assessment_module_id_foreign";`);

    this.addSql(`alter table "question" drop constraint "question_module_id_foreign";`);

    this.addSql(`alter table "question_choice" drop constraint "question_choice_question_id_foreign";`);

    this.addSql(`alter table "user_session" drop constraint "user_session_user_id_foreign";`);

    this.addSql(`drop table if exists "login_throttle" cascade;`);

    this.addSql(`drop table if exists "organisation" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "programme" cascade;`);

    this.addSql(`drop table if exists "programme_component" cascade;`);

    this.addSql(`drop table if exists "course" cascade;`);

    this.addSql(`drop table if exists "course_module" cascade;`);

    this.addSql(`drop table if exists "assessment" cascade;`);

    this.addSql(`drop table if exists "question" cascade;`);

    this.addSql(`drop table if exists "question_choice" cascade;`);

    this.addSql(`drop table if exists "user_account" cascade;`);

    this.addSql(`drop table if exists "user_session" cascade;`);
  }

}

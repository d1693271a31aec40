import { Migration } from '@mikro-orm/migrations';

export class Migration20261205074808 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "sme" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(255) not null, "match_name" varchar(255) not null default '', "country_code" varchar(2) not null, "province" varchar(255) null, "sector" text check ("sector" in ('AGRICULTURE_AND_FOOD', 'HANDICRAFTS_AND_TEXTILES', 'MANUFACTURING', 'TRADE_AND_RETAIL', 'TOURISM_AND_HOSPITALITY', 'LOGISTICS_AND_TRANSPORT', 'SERVICES', 'OTHER')) not null, "owner_gender" text check ("owner_gender" in ('FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED')) null, "women_employees" int null, "men_employees" int null, "registration_number" varchar(255) null, "phone" varchar(255) null, "merged_into_id" uuid null, "merged_at" timestamptz null, "created_by_id" uuid null, constraint "sme_pkey" primary key ("id"));`);
    this.addSql(`create index "sme_registration_number_index" on "sme" ("registration_number");`);
    this.addSql(`create index "sme_phone_index" on "sme" ("phone");`);
    this.addSql(`create index "sme_merged_into_id_index" on "sme" ("merged_into_id");`);
    this.addSql(`create index "sme_country_code_match_name_index" on "sme" ("country_code", "match_name");`);

    this.addSql(`create table "sme_distinct_pair" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "first_id" uuid not null, "second_id" uuid not null, "decided_by_id" uuid null, constraint "sme_distinct_pair_pkey" primary key ("id"));`);
    this.addSql(`alter table "sme_distinct_pair" add constraint "sme_distinct_pair_first_id_second_id_unique" unique ("first_id", "second_id");`);

    this.addSql(`create table "question_response" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "result_id" uuid not null, "question_id" uuid not null, "correct" boolean not null, constraint "question_response_pkey" primary key ("id"));`);
    this.addSql(`create index "question_response_question_id_index" on "question_response" ("question_id");`);
    this.addSql(`alter table "question_response" add constraint "question_response_result_id_question_id_unique" unique ("result_id", "question_id");`);

    this.addSql(`create table "sme_support" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "sme_id" uuid not null, "enrolment_id" uuid not null, "progress_report_id" uuid null, "kind" text check ("kind" in ('TRAINING', 'COACHING', 'MARKET_LINKAGE', 'CERTIFICATION', 'FINANCE_ACCESS', 'EXPORT_CONSORTIUM')) not null, "supported_on" date not null, "result" text null, constraint "sme_support_pkey" primary key ("id"));`);
    this.addSql(`create index "sme_support_sme_id_index" on "sme_support" ("sme_id");`);
    this.addSql(`create index "sme_support_enrolment_id_index" on "sme_support" ("enrolment_id");`);
    this.addSql(`create index "sme_support_supported_on_index" on "sme_support" ("supported_on");`);

    this.addSql(`alter table "sme" add constraint "sme_merged_into_id_foreign" foreign key ("merged_into_id") references "sme" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "sme" add constraint "sme_created_by_id_foreign" foreign key ("created_by_id") references "user_account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "sme_distinct_pair" add constraint "sme_distinct_pair_first_id_foreign" foreign key ("first_id") references "sme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "sme_distinct_pair" add constraint "sme_distinct_pair_second_id_foreign" foreign key ("second_id") references "sme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "sme_distinct_pair" add constraint "sme_distinct_pair_decided_by_id_foreign" foreign key ("decided_by_id") references "user_account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "question_response" add constraint "question_response_result_id_foreign" foreign key ("result_id") references "assessment_result" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "question_response" add constraint "question_response_question_id_foreign" foreign key ("question_id") references "question" ("id") on update cascade;`);

    this.addSql(`alter table "sme_support" add constraint "sme_support_sme_id_foreign" foreign key ("sme_id") references "sme" ("id") on update cascade;`);
    this.addSql(`alter table "sme_support" add constraint "sme_support_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolment" ("id") on update cascade;`);
    this.addSql(`alter table "sme_support" add constraint "sme_support_progress_report_id_foreign" foreign key ("progress_report_id") references "progress_report" ("id") on update cascade on delete set null;`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sme" drop constraint "sme_merged_into_id_foreign";`);

    this.addSql(`alter table "sme_distinct_pair" drop constraint "sme_distinct_pair_first_id_foreign";`);

    this.addSql(`alter table "sme_distinct_pair" drop constraint "sme_distinct_pair_second_id_foreign";`);

    this.addSql(`alter table "sme_support" drop constraint "sme_support_sme_id_foreign";`);

    this.addSql(`drop table if exists "sme" cascade;`);

    this.addSql(`drop table if exists "sme_distinct_pair" cascade;`);

    this.addSql(`drop table if exists "question_response" cascade;`);

    this.addSql(`drop table if exists "sme_support" cascade;`);

  }

}

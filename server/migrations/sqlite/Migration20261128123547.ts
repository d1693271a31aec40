import { Migration } from '@mikro-orm/migrations';

export class Migration20261128123547 extends Migration {

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

    this.addSql(`create table \`question\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`module_id\` text not null, \`key\` text not null, \`type\` text check (\`type\` in ('single', 'multiple')) not null, \`position\` integer not null, \`prompt\` json not null, \`retired\` integer not null default false, constraint \`question_module_id_foreign\` foreign key(\`module_id\`) references \`course_module\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`question_module_id_index\` on \`question\` (\`module_id\`);`);
    this.addSql(`create unique index \`question_module_id_key_unique\` on \`question\` (\`module_id\`, \`key\`);`);

    this.addSql(`create table \`question_choice\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`question_id\` text not null, \`key\` text not null, \`position\` integer not null, \`label\` json not null, \`correct\` integer not null, constraint \`question_choice_question_id_foreign\` foreign key(\`question_id\`) references \`question\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`question_choice_question_id_index\` on \`question_choice\` (\`question_id\`);`);
    this.addSql(`create unique index \`question_choice_question_id_key_unique\` on \`question_choice\` (\`question_id\`, \`key\`);`);

    this.addSql(`create table \`user_account\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`email\` text not null, \`password_hash\` text not null, \`roles\` json not null, \`active\` integer not null default true, \`person_id\` text null, \`last_signed_in_at\` datetime null, constraint \`user_account_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`user_account_email_unique\` on \`user_account\` (\`email\`);`);
    this.addSql(`create index \`user_account_person_id_index\` on \`user_account\` (\`person_id\`);`);
    this.addSql(`create unique index \`user_account_person_id_unique\` on \`user_account\` (\`person_id\`);`);

    this.addSql(`create table \`user_session\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`token_hash\` text not null, \`user_id\` text not null, \`expires_at\` datetime not null, \`last_seen_at\` datetime not null, \`user_agent\` text null, constraint \`user_session_user_id_foreign\` foreign key(\`user_id\`) references \`user_account\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`user_session_token_hash_unique\` on \`user_session\` (\`token_hash\`);`);
    this.addSql(`create index \`user_session_user_id_index\` on \`user_session\` (\`user_id\`);`);
  }

}

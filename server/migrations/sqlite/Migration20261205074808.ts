import { Migration } from '@mikro-orm/migrations';

export class Migration20261205074808 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`sme\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`match_name\` text not null default '', \`country_code\` text not null, \`province\` text null, \`sector\` text check (\`sector\` in ('AGRICULTURE_AND_FOOD', 'HANDICRAFTS_AND_TEXTILES', 'MANUFACTURING', 'TRADE_AND_RETAIL', 'TOURISM_AND_HOSPITALITY', 'LOGISTICS_AND_TRANSPORT', 'SERVICES', 'OTHER')) not null, \`owner_gender\` text check (\`owner_gender\` in ('FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED')) null, \`women_employees\` integer null, \`men_employees\` integer null, \`registration_number\` text null, \`phone\` text null, \`merged_into_id\` text null, \`merged_at\` datetime null, \`created_by_id\` text null, constraint \`sme_merged_into_id_foreign\` foreign key(\`merged_into_id\`) references \`sme\`(\`id\`) on delete set null on update cascade, constraint \`sme_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`user_account\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`sme_registration_number_index\` on \`sme\` (\`registration_number\`);`);
    this.addSql(`create index \`sme_phone_index\` on \`sme\` (\`phone\`);`);
    this.addSql(`create index \`sme_merged_into_id_index\` on \`sme\` (\`merged_into_id\`);`);
    this.addSql(`create index \`sme_created_by_id_index\` on \`sme\` (\`created_by_id\`);`);
    this.addSql(`create index \`sme_country_code_match_name_index\` on \`sme\` (\`country_code\`, \`match_name\`);`);

    this.addSql(`create table \`sme_distinct_pair\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`first_id\` text not null, \`second_id\` text not null, \`decided_by_id\` text null, constraint \`sme_distinct_pair_first_id_foreign\` foreign key(\`first_id\`) references \`sme\`(\`id\`) on delete cascade on update cascade, constraint \`sme_distinct_pair_second_id_foreign\` foreign key(\`second_id\`) references \`sme\`(\`id\`) on delete cascade on update cascade, constraint \`sme_distinct_pair_decided_by_id_foreign\` foreign key(\`decided_by_id\`) references \`user_account\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`sme_distinct_pair_first_id_index\` on \`sme_distinct_pair\` (\`first_id\`);`);
    this.addSql(`create index \`sme_distinct_pair_second_id_index\` on \`sme_distinct_pair\` (\`second_id\`);`);
    this.addSql(`create index \`sme_distinct_pair_decided_by_id_index\` on \`sme_distinct_pair\` (\`decided_by_id\`);`);
    this.addSql(`create unique index \`sme_distinct_pair_first_id_second_id_unique\` on \`sme_distinct_pair\` (\`first_id\`, \`second_id\`);`);

    this.addSql(`create table \`question_response\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`result_id\` text not null, \`question_id\` text not null, \`correct\` integer not null, constraint \`question_response_result_id_foreign\` foreign key(\`result_id\`) references \`assessment_result\`(\`id\`) on delete cascade on update cascade, constraint \`question_response_question_id_foreign\` foreign key(\`question_id\`) references \`question\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`question_response_result_id_index\` on \`question_response\` (\`result_id\`);`);
    this.addSql(`create index \`question_response_question_id_index\` on \`question_response\` (\`question_id\`);`);
    this.addSql(`create unique index \`question_response_result_id_question_id_unique\` on \`question_response\` (\`result_id\`, \`question_id\`);`);

    this.addSql(`create table \`sme_support\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`sme_id\` text not null, \`enrolment_id\` text not null, \`progress_report_id\` text null, \`kind\` text check (\`kind\` in ('TRAINING', 'COACHING', 'MARKET_LINKAGE', 'CERTIFICATION', 'FINANCE_ACCESS', 'EXPORT_CONSORTIUM')) not null, \`supported_on\` date not null, \`result\` text null, constraint \`sme_support_sme_id_foreign\` foreign key(\`sme_id\`) references \`sme\`(\`id\`) on update cascade, constraint \`sme_support_enrolment_id_foreign\` foreign key(\`enrolment_id\`) references \`enrolment\`(\`id\`) on update cascade, constraint \`sme_support_progress_report_id_foreign\` foreign key(\`progress_report_id\`) references \`progress_report\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`sme_support_sme_id_index\` on \`sme_support\` (\`sme_id\`);`);
    this.addSql(`create index \`sme_support_enrolment_id_index\` on \`sme_support\` (\`enrolment_id\`);`);
    this.addSql(`create index \`sme_support_progress_report_id_index\` on \`sme_support\` (\`progress_report_id\`);`);
    this.addSql(`create index \`sme_support_supported_on_index\` on \`sme_support\` (\`supported_on\`);`);
  }

}

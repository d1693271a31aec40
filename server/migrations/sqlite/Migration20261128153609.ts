import { Migration } from '@mikro-orm/migrations';

export class Migration20261128153609 extends Migration {

  override async up(): Promise<void> {
    // Only the real changes: MikroORM 6.6.16's spurious rebuilds of tables with enum columns were removed (docs/decisions/0004).
    this.addSql(`create table \`certificate_counter\` (\`key\` text not null, \`last\` integer not null default 0, primary key (\`key\`));`);

    this.addSql(`create table \`certificate\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`enrolment_id\` text not null, \`person_id\` text not null, \`course_id\` text not null, \`serial_prefix\` text not null, \`serial_number\` integer not null, \`serial\` text not null, \`verification_code\` text not null, \`status\` text check (\`status\` in ('VALID', 'REVOKED', 'SUPERSEDED')) not null, \`issued_at\` datetime not null, \`issued_by_id\` text null, \`facts\` json not null, \`pdf_sha256\` text not null, \`status_list_index\` integer not null, \`credential\` text null, \`revoked_at\` datetime null, \`revoked_by_id\` text null, \`revocation_reason\` text null, \`superseded_by_id\` text null, constraint \`certificate_enrolment_id_foreign\` foreign key(\`enrolment_id\`) references \`enrolment\`(\`id\`) on update cascade, constraint \`certificate_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade, constraint \`certificate_course_id_foreign\` foreign key(\`course_id\`) references \`course\`(\`id\`) on update cascade, constraint \`certificate_issued_by_id_foreign\` foreign key(\`issued_by_id\`) references \`user_account\`(\`id\`) on delete set null on update cascade, constraint \`certificate_revoked_by_id_foreign\` foreign key(\`revoked_by_id\`) references \`user_account\`(\`id\`) on delete set null on update cascade, constraint \`certificate_superseded_by_id_foreign\` foreign key(\`superseded_by_id\`) references \`certificate\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`certificate_enrolment_id_index\` on \`certificate\` (\`enrolment_id\`);`);
    this.addSql(`create index \`certificate_person_id_index\` on \`certificate\` (\`person_id\`);`);
    this.addSql(`create index \`certificate_course_id_index\` on \`certificate\` (\`course_id\`);`);
    this.addSql(`create unique index \`certificate_serial_unique\` on \`certificate\` (\`serial\`);`);
    this.addSql(`create unique index \`certificate_verification_code_unique\` on \`certificate\` (\`verification_code\`);`);
    this.addSql(`create index \`certificate_issued_by_id_index\` on \`certificate\` (\`issued_by_id\`);`);
    this.addSql(`create unique index \`certificate_status_list_index_unique\` on \`certificate\` (\`status_list_index\`);`);
    this.addSql(`create index \`certificate_revoked_by_id_index\` on \`certificate\` (\`revoked_by_id\`);`);
    this.addSql(`create index \`certificate_superseded_by_id_index\` on \`certificate\` (\`superseded_by_id\`);`);
    this.addSql(`create unique index \`certificate_serial_prefix_serial_number_unique\` on \`certificate\` (\`serial_prefix\`, \`serial_number\`);`);

    // At most one VALID certificate per enrolment, whatever happens in the application (hand-written: partial index).
    this.addSql(`create unique index \`certificate_one_valid_per_enrolment\` on \`certificate\` (\`enrolment_id\`) where \`status\` = 'VALID';`);

    this.addSql(`alter table \`programme\` add column \`serial_prefix\` text not null default 'CERT';`);
    this.addSql(`alter table \`programme\` add column \`signatories\` json not null default '[]';`);
  }

}

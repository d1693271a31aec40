import { Migration } from '@mikro-orm/migrations';

export class Migration20261128153609 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "certificate_counter" ("key" varchar(40) not null, "last" int not null default 0, constraint "certificate_counter_pkey" primary key ("key"));`);

    this.addSql(`create table "certificate" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enrolment_id" uuid not null, "person_id" uuid not null, "course_id" uuid not null, "serial_prefix" varchar(40) not null, "serial_number" int not null, "serial" varchar(60) not null, "verification_code" varchar(40) not null, "status" text check ("status" in ('VALID', 'REVOKED', 'SUPERSEDED')) not null, "issued_at" timestamptz not null, "issued_by_id" uuid null, "facts" jsonb not null, "pdf_sha256" varchar(64) not null, "status_list_index" int not null, "credential" text null, "revoked_at" timestamptz null, "revoked_by_id" uuid null, "revocation_reason" text null, "superseded_by_id" uuid null, constraint "certificate_pkey" primary key ("id"));`);
    this.addSql(`alter table "certificate" add constraint "certificate_serial_unique" unique ("serial");`);
    this.addSql(`alter table "certificate" add constraint "certificate_verification_code_unique" unique ("verification_code");`);
    this.addSql(`alter table "certificate" add constraint "certificate_status_list_index_unique" unique ("status_list_index");`);
    this.addSql(`alter table "certificate" add constraint "certificate_serial_prefix_serial_number_unique" unique ("serial_prefix", "serial_number");`);

    // At most one VALID certificate per enrolment, whatever happens in the application (hand-written: partial index).
    this.addSql(`create unique index "certificate_one_valid_per_enrolment" on "certificate" ("enrolment_id") where "status" = 'VALID';`);

    this.addSql(`alter table "certificate" add constraint "certificate_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolment" ("id") on update cascade;`);
    this.addSql(`alter table "certificate" add constraint "certificate_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);
    this.addSql(`alter table "certificate" add constraint "certificate_course_id_foreign" foreign key ("course_id") references "course" ("id") on update cascade;`);
    this.addSql(`alter table "certificate" add constraint "certificate_issued_by_id_foreign" foreign key ("issued_by_id") references "user_account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "certificate" add constraint "certificate_revoked_by_id_foreign" foreign key ("revoked_by_id") references "user_account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "certificate" add constraint "certificate_superseded_by_id_foreign" foreign key ("superseded_by_id") references "certificate" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "programme" add column "serial_prefix" varchar(10) not null default 'CERT', add column "signatories" jsonb not null default '[]';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "certificate" drop constraint "certificate_superseded_by_id_foreign";`);

    this.addSql(`drop table if exists "certificate_counter" cascade;`);

    this.addSql(`drop table if exists "certificate" cascade;`);

    this.addSql(`alter table "programme" drop column "serial_prefix", drop column "signatories";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261128152141 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "change_record" add column "person_id" uuid null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "change_record" drop column "person_id";`);
  }

}

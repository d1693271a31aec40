import { Migration } from '@mikro-orm/migrations';

export class Migration20261128152141 extends Migration {

  override async up(): Promise<void> {
    // The generated diff also rebuilt every table with an enum column; that is MikroORM 6.6.16's
    // spurious SQLite diff (docs/decisions/0004) and was removed by hand.
    this.addSql(`alter table \`change_record\` add column \`person_id\` text null;`);
  }

}

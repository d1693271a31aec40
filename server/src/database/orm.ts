import { MikroORM } from '@mikro-orm/core';
import type { DatabaseTarget } from '../config/config';
import { mikroOrmOptions } from './mikro-orm.config';

export async function openOrm(target: DatabaseTarget, debug = false): Promise<MikroORM> {
  return MikroORM.init(mikroOrmOptions(target, debug));
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}

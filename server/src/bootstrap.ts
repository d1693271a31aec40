import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from '@nestjs/common';
import type { AppConfig } from './config/config';
import { readContent } from './content/content-reader';
import { syncContent } from './content/content-sync';
import { migrate } from './database/orm';
import { describeSeedSummary, loadSeeds } from './seeds/seed-loader';
import { User } from './users/user.entity';

export interface PrepareResult {
  migrations: string[];
  seeded: boolean;
}

/**
 * Brings the database to where the code expects it: migrations, then content/, then (only into
 * an empty database, never in production) the demo programme from seeds/.
 */
export async function prepareDatabase(orm: MikroORM, config: AppConfig, logger: Pick<Logger, 'log'>): Promise<PrepareResult> {
  const migrations = await migrate(orm);
  if (migrations.length) logger.log(`Applied migrations: ${migrations.join(', ')}`);

  const tree = readContent(config.contentDir);
  const em = orm.em.fork();
  const sync = await syncContent(em, tree);
  logger.log(`Content: ${sync.courses} courses, ${sync.modulesChanged} modules added or changed`);

  let seeded = false;
  if (config.nodeEnv !== 'production' && (await em.count(User, {})) === 0) {
    const summary = await loadSeeds(em.fork(), config.seedsDir);
    logger.log(`Demo programme loaded: ${describeSeedSummary(summary)}`);
    seeded = true;
  }
  return { migrations, seeded };
}

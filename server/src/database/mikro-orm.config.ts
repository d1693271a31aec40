import { resolve } from 'node:path';
import { DataloaderType, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { SqliteDriver } from '@mikro-orm/sqlite';
import type { DatabaseTarget } from '../config/config';
import { ENTITIES } from './entities';

interface SqliteHandle {
  exec(sql: string, callback: (error: Error | null) => void): void;
}

/**
 * WAL lets readers carry on while one writer commits; synchronous=FULL makes a commit durable
 * across power loss (attendance must survive a venue's generator cutting out); the busy timeout
 * makes a second writer wait instead of failing.
 */
const SQLITE_PRAGMAS = 'PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;';

export function migrationsPath(kind: DatabaseTarget['kind']): string {
  return resolve(__dirname, '..', '..', 'migrations', kind);
}

export function mikroOrmOptions(target: DatabaseTarget, debug = false): Options {
  const common: Options = {
    entities: ENTITIES,
    discovery: { disableDynamicFileAccess: true },
    // Batches Ref.load() and collection loads made in the same tick: field resolvers stay N+1-free.
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    debug,
    allowGlobalContext: false,
    extensions: [Migrator],
    migrations: {
      path: migrationsPath(target.kind),
      glob: '!(*.d).{js,ts}',
      transactional: true,
      silent: true,
      allOrNothing: true,
      snapshot: true,
      snapshotName: `.snapshot-${target.kind}`,
      emit: 'ts',
    },
  };
  if (target.kind === 'sqlite') {
    return {
      ...common,
      driver: SqliteDriver,
      dbName: target.path,
      pool: {
        min: 1,
        max: 1,
        afterCreate: (conn: SqliteHandle, done: (error: Error | null, conn: SqliteHandle) => void) =>
          conn.exec(SQLITE_PRAGMAS, (error) => done(error, conn)),
      },
    };
  }
  return { ...common, driver: PostgreSqlDriver, clientUrl: target.url };
}

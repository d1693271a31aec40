import type { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlConnection } from '@mikro-orm/knex';

/** Counts the SQL statements the server sends while `run` is in progress: an N+1 guard for list queries. */
export async function countStatements(orm: MikroORM, run: () => Promise<unknown>): Promise<{ count: number; sql: string[] }> {
  const knex = (orm.em.getConnection() as AbstractSqlConnection).getKnex();
  const sql: string[] = [];
  const listener = (query: { sql: string }) => {
    if (!/^\s*(pragma|begin|commit|savepoint|release)/i.test(query.sql)) sql.push(query.sql);
  };
  knex.on('query', listener);
  try {
    await run();
  } finally {
    knex.off('query', listener);
  }
  return { count: sql.length, sql };
}

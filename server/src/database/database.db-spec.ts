import type { MikroORM } from '@mikro-orm/core';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { migrate, openOrm } from './orm';

describe('the database connection', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  beforeAll(async () => {
    db = await createTestDatabase();
    orm = await openOrm(db.target);
  });
  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  const sqlite = () => db.target.kind === 'sqlite';

  it('applies every committed migration to an empty database, and then has none pending', async () => {
    expect((await migrate(orm)).length).toBeGreaterThan(0);
    expect(await migrate(orm)).toEqual([]);
  });

  it('opens SQLite with WAL, synchronous=FULL, foreign keys on and a busy timeout', async () => {
    if (!sqlite()) return;
    const pragma = async (name: string) => {
      const rows = (await orm.em.getConnection().execute(`PRAGMA ${name}`)) as Record<string, unknown>[];
      return Object.values(rows[0] ?? {})[0];
    };
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('synchronous')).toBe(2); // FULL
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBeGreaterThanOrEqual(1000);
  });
});

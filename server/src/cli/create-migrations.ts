import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { openOrm, migrate } from '../database/orm';
import type { DatabaseTarget } from '../config/config';

/** Diffs the entities against a scratch database of each kind brought up to date by the committed migrations. */
export async function createMigrations(postgresUrl: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-migrations-'));
  await diffAgainst({ kind: 'sqlite', path: join(dir, 'scratch.db') });
  rmSync(dir, { recursive: true, force: true });

  const scratchName = `corridor_migrations_${process.pid}`;
  const admin = new Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratchName}`);
  try {
    const url = new URL(postgresUrl);
    url.pathname = `/${scratchName}`;
    await diffAgainst({ kind: 'postgresql', url: url.toString() });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratchName}`);
    await admin.end();
  }
}

async function diffAgainst(target: DatabaseTarget): Promise<void> {
  const orm = await openOrm(target);
  try {
    await migrate(orm);
    const result = await orm.getMigrator().createMigration(undefined, false, false);
    console.log(result.fileName ? `${target.kind}: created ${result.fileName}` : `${target.kind}: no changes`);
  } finally {
    await orm.close();
  }
}

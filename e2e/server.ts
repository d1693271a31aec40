import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const ROOT = resolve(__dirname, '..');
const STATE = join(tmpdir(), 'corridor-browser-tests.json');

export interface BrowserTestState {
  url: string;
  pid: number;
  dir: string;
  /** The PostgreSQL database made for this run, dropped by cleanUp. */
  postgres?: { serverUrl: string; name: string };
}

const POSTGRES = /^postgres(ql)?:\/\//;

/**
 * The database the server starts on: a new SQLite file in `dir`, or, when DATABASE_URL names a
 * PostgreSQL server, a new database on that server (as the server tests do), dropped afterwards.
 */
async function freshDatabase(dir: string): Promise<{ databaseUrl: string; postgres?: BrowserTestState['postgres'] }> {
  const serverUrl = process.env.DATABASE_URL ?? '';
  if (!POSTGRES.test(serverUrl)) return { databaseUrl: `sqlite:${join(dir, 'browser.db')}` };
  const name = `corridor_browser_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const databaseUrl = new URL(serverUrl);
  databaseUrl.pathname = `/${name}`;
  return { databaseUrl: databaseUrl.toString(), postgres: { serverUrl, name } };
}

async function dropDatabase({ serverUrl, name }: NonNullable<BrowserTestState['postgres']>): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts the built server (npm run build first) on a fresh database (see freshDatabase) with the demo programme. */
export async function startServer(): Promise<{ state: BrowserTestState; child: ChildProcess }> {
  const main = join(ROOT, 'dist/server/src/main.js');
  if (!existsSync(main) || !existsSync(join(ROOT, 'client/dist/index.html'))) throw new Error('Run npm run build before the browser tests.');
  const dir = mkdtempSync(join(tmpdir(), 'corridor-browser-'));
  const port = await freePort();
  const { databaseUrl, postgres } = await freshDatabase(dir);
  const child = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', PORT: String(port), DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: false,
  });
  const url = `http://127.0.0.1:${port}`;
  const state: BrowserTestState = { url, pid: child.pid ?? 0, dir, ...(postgres ? { postgres } : {}) };
  // Migrating and loading the demo programme takes a minute or more on PostgreSQL, seconds on SQLite.
  const limitSeconds = postgres ? 240 : 60;
  const deadline = Date.now() + limitSeconds * 1000;
  for (;;) {
    if (child.exitCode !== null) {
      await cleanUp(state);
      throw new Error(`The server exited with code ${child.exitCode}`);
    }
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await cleanUp(state);
      throw new Error(`The server did not start within ${limitSeconds} s`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { state, child };
}

export { STATE, ROOT };

export async function cleanUp(state: BrowserTestState): Promise<void> {
  try {
    process.kill(state.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  rmSync(state.dir, { recursive: true, force: true });
  if (state.postgres) await dropDatabase(state.postgres);
}

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const ROOT = resolve(__dirname, '..');
const STATE = join(tmpdir(), 'corridor-browser-tests.json');

export interface BrowserTestState {
  url: string;
  pid: number;
  dir: string;
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

/** Starts the built server (npm run build first) on a fresh SQLite database with the demo programme. */
export async function startServer(): Promise<{ state: BrowserTestState; child: ChildProcess }> {
  const main = join(ROOT, 'dist/server/src/main.js');
  if (!existsSync(main) || !existsSync(join(ROOT, 'client/dist/index.html'))) throw new Error('Run npm run build before the browser tests.');
  const dir = mkdtempSync(join(tmpdir(), 'corridor-browser-'));
  const port = await freePort();
  const child = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', PORT: String(port), DATABASE_URL: `sqlite:${join(dir, 'browser.db')}` },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: false,
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('The server did not start within 60 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  return { state: { url, pid: child.pid ?? 0, dir }, child };
}

export { STATE, ROOT };

export function cleanUp(state: BrowserTestState): void {
  try {
    process.kill(state.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  rmSync(state.dir, { recursive: true, force: true });
}

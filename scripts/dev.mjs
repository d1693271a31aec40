// Development: the API with ts-node on :3000 and Vite with hot reload on :5173 (it proxies /graphql).
import { spawn } from 'node:child_process';

const children = [
  spawn('npx', ['ts-node', '--transpile-only', 'server/src/main.ts'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'development' } }),
  spawn('npx', ['vite', '--config', 'client/vite.config.ts'], { stdio: 'inherit' }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((child) => child.on('exit', (code) => { if (code) { stop(); process.exitCode = code; } }));

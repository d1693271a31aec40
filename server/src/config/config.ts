import { resolve } from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../common/paths';

export type DatabaseTarget =
  | { kind: 'sqlite'; path: string }
  | { kind: 'postgresql'; url: string };

export interface AppConfig {
  port: number;
  nodeEnv: 'development' | 'production' | 'test';
  publicUrl: string;
  database: DatabaseTarget;
  sessionSecret: string;
  sessionIdleHours: number;
  sessionAbsoluteDays: number;
  logLevel: string;
  /** Requests a minute one address may make to the public endpoints (verification, PDFs, credentials). */
  publicRateLimit: number;
  dataDir: string;
  contentDir: string;
  seedsDir: string;
  clientDir: string;
}

const DEV_SECRET = 'corridor-development-secret-not-for-production';

const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PUBLIC_URL: z.string().url().optional(),
    DATABASE_URL: z
      .string()
      .default('')
      .refine(
        (v) => v === '' || v.startsWith('sqlite:') || /^postgres(ql)?:\/\//.test(v),
        'must be empty (embedded SQLite), sqlite:PATH or postgres://…',
      ),
    SESSION_SECRET: z.string().optional(),
    SESSION_IDLE_HOURS: z.coerce.number().positive().default(72),
    SESSION_ABSOLUTE_DAYS: z.coerce.number().positive().default(30),
    PUBLIC_RATE_LIMIT: z.coerce.number().int().min(1).max(100000).default(60),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
    CORRIDOR_ROOT: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && (!env.SESSION_SECRET || env.SESSION_SECRET.length < 32)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['SESSION_SECRET'],
        message: 'is required in production and must be at least 32 characters',
      });
    }
  });

export class ConfigError extends Error {}

/** Reads and validates the environment once; a bad value stops start-up with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const root = resolve(e.CORRIDOR_ROOT ?? projectRoot());
  const dataDir = resolve(root, 'data');
  return {
    port: e.PORT,
    nodeEnv: e.NODE_ENV,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    database: parseDatabaseUrl(e.DATABASE_URL, root),
    sessionSecret: e.SESSION_SECRET ?? DEV_SECRET,
    sessionIdleHours: e.SESSION_IDLE_HOURS,
    sessionAbsoluteDays: e.SESSION_ABSOLUTE_DAYS,
    publicRateLimit: e.PUBLIC_RATE_LIMIT,
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
    dataDir,
    contentDir: resolve(root, 'content'),
    seedsDir: resolve(root, 'seeds'),
    clientDir: resolve(root, 'client', 'dist'),
  };
}

export function parseDatabaseUrl(url: string, root: string): DatabaseTarget {
  if (url === '') return { kind: 'sqlite', path: resolve(root, 'data', 'corridor.db') };
  if (url.startsWith('sqlite:')) return { kind: 'sqlite', path: resolve(root, url.slice('sqlite:'.length)) };
  return { kind: 'postgresql', url };
}


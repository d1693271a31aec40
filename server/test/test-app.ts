import type { AddressInfo } from 'node:net';
import { MikroORM } from '@mikro-orm/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { prepareDatabase } from '../src/bootstrap';
import { loadConfig, type AppConfig } from '../src/config/config';
import { createApp } from '../src/main';
import { DEMO_PASSWORD } from '../src/seeds/seed-loader';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface GqlResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestApp {
  app: NestExpressApplication;
  orm: MikroORM;
  config: AppConfig;
  url: string;
  /** POST /graphql; `auth` is a bearer token. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, auth?: { token?: string; headers?: Record<string, string> }): Promise<GqlResponse<T>>;
  /** Signs in a demo account and returns its bearer token. */
  signIn(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** The whole server on a fresh database with content and the demo programme, listening on a free port. */
export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const db: TestDatabase = await createTestDatabase();
  const config: AppConfig = { ...loadConfig({ NODE_ENV: 'test' }), database: db.target, ...overrides };
  const app = await createApp(config);
  const orm = app.get(MikroORM);
  await prepareDatabase(orm, config, { log: () => undefined });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  const gql: TestApp['gql'] = async (query, variables, auth) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(auth?.token ? { authorization: `Bearer ${auth.token}` } : {}), ...auth?.headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GqlResponse<never>;
  };

  return {
    app,
    orm,
    config,
    url,
    gql,
    async signIn(email, password = DEMO_PASSWORD) {
      const result = await gql<{ login: { token: string } }>('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { email, password } });
      if (!result.data?.login) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(result.errors)}`);
      return result.data.login.token;
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

export function errorCode(result: GqlResponse<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

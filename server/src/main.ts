import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { Logger as PinoLogger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { prepareDatabase } from './bootstrap';
import { ConfigError, loadConfig, type AppConfig } from './config/config';
import { ContentError } from './content/content-reader';
import { readLogframe } from './reports/indicators/logframe-reader';
import { DEMO_PASSWORD, DEMO_SIGN_INS } from './seeds/seed-loader';
import { User } from './users/user.entity';

export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  // Checked before Nest starts, so a broken logframe stops the server with file:line, not a stack trace.
  readLogframe(config.contentDir);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
  });
  app.useLogger(app.get(PinoLogger));
  // Nominee files travel base64-encoded in GraphQL; 2 MB of file is about 2.7 MB of JSON.
  app.useBodyParser('json', { limit: '4mb' });
  app.set('trust proxy', 'loopback');
  if (existsSync(join(config.clientDir, 'index.html'))) serveClient(app, config.clientDir);
  return app;
}

/** Paths the server answers itself; every other GET for a page gets the client. */
const SERVER_PATHS =
  /^\/(graphql|healthz|certificates\/|credentials\/|\.well-known\/)|^\/cohorts\/[^/]+\/certificates\.zip$|^\/sessions\/[^/]+\/sign-in-sheet\.pdf$|^\/reports\/[a-z-]+\.(csv|xlsx|pdf)$/;

/** The built client, with every unknown path answered by index.html so deep links work. */
function serveClient(app: NestExpressApplication, dir: string): void {
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || SERVER_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.sendFile(join(dir, 'index.html'));
  });
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = new Logger('Corridor');
  const app = await createApp(config);
  const orm = app.get(MikroORM);
  const { seeded } = await prepareDatabase(orm, config, logger);
  await app.listen(config.port);
  logger.log(`Corridor is running at ${config.publicUrl} (GraphQL at ${config.publicUrl}/graphql)`);
  const demoAccounts = await orm.em.fork().count(User, { email: { $in: DEMO_SIGN_INS } });
  if (config.nodeEnv !== 'production' && demoAccounts > 0) {
    console.log(`\nCorridor is ready at ${config.publicUrl}${seeded ? ' (demo programme loaded)' : ''}`);
    console.log(`Demo sign-ins, all with password "${DEMO_PASSWORD}":`);
    for (const email of DEMO_SIGN_INS) console.log(`  ${email}`);
    console.log('');
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError || error instanceof ContentError) console.error(error.message);
    else console.error(error);
    process.exit(1);
  });
}

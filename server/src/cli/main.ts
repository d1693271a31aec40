import { Command } from 'commander';
import { loadConfig } from '../config/config';
import { openOrm, migrate } from '../database/orm';
import { createMigrations } from './create-migrations';
import { checkContent } from './check-content';
import { createUser } from './create-user';

const program = new Command('corridor').description('Corridor administration commands');

program
  .command('db:migrate')
  .description('Apply pending database migrations')
  .action(async () => {
    const orm = await openOrm(loadConfig().database);
    try {
      const applied = await migrate(orm);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
    } finally {
      await orm.close();
    }
  });

program
  .command('db:migration:create')
  .description('Generate a migration from entity changes, for SQLite and for PostgreSQL')
  .option('--postgres-url <url>', 'a PostgreSQL server to diff against', 'postgres://postgres@127.0.0.1:5432/postgres')
  .action(async (options: { postgresUrl: string }) => {
    await createMigrations(options.postgresUrl);
  });

program
  .command('content:check')
  .description('Validate content/ and report errors with file and line')
  .action(async () => {
    process.exitCode = (await checkContent(loadConfig().contentDir)) ? 0 : 1;
  });

program
  .command('user:create')
  .description('Create a user (asks for the password)')
  .requiredOption('--email <email>', 'sign-in email')
  .requiredOption('--role <role...>', 'one or more of ADMIN, COORDINATOR, TRAINER, TRAINEE, VIEWER')
  .action(async (options: { email: string; role: string[] }) => {
    process.exitCode = (await createUser(loadConfig(), options.email, options.role)) ? 0 : 1;
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

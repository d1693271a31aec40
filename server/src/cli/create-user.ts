import { password as promptPassword } from '@inquirer/prompts';
import { isEmail } from 'class-validator';
import { hashPassword, passwordProblem } from '../auth/passwords';
import { Role } from '../common/enums';
import type { AppConfig } from '../config/config';
import { migrate, openOrm } from '../database/orm';
import { User } from '../users/user.entity';

/** Creates an account, asking for the password twice on the terminal (never as an argument, so it stays out of shell history). */
export async function createUser(config: AppConfig, emailInput: string, roleNames: string[]): Promise<boolean> {
  const email = emailInput.trim().toLowerCase();
  if (!isEmail(email)) {
    console.error(`"${emailInput}" is not a valid email address.`);
    return false;
  }
  const roles = roleNames.map((r) => r.toUpperCase());
  const unknown = roles.filter((r) => !(Object.values(Role) as string[]).includes(r));
  if (unknown.length) {
    console.error(`Unknown role ${unknown.join(', ')}; use ${Object.values(Role).join(', ')}.`);
    return false;
  }
  const password = process.env.CORRIDOR_NEW_PASSWORD ?? (await promptPassword({ message: `Password for ${email}:`, mask: '*' }));
  const problem = passwordProblem(password);
  if (problem) {
    console.error(problem);
    return false;
  }
  if (!process.env.CORRIDOR_NEW_PASSWORD) {
    const again = await promptPassword({ message: 'Type it again:', mask: '*' });
    if (again !== password) {
      console.error('The passwords do not match.');
      return false;
    }
  }
  const orm = await openOrm(config.database);
  try {
    await migrate(orm);
    const em = orm.em.fork();
    if (await em.findOne(User, { email })) {
      console.error(`An account for ${email} already exists.`);
      return false;
    }
    await em.persistAndFlush(new User(email, await hashPassword(password), roles as Role[]));
    console.log(`Created ${email} with role${roles.length > 1 ? 's' : ''} ${roles.join(', ')}.`);
    return true;
  } finally {
    await orm.close();
  }
}

import { RequestContext } from '@mikro-orm/core';
import { Session } from '../auth/session.entity';
import { User } from '../users/user.entity';
import { errorCode, startTestApp, type TestApp } from '../../test/test-app';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle.entity';
import { LOCK_AFTER } from './login-throttle.service';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token user { email roles person { fullName } } } }';
const ME = '{ me { email roles } }';

describe('signing in and out', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs in each demo role with a bearer token and an httpOnly cookie', async () => {
    for (const [email, role] of [
      ['admin@corridor.test', 'ADMIN'],
      ['coordinator@corridor.test', 'COORDINATOR'],
      ['trainer@corridor.test', 'TRAINER'],
      ['trainee@corridor.test', 'TRAINEE'],
      ['viewer@corridor.test', 'VIEWER'],
    ]) {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: LOGIN, variables: { input: { email: email.toUpperCase(), password: 'corridor-demo' } } }),
      });
      const body = (await response.json()) as { data: { login: { token: string; user: { email: string; roles: string[] } } } };
      expect(body.data.login.user).toMatchObject({ email, roles: [role] });
      const cookie = response.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/corridor_session=[\w-]{43}/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);

      const viaCookie = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] },
        body: JSON.stringify({ query: ME }),
      });
      expect(((await viaCookie.json()) as { data: { me: { email: string } } }).data.me.email).toBe(email);
    }
  });

  it('stores only a hash of the token', async () => {
    const token = await t.signIn('trainer@corridor.test');
    const sessions = await t.orm.em.fork().find(Session, {});
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.map((s) => s.tokenHash)).not.toContain(token);
  });

  it('ends a session once it has been idle too long, and at its absolute expiry however active it is', async () => {
    const auth = t.app.get(AuthService);
    const at = (token: string, time: number) => RequestContext.create(t.orm.em, () => auth.authenticate(token, new Date(time)));
    const hour = 3_600_000;
    const idle = t.config.sessionIdleHours * hour;
    const absolute = t.config.sessionAbsoluteDays * 24 * hour;
    const start = Date.now();

    const resting = await t.signIn('trainer@corridor.test');
    expect(await at(resting, start + idle - hour)).not.toBeNull();
    expect(await at(resting, start + idle - hour + idle + hour)).toBeNull();
    expect((await t.gql(ME, {}, { token: resting })).data).toEqual({ me: null });

    const busy = await t.signIn('trainer@corridor.test');
    // Used every (idle - 1) hours it never idles out, yet it ends at the absolute limit.
    for (let time = start + idle - hour; time < start + absolute; time += idle - hour) expect(await at(busy, time)).not.toBeNull();
    expect(await at(busy, start + absolute + hour)).toBeNull();
    expect((await t.gql(ME, {}, { token: busy })).data).toEqual({ me: null });
  });

  it('me is null without a session and logout ends the session', async () => {
    expect((await t.gql(ME)).data).toEqual({ me: null });
    const token = await t.signIn('coordinator@corridor.test');
    expect((await t.gql<{ me: { email: string } }>(ME, {}, { token })).data?.me.email).toBe('coordinator@corridor.test');
    expect((await t.gql('mutation { logout }', {}, { token })).data).toEqual({ logout: true });
    expect((await t.gql(ME, {}, { token })).data).toEqual({ me: null });
    expect(errorCode(await t.gql('mutation { logout }', {}, { token }))).toBe('UNAUTHENTICATED');
  });

  it.each([
    [{ email: 'not-an-email', password: 'whatever-123' }, 'BAD_USER_INPUT', /valid email/],
    [{ email: 'coordinator@corridor.test', password: 'wrong-password' }, 'UNAUTHENTICATED', /incorrect/],
    [{ email: 'nobody@corridor.test', password: 'corridor-demo' }, 'UNAUTHENTICATED', /incorrect/],
    [{ email: 'coordinator@corridor.test', password: 'x'.repeat(129) }, 'BAD_USER_INPUT', /at most 128/],
  ])('refuses %j with %s', async (input, code, message) => {
    const result = await t.gql(LOGIN, { input });
    expect(errorCode(result)).toBe(code);
    expect(result.errors?.[0].message).toMatch(message);
    expect(result.data).toBeNull();
  });

  it('deactivating a user ends all their sessions and refuses new ones', async () => {
    const admin = await t.signIn('admin@corridor.test');
    const first = await t.signIn('viewer@corridor.test');
    const second = await t.signIn('viewer@corridor.test');
    const viewer = await t.orm.em.fork().findOneOrFail(User, { email: 'viewer@corridor.test' });
    const result = await t.gql<{ setUserActive: { sessionsEnded: number } }>(
      'mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { sessionsEnded user { active } } }',
      { input: { userId: viewer.id, active: false } },
      { token: admin },
    );
    expect(result.data?.setUserActive.sessionsEnded).toBeGreaterThanOrEqual(2);
    for (const token of [first, second]) expect((await t.gql(ME, {}, { token })).data).toEqual({ me: null });
    const again = await t.gql(LOGIN, { input: { email: 'viewer@corridor.test', password: 'corridor-demo' } });
    expect(errorCode(again)).toBe('UNAUTHENTICATED');
    await t.gql('mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { sessionsEnded } }', { input: { userId: viewer.id, active: true } }, { token: admin });
  });

  it('a non-admin cannot deactivate anyone', async () => {
    const token = await t.signIn('coordinator@corridor.test');
    const viewer = await t.orm.em.fork().findOneOrFail(User, { email: 'viewer@corridor.test' });
    const result = await t.gql('mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { sessionsEnded } }', { input: { userId: viewer.id, active: false } }, { token });
    expect(errorCode(result)).toBe('FORBIDDEN');
  });

  it('slows and then refuses repeated failures for an account, even with the right password', async () => {
    const email = 'trainee@corridor.test';
    const started = Date.now();
    for (let i = 0; i < LOCK_AFTER; i += 1) {
      const result = await t.gql(LOGIN, { input: { email, password: `wrong-password-${i}` } }, { headers: { 'x-forwarded-for': `10.0.0.${i}` } });
      expect(errorCode(result)).toBe('UNAUTHENTICATED');
    }
    expect(Date.now() - started).toBeGreaterThan(1000);
    const locked = await t.gql(LOGIN, { input: { email, password: 'corridor-demo' } });
    expect(errorCode(locked)).toBe('UNAUTHENTICATED');
    expect(locked.errors?.[0].message).toMatch(/Too many failed sign-ins\. Try again in 15 minutes\./);
    expect(locked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(800);
    await t.orm.em.fork().nativeDelete(LoginThrottle, {});
    expect((await t.gql(LOGIN, { input: { email, password: 'corridor-demo' } })).data).not.toBeNull();
  });

  it('slows and then refuses repeated failures from one address, whichever accounts it tries', async () => {
    const from = { headers: { 'x-forwarded-for': '10.9.9.9' } };
    const started = Date.now();
    for (let i = 0; i < LOCK_AFTER; i += 1) {
      const result = await t.gql(LOGIN, { input: { email: `guess-${i}@corridor.test`, password: 'wrong-password' } }, from);
      expect(errorCode(result)).toBe('UNAUTHENTICATED');
    }
    expect(Date.now() - started).toBeGreaterThan(1000);
    const locked = await t.gql(LOGIN, { input: { email: 'trainer@corridor.test', password: 'corridor-demo' } }, from);
    expect(errorCode(locked)).toBe('UNAUTHENTICATED');
    expect(locked.errors?.[0].message).toMatch(/Too many failed sign-ins\. Try again in 15 minutes\./);
    // The account itself is not locked: the same person signs in from another address.
    const elsewhere = await t.gql(LOGIN, { input: { email: 'trainer@corridor.test', password: 'corridor-demo' } }, { headers: { 'x-forwarded-for': '10.9.9.10' } });
    expect(elsewhere.data).not.toBeNull();
    await t.orm.em.fork().nativeDelete(LoginThrottle, {});
  });
});

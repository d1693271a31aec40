import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to port 3000 and the embedded SQLite file in data/', () => {
    const config = loadConfig({ CORRIDOR_ROOT: '/srv/corridor' });
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'sqlite', path: '/srv/corridor/data/corridor.db' });
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('takes sqlite:PATH relative to the project and postgres URLs as they are', () => {
    expect(loadConfig({ CORRIDOR_ROOT: '/r', DATABASE_URL: 'sqlite:tmp/x.db' }).database).toEqual({
      kind: 'sqlite',
      path: '/r/tmp/x.db',
    });
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' }).database).toEqual({
      kind: 'postgresql',
      url: 'postgres://u@h:5432/db',
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ NODE_ENV: 'production' }, 'SESSION_SECRET'],
    [{ NODE_ENV: 'production', SESSION_SECRET: 'short' }, 'SESSION_SECRET'],
    [{ PUBLIC_URL: 'not a url' }, 'PUBLIC_URL'],
  ])('refuses %j naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});

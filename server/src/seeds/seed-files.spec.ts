import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CORRIDOR_COUNTRIES, Gender, OrganisationType, Role, TargetGroup } from '../common/enums';
import { projectRoot } from '../common/paths';
import { DEMO_SIGN_INS } from './seed-loader';
import { SEC_PROVINCES } from './sme-names';

interface PersonRow {
  key: string;
  fullName: string;
  nativeName?: string;
  gender: Gender;
  countryCode: string;
  province?: string;
  organisation?: string;
  targetGroup: TargetGroup;
}
interface OrganisationRow {
  key: string;
  type: OrganisationType;
  countryCode: string;
  province?: string;
}
interface UserRow {
  email: string;
  roles: Role[];
  person?: string;
}

const read = <T>(name: string): T => parse(readFileSync(join(projectRoot(), 'seeds', name), 'utf8')) as T;

/** The script each corridor country writes names in (Vietnamese names are Latin, in fullName). */
const SCRIPTS: Record<string, RegExp> = { KH: /[\u1780-\u17FF]/, MM: /[\u1000-\u109F]/, TH: /[\u0E00-\u0E7F]/ };

describe('the demo programme files (seeds/)', () => {
  const people = read<PersonRow[]>('people.yaml');
  const organisations = read<OrganisationRow[]>('organisations.yaml');
  const users = read<UserRow[]>('users.yaml');
  const withRole = (role: Role) => users.filter((u) => u.roles.includes(role));

  it('has 38 Component A leaders from all four countries, about 40% of them women', () => {
    const leaders = people.filter((p) => p.targetGroup === TargetGroup.SME_LEADER);
    expect(leaders).toHaveLength(38);
    expect([...new Set(leaders.map((p) => p.countryCode))].sort()).toEqual([...CORRIDOR_COUNTRIES]);
    const women = leaders.filter((p) => p.gender === Gender.FEMALE).length / leaders.length;
    expect(women).toBeGreaterThanOrEqual(0.35);
    expect(women).toBeLessThanOrEqual(0.45);
  });

  it('has at least 12 BDS-provider staff', () => {
    expect(people.filter((p) => p.targetGroup === TargetGroup.BDS_PROVIDER).length).toBeGreaterThanOrEqual(12);
  });

  it('has four trainers, two coordinators, an admin and a viewer, and every demo sign-in', () => {
    expect(withRole(Role.TRAINER)).toHaveLength(4);
    expect(withRole(Role.COORDINATOR).map((u) => u.email)).toEqual(['coordinator@corridor.test', 'sophea.meas@corridor.test']);
    // Coordinators are Mekong Institute programme staff, each a person with a name of their own.
    const staff = new Map(people.filter((p) => p.targetGroup === TargetGroup.PROGRAMME_STAFF).map((p) => [p.key, p]));
    expect(withRole(Role.COORDINATOR).map((u) => staff.get(u.person ?? '')?.organisation)).toEqual(['th-mi', 'th-mi']);
    expect(withRole(Role.ADMIN).length).toBeGreaterThanOrEqual(1);
    expect(withRole(Role.VIEWER).length).toBeGreaterThanOrEqual(1);
    expect(DEMO_SIGN_INS.filter((email) => !users.some((u) => u.email === email))).toEqual([]);
  });

  it('has organisations of every type, each with a province', () => {
    expect([...new Set(organisations.map((o) => o.type))].sort()).toEqual(Object.values(OrganisationType).sort());
    const corridor = organisations.filter((o) => (CORRIDOR_COUNTRIES as readonly string[]).includes(o.countryCode));
    expect(corridor.filter((o) => !o.province).map((o) => o.key)).toEqual([]);
  });

  it('places Myanmar’s organisations and people in the corridor’s provinces of Myanmar', () => {
    const inMyanmar = [...organisations, ...people].filter((row) => row.countryCode === 'MM' && row.province);
    expect(inMyanmar.length).toBeGreaterThan(10);
    expect(inMyanmar.filter((row) => !SEC_PROVINCES.MM.includes(row.province!)).map((row) => row.key)).toEqual([]);
  });

  it('gives every Cambodian, Myanmar and Thai person a native name in their own script', () => {
    const missing = people.filter((p) => SCRIPTS[p.countryCode] && !SCRIPTS[p.countryCode].test(p.nativeName ?? '')).map((p) => p.key);
    expect(missing).toEqual([]);
    // Latin-script full names for everyone, including the Vietnamese, whose diacritics are Latin.
    expect(people.filter((p) => /[\u0E00-\u0E7F\u1000-\u109F\u1780-\u17FF]/.test(p.fullName)).map((p) => p.key)).toEqual([]);
  });

  it('links people and accounts only to records that exist', () => {
    const orgKeys = new Set(organisations.map((o) => o.key));
    const personKeys = new Set(people.map((p) => p.key));
    expect(people.filter((p) => p.organisation && !orgKeys.has(p.organisation)).map((p) => p.key)).toEqual([]);
    expect(users.filter((u) => u.person && !personKeys.has(u.person)).map((u) => u.email)).toEqual([]);
  });
});

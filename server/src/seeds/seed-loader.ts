import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import { z } from 'zod';
import { hashPassword } from '../auth/passwords';
import { Gender, OrganisationType, Role, TargetGroup } from '../common/enums';
import { ContentError } from '../content/content-reader';
import { parseYaml, type ContentIssue } from '../content/yaml-file';
import { Course } from '../courses/course.entity';
import { Organisation } from '../organisations/organisation.entity';
import { applyPersonFields } from '../people/person-fields';
import { Person } from '../people/person.entity';
import { User } from '../users/user.entity';
import { cohortsFileSchema, type SeedRefs } from './cohorts-file';
import { seedSmeLedger, type LedgerSummary } from './sme-ledger';
import { seedTrainingHistory, type HistorySummary } from './training-history';

export const DEMO_PASSWORD = 'corridor-demo';
export const DEMO_SIGN_INS = ['admin@corridor.test', 'coordinator@corridor.test', 'trainer@corridor.test', 'trainee@corridor.test', 'viewer@corridor.test'];

const organisationsSchema = z.array(
  z.object({ key: z.string().min(1), name: z.string().min(2), type: z.nativeEnum(OrganisationType), countryCode: z.string().length(2), province: z.string().optional() }),
);
const peopleSchema = z.array(
  z.object({
    key: z.string().min(1),
    fullName: z.string().min(2),
    nativeName: z.string().optional(),
    gender: z.nativeEnum(Gender),
    countryCode: z.string().length(2),
    province: z.string().optional(),
    organisation: z.string().optional(),
    position: z.string().optional(),
    targetGroup: z.nativeEnum(TargetGroup),
    email: z.string().email().optional(),
    phone: z.union([z.string(), z.number()]).transform(String).optional(),
  }),
);
const usersSchema = z.array(z.object({ email: z.string().email(), roles: z.array(z.nativeEnum(Role)).min(1), person: z.string().optional() }));

export interface SeedSummary extends HistorySummary, Omit<LedgerSummary, 'smesReachedChange'> {
  organisations: number;
  people: number;
  users: number;
}

/** One line for the start-up log. */
export function describeSeedSummary(s: SeedSummary): string {
  return (
    `${s.organisations} organisations, ${s.people} people, ${s.users} accounts, ${s.cohorts} cohorts (${s.sessions} sessions), ` +
    `${s.enrolments} enrolments, ${s.attendance} attendance records, ${s.results} assessment results (${s.responses} question responses), ${s.actionPlans} action plans, ` +
    `${s.progressReports} progress reports (${s.smesReached} SMEs reached), ${s.smes} SMEs with ${s.smeSupports} support records from ${s.smeLeaders} leaders ` +
    `(${s.smeDuplicatePairs} recorded twice, to merge), ${s.changes} change records`
  );
}

function load<S extends z.ZodTypeAny>(dir: string, name: string, schema: S, issues: ContentIssue[]): z.infer<S> | null {
  const path = join(dir, name);
  if (!existsSync(path)) {
    issues.push({ file: `seeds/${name}`, line: 1, message: 'file is missing' });
    return null;
  }
  return parseYaml(readFileSync(path, 'utf8'), schema, `seeds/${name}`, issues);
}

/** What cohorts.yaml may name: the people and accounts above, and the courses content sync loaded. */
async function seedRefs(em: EntityManager, peopleRows: { key: string }[], userRows: { email: string; roles: Role[] }[]): Promise<SeedRefs> {
  const courses = await em.find(Course, {}, { populate: ['modules'] });
  return {
    people: new Set(peopleRows.map((row) => row.key)),
    users: new Map(userRows.map((row) => [row.email.toLowerCase(), row.roles])),
    courses: new Map(
      courses.map((course) => [
        course.slug,
        {
          modules: course.modules
            .getItems()
            .filter((m) => !m.retired)
            .map((m) => m.slug),
          rules: course.completionRules,
        },
      ]),
    ),
  };
}

/**
 * Loads the demo programme into an empty database: organisations, people and accounts, then the
 * training history of seeds/cohorts.yaml and the SMEs its leaders supported. Current cohorts are
 * dated relative to `now`, so a test can fix it. Content (courses, modules, question banks) must
 * be loaded first.
 */
export async function loadSeeds(em: EntityManager, dir: string, now: Date = new Date()): Promise<SeedSummary> {
  const issues: ContentIssue[] = [];
  const orgRows = load(dir, 'organisations.yaml', organisationsSchema, issues);
  const peopleRows = load(dir, 'people.yaml', peopleSchema, issues);
  const userRows = load(dir, 'users.yaml', usersSchema, issues);
  if (!orgRows || !peopleRows || !userRows) throw new ContentError(issues);
  const cohortRows = load(dir, 'cohorts.yaml', cohortsFileSchema(await seedRefs(em, peopleRows, userRows), now), issues);
  if (!cohortRows) throw new ContentError(issues);

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return em.transactional(async (tx) => {
    const organisations = new Map<string, Organisation>();
    for (const row of orgRows) {
      const organisation = new Organisation(row.name, row.type, row.countryCode);
      organisation.province = row.province ?? null;
      organisations.set(row.key, tx.create(Organisation, organisation));
    }
    const people = new Map<string, Person>();
    for (const row of peopleRows) {
      const person = new Person(row.fullName, row.gender, row.countryCode, row.targetGroup);
      applyPersonFields(person, { ...row, nativeName: row.nativeName ?? null });
      if (row.organisation) {
        const organisation = organisations.get(row.organisation);
        if (!organisation) throw new Error(`seeds/people.yaml: ${row.key} names unknown organisation ${row.organisation}`);
        person.organisation = tx.getReference(Organisation, organisation.id, { wrapped: true });
      }
      people.set(row.key, tx.create(Person, person));
    }
    const users = new Map<string, User>();
    for (const row of userRows) {
      const user = tx.create(User, new User(row.email.toLowerCase(), passwordHash, row.roles));
      if (row.person) {
        const person = people.get(row.person);
        if (!person) throw new Error(`seeds/users.yaml: ${row.email} names unknown person ${row.person}`);
        user.person = tx.getReference(Person, person.id, { wrapped: true });
      }
      users.set(user.email, user);
    }
    await tx.flush();
    const coordinator = [...users.values()].find((user) => user.roles.includes(Role.COORDINATOR)) ?? null;
    const history = await seedTrainingHistory(tx, cohortRows, { now, people, users, coordinator });
    const { smesReachedChange, ...ledger } = await seedSmeLedger(tx, { people, users });
    return { organisations: orgRows.length, people: peopleRows.length, users: userRows.length, ...history, ...ledger, smesReached: history.smesReached + smesReachedChange };
  });
}

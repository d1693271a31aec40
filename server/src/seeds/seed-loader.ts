import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import { z } from 'zod';
import { hashPassword } from '../auth/passwords';
import { Gender, OrganisationType, Role, TargetGroup } from '../common/enums';
import { ContentError } from '../content/content-reader';
import { parseYaml, type ContentIssue } from '../content/yaml-file';
import { Organisation } from '../organisations/organisation.entity';
import { applyPersonFields } from '../people/person-fields';
import { Person } from '../people/person.entity';
import { User } from '../users/user.entity';

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

export interface SeedSummary {
  organisations: number;
  people: number;
  users: number;
}

function load<S extends z.ZodTypeAny>(dir: string, name: string, schema: S, issues: ContentIssue[]): z.infer<S> | null {
  const path = join(dir, name);
  if (!existsSync(path)) {
    issues.push({ file: `seeds/${name}`, line: 1, message: 'file is missing' });
    return null;
  }
  return parseYaml(readFileSync(path, 'utf8'), schema, `seeds/${name}`, issues);
}

/** Loads the demo programme's people into an empty database. */
export async function loadSeeds(em: EntityManager, dir: string): Promise<SeedSummary> {
  const issues: ContentIssue[] = [];
  const orgRows = load(dir, 'organisations.yaml', organisationsSchema, issues);
  const peopleRows = load(dir, 'people.yaml', peopleSchema, issues);
  const userRows = load(dir, 'users.yaml', usersSchema, issues);
  if (!orgRows || !peopleRows || !userRows) throw new ContentError(issues);

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
    for (const row of userRows) {
      const user = tx.create(User, new User(row.email.toLowerCase(), passwordHash, row.roles));
      if (row.person) {
        const person = people.get(row.person);
        if (!person) throw new Error(`seeds/users.yaml: ${row.email} names unknown person ${row.person}`);
        user.person = tx.getReference(Person, person.id, { wrapped: true });
      }
    }
    await tx.flush();
    return { organisations: orgRows.length, people: peopleRows.length, users: userRows.length };
  });
}

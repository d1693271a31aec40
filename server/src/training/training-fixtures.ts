import { AssessmentResult } from '../assessments/assessment-result.entity';
import { AttendanceRecord } from '../attendance/attendance-record.entity';
import { ChangeRecord } from '../audit/change-record.entity';
import { ActionPlan } from '../action-plans/action-plan.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { hashPassword } from '../auth/passwords';
import { Gender, Role, TargetGroup } from '../common/enums';
import { Person } from '../people/person.entity';
import { DEMO_PASSWORD } from '../seeds/seed-loader';
import { User } from '../users/user.entity';
import type { TestApp } from '../../test/test-app';

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

export function isoDate(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);
}

export interface CourseInfo {
  id: string;
  modules: { id: string; slug: string; assessments: { id: string; kind: string; maxScore: number; passScore: number; questions: { id: string; choices: { id: string }[] }[] }[] }[];
}

export async function courseInfo(t: TestApp, token: string, slug: string): Promise<CourseInfo> {
  const result = await t.gql<{ course: CourseInfo }>(
    `query($slug: String!) { course(slug: $slug) { id modules { id slug assessments { id kind maxScore passScore questions { id choices { id } } } } } }`,
    { slug },
    { token },
  );
  return result.data!.course;
}

export async function userId(t: TestApp, email: string): Promise<string> {
  const token = await t.signIn(email);
  const result = await t.gql<{ me: { id: string; person: { id: string } | null } }>('{ me { id person { id } } }', {}, { token });
  return result.data!.me.id;
}

export async function personIdOf(t: TestApp, email: string): Promise<string> {
  const token = await t.signIn(email);
  const result = await t.gql<{ me: { person: { id: string } } }>('{ me { person { id } } }', {}, { token });
  return result.data!.me.person.id;
}

export interface Slot {
  module: number;
  /** Hours from now. */
  startsIn: number;
  hours: number;
}

/** A cohort made through the API as a coordinator would: created, trainers assigned, sessions scheduled. */
export async function makeCohort(
  t: TestApp,
  coordinator: string,
  options: { course: CourseInfo; trainerIds: string[]; slots: Slot[]; startsOn?: string; endsOn?: string; capacity?: number; enrolmentClosesOn?: string | null; title?: string; checkInGraceMinutes?: number },
): Promise<{ id: string; sessions: { id: string; startsAt: string; module: { id: string } }[] }> {
  const created = await t.gql<{ createCohort: { cohort: { id: string } } }>(
    'mutation($input: CreateCohortInput!) { createCohort(input: $input) { cohort { id } } }',
    {
      input: {
        courseId: options.course.id,
        title: options.title ?? `Test cohort ${Math.random().toString(36).slice(2, 8)}`,
        startsOn: options.startsOn ?? isoDate(-10),
        endsOn: options.endsOn ?? isoDate(30),
        venue: 'Mekong Institute, Khon Kaen',
        language: 'en',
        capacity: options.capacity ?? 30,
        trainerIds: options.trainerIds,
        enrolmentClosesOn: options.enrolmentClosesOn ?? null,
        checkInGraceMinutes: options.checkInGraceMinutes ?? 15,
      },
    },
    { token: coordinator },
  );
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const id = created.data.createCohort.cohort.id;
  if (options.slots.length) {
    const scheduled = await t.gql<{ scheduleSessions: { sessions: { id: string; startsAt: string; module: { id: string } }[] } }>(
      'mutation($input: ScheduleSessionsInput!) { scheduleSessions(input: $input) { sessions { id startsAt module { id } } } }',
      {
        input: {
          cohortId: id,
          sessions: options.slots.map((slot) => ({
            moduleId: options.course.modules[slot.module].id,
            startsAt: new Date(Date.now() + slot.startsIn * HOUR).toISOString(),
            endsAt: new Date(Date.now() + (slot.startsIn + slot.hours) * HOUR).toISOString(),
          })),
        },
      },
      { token: coordinator },
    );
    if (!scheduled.data) throw new Error(JSON.stringify(scheduled.errors));
    return { id, sessions: scheduled.data.scheduleSessions.sessions };
  }
  return { id, sessions: [] };
}

export async function enrol(t: TestApp, coordinator: string, cohortId: string, personIds: string[]): Promise<string[]> {
  const result = await t.gql<{ enrolPeople: { enrolled: { id: string; person: { id: string } }[] } }>(
    'mutation($input: EnrolPeopleInput!) { enrolPeople(input: $input) { enrolled { id person { id } } } }',
    { input: { cohortId, personIds } },
    { token: coordinator },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  const byPerson = new Map(result.data.enrolPeople.enrolled.map((e) => [e.person.id, e.id]));
  return personIds.map((id) => byPerson.get(id)!);
}

/** Everything a refused request must leave untouched. */
export async function trainingSnapshot(t: TestApp): Promise<string> {
  const em = t.orm.em.fork();
  const [enrolments, records, results, plans, changes] = await Promise.all([
    em.find(Enrolment, {}, { orderBy: { id: 'asc' } }),
    em.find(AttendanceRecord, {}, { orderBy: { id: 'asc' } }),
    em.find(AssessmentResult, {}, { orderBy: { id: 'asc' } }),
    em.find(ActionPlan, {}, { orderBy: { id: 'asc' } }),
    em.count(ChangeRecord, {}),
  ]);
  return JSON.stringify({
    enrolments: enrolments.map((e) => [e.id, e.status, e.reason]),
    records: records.map((r) => [r.id, r.status, r.note]),
    results: results.map((r) => [r.id, r.score, r.feedback]),
    plans: plans.map((p) => [p.id, p.status, p.objectives]),
    changes,
  });
}

/** A fresh trainee with an account, so a test does not depend on the demo programme's enrolments. */
export async function newTrainee(t: TestApp, fullName: string, who: { gender?: Gender; countryCode?: string } = {}): Promise<{ token: string; personId: string }> {
  const em = t.orm.em.fork();
  const email = `${fullName.toLowerCase().replace(/[^a-z]+/g, '.')}.${Math.random().toString(36).slice(2, 7)}@example.org`;
  const person = new Person(fullName, who.gender ?? Gender.FEMALE, who.countryCode ?? 'KH', TargetGroup.SME_LEADER);
  person.email = email;
  em.persist(person);
  const user = new User(email, await hashPassword(DEMO_PASSWORD), [Role.TRAINEE]);
  user.person = em.getReference(Person, person.id, { wrapped: true });
  await em.persistAndFlush(user);
  return { token: await t.signIn(email), personId: person.id };
}

import { z } from 'zod';
import { ActionPlanStatus, Role } from '../common/enums';
import { LOCALES } from '../common/locale';
import type { CompletionRules } from '../courses/course.entity';

/**
 * `seeds/cohorts.yaml`: the cohorts of the demo programme, their sessions, who enrolled and how
 * each person's story ends. Historical cohorts have absolute dates; current ones are whole days
 * relative to the day the database is seeded, so the demo always has a cohort under way.
 */

/** The region (Cambodia, Myanmar, Thailand, Vietnam) keeps UTC+07:00 all year. */
export const REGION_UTC_OFFSET = '+07:00';
const REGION_OFFSET_MS = 7 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

export const DEFAULT_SESSION_HOURS = { from: '08:30', to: '16:30' } as const;

/** The calendar date (YYYY-MM-DD) of an instant in the region. */
export function regionDate(at: Date): string {
  return new Date(at.getTime() + REGION_OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** `HH:MM` on a date, local time in the region. */
export function regionTime(date: string, clock: string): Date {
  return new Date(`${date}T${clock}:00${REGION_UTC_OFFSET}`);
}

const key = z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and hyphens');
const text = z.string().trim().min(1, 'must not be empty');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'is not a calendar date');
/** An absolute date, or whole days from the day of seeding (-7 = a week before). */
const day = z.union([isoDate, z.number().int()], { errorMap: () => ({ message: 'must be a date (YYYY-MM-DD) or a whole number of days from seeding' }) });
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const NOW_OFFSET = /^now([+-])(\d+)([hm])$/;
const time = z.string().refine((value) => CLOCK.test(value) || NOW_OFFSET.test(value), 'must be HH:MM (local, UTC+07:00) or an offset from seeding such as now-1h or now+90m');

const sessionSchema = z
  .object({
    module: key,
    day: day.optional(),
    from: time.default(DEFAULT_SESSION_HOURS.from),
    to: time.default(DEFAULT_SESSION_HOURS.to),
  })
  .strict();

const enrolmentsSchema = z
  .object({
    /** Admitted. In a finished cohort they end COMPLETED unless outcomes names a shortfall. */
    approved: z.array(key).default([]),
    pending: z.array(z.object({ person: key, motivation: text.optional() }).strict()).default([]),
    waitlisted: z.array(z.object({ person: key, reason: text }).strict()).default([]),
    /** Approved, then withdrew before the cohort started. */
    withdrawn: z.array(z.object({ person: key, reason: text.optional() }).strict()).default([]),
    rejected: z.array(z.object({ person: key, reason: text }).strict()).default([]),
  })
  .strict();

export const SHORTFALL_REASONS = ['attendance', 'post-test', 'action-plan'] as const;
export type ShortfallReason = (typeof SHORTFALL_REASONS)[number];

const outcomesSchema = z
  .object({
    /** completed: the cohort is over and every approved person meets every completion rule, except the shortfalls. in-progress: on track so far. */
    default: z.enum(['completed', 'in-progress']),
    shortfalls: z.array(z.object({ person: key, reason: z.enum(SHORTFALL_REASONS), module: key.optional() }).strict()).default([]),
    /** Failed a post-test once and passed it on the second attempt. */
    retakes: z.array(z.object({ person: key, module: key.optional() }).strict()).default([]),
  })
  .strict();

const cohortSchema = z
  .object({
    key,
    course: key,
    title: text,
    startsOn: day,
    endsOn: day,
    venue: text.optional(),
    language: z.enum(LOCALES),
    capacity: z.number().int().positive(),
    trainers: z.array(z.string().email()).min(1),
    enrolment: z.object({ opensOn: day, closesOn: day }).strict().optional(),
    sessions: z.array(sessionSchema).min(1),
    enrolments: enrolmentsSchema.default({}),
    outcomes: outcomesSchema.optional(),
    /** Plans written so far in a cohort under way (a finished cohort's plans are generated). */
    actionPlans: z.array(z.object({ person: key, status: z.nativeEnum(ActionPlanStatus) }).strict()).default([]),
  })
  .strict();

export type CohortRow = z.infer<typeof cohortSchema>;
export type SessionRow = z.infer<typeof sessionSchema>;

/** What the cohorts file may refer to: people.yaml, users.yaml and the courses content sync loaded. */
export interface SeedRefs {
  people: ReadonlySet<string>;
  users: ReadonlyMap<string, readonly Role[]>;
  courses: ReadonlyMap<string, { modules: readonly string[]; rules: CompletionRules }>;
}

export interface ResolvedSession {
  module: string;
  startsAt: Date;
  endsAt: Date;
}

/** A cohort's dates made concrete for one moment of seeding. */
export interface ResolvedDates {
  startsOn: string;
  endsOn: string;
  opensOn: string | null;
  closesOn: string | null;
  /** In order of start. */
  sessions: ResolvedSession[];
}

function resolveDay(value: string | number, today: string): string {
  return typeof value === 'number' ? addDays(today, value) : value;
}

function nowOffset(now: Date, value: string): Date | null {
  const match = NOW_OFFSET.exec(value);
  if (!match) return null;
  const minutes = Number(match[2]) * (match[3] === 'h' ? 60 : 1) * (match[1] === '-' ? -1 : 1);
  return new Date(now.getTime() + minutes * MINUTE_MS);
}

export function resolveDates(row: CohortRow, now: Date): ResolvedDates {
  const today = regionDate(now);
  const sessions = row.sessions.map((session) => {
    const date = resolveDay(session.day ?? 0, today);
    return {
      module: session.module,
      startsAt: nowOffset(now, session.from) ?? regionTime(date, session.from),
      endsAt: nowOffset(now, session.to) ?? regionTime(date, session.to),
    };
  });
  return {
    startsOn: resolveDay(row.startsOn, today),
    endsOn: resolveDay(row.endsOn, today),
    opensOn: row.enrolment ? resolveDay(row.enrolment.opensOn, today) : null,
    closesOn: row.enrolment ? resolveDay(row.enrolment.closesOn, today) : null,
    sessions: sessions.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()),
  };
}

/** Every person in a cohort with their place in the file, for one pass of checks. */
function peopleOf(row: CohortRow): { person: string; path: (string | number)[] }[] {
  const e = row.enrolments;
  return [
    ...e.approved.map((person, j) => ({ person, path: ['enrolments', 'approved', j] })),
    ...e.pending.map((x, j) => ({ person: x.person, path: ['enrolments', 'pending', j, 'person'] })),
    ...e.waitlisted.map((x, j) => ({ person: x.person, path: ['enrolments', 'waitlisted', j, 'person'] })),
    ...e.withdrawn.map((x, j) => ({ person: x.person, path: ['enrolments', 'withdrawn', j, 'person'] })),
    ...e.rejected.map((x, j) => ({ person: x.person, path: ['enrolments', 'rejected', j, 'person'] })),
  ];
}

function checkCohort(row: CohortRow, refs: SeedRefs, now: Date, issue: (path: (string | number)[], message: string) => void): void {
  const course = refs.courses.get(row.course);
  if (!course) issue(['course'], `unknown course "${row.course}" (content/ has ${[...refs.courses.keys()].join(', ')})`);

  row.trainers.forEach((email, j) => {
    const roles = refs.users.get(email.toLowerCase());
    if (!roles) issue(['trainers', j], `no account ${email} in users.yaml`);
    else if (!roles.includes(Role.TRAINER)) issue(['trainers', j], `${email} is not a TRAINER`);
  });

  // Dates: a cohort is either historical (absolute dates) or current (days from seeding).
  const relative = typeof row.startsOn === 'number';
  const kindOf = (value: string | number | undefined) => (value === undefined ? relative : typeof value === 'number');
  let datesOk = true;
  const sameKind = (value: string | number | undefined, path: (string | number)[]) => {
    if (kindOf(value) === relative) return;
    issue(path, relative ? 'must be days from seeding, like startsOn' : 'must be a date (YYYY-MM-DD), like startsOn');
    datesOk = false;
  };
  sameKind(row.endsOn, ['endsOn']);
  sameKind(row.enrolment?.opensOn, ['enrolment', 'opensOn']);
  sameKind(row.enrolment?.closesOn, ['enrolment', 'closesOn']);
  row.sessions.forEach((session, j) => {
    if (course && !course.modules.includes(session.module)) issue(['sessions', j, 'module'], `course ${row.course} has no module "${session.module}"`);
    const aroundNow = [session.from, session.to].filter((value) => NOW_OFFSET.test(value)).length;
    const fail = (path: (string | number)[], message: string) => {
      issue(path, message);
      datesOk = false;
    };
    if (aroundNow === 1) fail(['sessions', j], 'from and to must both be clock times or both be offsets from now');
    if (aroundNow === 2) {
      if (session.day !== undefined) fail(['sessions', j, 'day'], 'a session placed around now has no day');
      if (!relative) fail(['sessions', j], 'only a cohort dated relative to seeding may have a session around now');
    } else if (session.day === undefined) fail(['sessions', j], 'day is required');
    else sameKind(session.day, ['sessions', j, 'day']);
  });
  // The checks below read the dates as resolved: only meaningful once they are of the right kind.
  if (!datesOk) return;

  const dates = resolveDates(row, now);
  if (dates.startsOn > dates.endsOn) issue(['endsOn'], 'is before startsOn');
  if (dates.opensOn && dates.closesOn && dates.opensOn > dates.closesOn) issue(['enrolment', 'closesOn'], 'is before opensOn');
  if (dates.closesOn && dates.closesOn > dates.startsOn) issue(['enrolment', 'closesOn'], 'is after the cohort starts');
  row.sessions.forEach((session, j) => {
    const resolved = resolveDates({ ...row, sessions: [session] }, now).sessions[0];
    if (resolved.endsAt <= resolved.startsAt) issue(['sessions', j, 'to'], 'must be after from');
    const date = regionDate(resolved.startsAt);
    if (date < dates.startsOn || date > dates.endsOn) issue(['sessions', j], `falls on ${date}, outside the cohort's dates`);
  });

  const seen = new Set<string>();
  for (const { person, path } of peopleOf(row)) {
    if (!refs.people.has(person)) issue(path, `unknown person "${person}" (not in people.yaml)`);
    if (seen.has(person)) issue(path, `${person} is listed twice in this cohort`);
    seen.add(person);
  }
  if (row.enrolments.approved.length > row.capacity) issue(['capacity'], `is ${row.capacity} but ${row.enrolments.approved.length} people are approved`);

  // The outcome must fit where the cohort stands at the moment of seeding.
  const started = dates.sessions.some((s) => s.startsAt <= now);
  const finished = dates.sessions.every((s) => s.endsAt <= now);
  const outcome = row.outcomes?.default;
  if (outcome === 'completed' && !finished) issue(['outcomes', 'default'], 'completed needs every session to have ended before seeding');
  if (outcome === 'in-progress' && (!started || finished)) issue(['outcomes', 'default'], 'in-progress needs a session that has begun and one that has not ended');
  if (!outcome && started) issue(['sessions'], 'sessions have begun: outcomes.default is required');

  const approved = new Set(row.enrolments.approved);
  const named = new Set<string>();
  const checkNamed = (person: string, module: string | undefined, path: (string | number)[]) => {
    if (!approved.has(person)) issue([...path, 'person'], `${person} is not approved in this cohort`);
    if (named.has(person)) issue([...path, 'person'], `${person} has more than one exception`);
    named.add(person);
    if (module && course && !course.modules.includes(module)) issue([...path, 'module'], `course ${row.course} has no module "${module}"`);
  };
  row.outcomes?.shortfalls.forEach((shortfall, j) => {
    const path = ['outcomes', 'shortfalls', j];
    checkNamed(shortfall.person, shortfall.module, path);
    if (outcome !== 'completed') issue(path, 'only a completed cohort has shortfalls');
    if (shortfall.reason === 'action-plan' && course && !course.rules.requireActionPlan) issue([...path, 'reason'], `course ${row.course} does not require an action plan`);
    if (shortfall.reason === 'post-test' && course && !course.rules.requirePostTestPass) issue([...path, 'reason'], `course ${row.course} does not require passing post-tests`);
    if (shortfall.module && shortfall.reason !== 'post-test') issue([...path, 'module'], 'only a post-test shortfall names a module');
  });
  row.outcomes?.retakes.forEach((retake, j) => {
    const path = ['outcomes', 'retakes', j];
    checkNamed(retake.person, retake.module, path);
    if (outcome !== 'completed') issue(path, 'only a completed cohort has retakes');
    if (course && course.rules.postTestAttempts < 2) issue(path, `course ${row.course} allows one post-test attempt`);
  });

  const planned = new Set<string>();
  row.actionPlans.forEach((plan, j) => {
    if (!approved.has(plan.person)) issue(['actionPlans', j, 'person'], `${plan.person} is not approved in this cohort`);
    if (planned.has(plan.person)) issue(['actionPlans', j, 'person'], `${plan.person} has two plans`);
    planned.add(plan.person);
    if (outcome === 'completed') issue(['actionPlans', j], "a completed cohort's action plans are generated (accepted, or returned for an action-plan shortfall)");
    if (!started) issue(['actionPlans', j], 'no action plans before the cohort starts');
  });
}

/** The schema of seeds/cohorts.yaml, checked against the other seed files and the loaded content. */
export function cohortsFileSchema(refs: SeedRefs, now: Date) {
  return z.array(cohortSchema).superRefine((rows, ctx) => {
    const keys = new Set<string>();
    rows.forEach((row, i) => {
      const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i, ...path], message });
      if (keys.has(row.key)) issue(['key'], `duplicate cohort key "${row.key}"`);
      keys.add(row.key);
      checkCohort(row, refs, now, issue);
    });
  });
}

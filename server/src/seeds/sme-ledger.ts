import { randomUUID } from 'node:crypto';
import { ref, type EntityManager } from '@mikro-orm/core';
import { ProgressReport } from '../action-plans/action-plan.entity';
import { EnrolmentStatus, Gender, SupportKind } from '../common/enums';
import { Enrolment } from '../enrolments/enrolment.entity';
import type { Person } from '../people/person.entity';
import { foldName, foldProvince, matchReasons, nameSimilarity, normalisePhone, normaliseRegistrationNumber, SIMILAR_NAME_THRESHOLD, type SmeMatchKey } from '../smes/matching';
import { Sme, SmeSupport } from '../smes/sme.entity';
import type { User } from '../users/user.entity';
import { addDays, regionTime } from './cohorts-file';
import { Rng } from './prng';
import { phoneNumber, pickSector, registrationNumber, respell, SEC_PROVINCES, shorten, smeName, SUPPORT_RESULTS, type Country, type VariantKind } from './sme-names';

/**
 * The demo SME ledger: the SMEs the Component A leaders who completed the course supported, as
 * support records on their progress reports. About 1,000 businesses, a few supported again in a
 * later report, and about 30 recorded a second time by another leader (a spelling variant, the same
 * phone or the same registration number) for a coordinator to merge. Everything comes from named
 * deterministic streams, per leader, so every seeding tells the same story.
 */

/** Businesses the leaders reached (the programme promised over 1,000). */
export const LEDGER_BUSINESSES = 1008;
/** Of those, recorded a second time by another leader of the same country. */
export const LEDGER_DUPLICATES = 30;
/** Chance that a business supported in one report is supported again in a later one. */
const FOLLOW_UP = 0.1;

const COMPONENT = 'A';
const KINDS: [SupportKind, number][] = [
  [SupportKind.TRAINING, 30],
  [SupportKind.COACHING, 25],
  [SupportKind.MARKET_LINKAGE, 16],
  [SupportKind.EXPORT_CONSORTIUM, 11],
  [SupportKind.CERTIFICATION, 9],
  [SupportKind.FINANCE_ACCESS, 9],
];
const LATER_KINDS = [SupportKind.MARKET_LINKAGE, SupportKind.EXPORT_CONSORTIUM, SupportKind.CERTIFICATION, SupportKind.FINANCE_ACCESS, SupportKind.COACHING];

export interface LedgerSummary {
  smes: number;
  smeSupports: number;
  /** Pairs recorded twice, for a coordinator to merge. */
  smeDuplicatePairs: number;
  /** Leaders with support records. */
  smeLeaders: number;
  /** How the reports' smesReached changed once they tell of their support records. */
  smesReachedChange: number;
}

interface Leader {
  key: string;
  person: Person;
  enrolment: Enrolment;
  cohortEndsOn: string;
  reports: ProgressReport[];
  user: User | null;
}

interface Recorded {
  sme: Sme;
  leader: number;
  report: number;
}

/** A support record as inserted: plain columns, no unit-of-work bookkeeping. */
interface SupportRow {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  sme: string;
  enrolment: string;
  progressReport: string;
  kind: SupportKind;
  supportedOn: string;
  result: string | null;
}

/** The SMEs generated so far, to keep every business but the planned duplicates unmatched. */
class Ledger {
  readonly rows: Recorded[] = [];
  private readonly blocks = new Map<string, Sme[]>();
  private readonly phones = new Set<string>();
  private readonly numbers = new Set<string>();

  /** Whether `key` matches anything recorded, other than `except`. */
  clashes(key: SmeMatchKey, except: Sme | null = null): boolean {
    if (key.phone && this.phones.has(key.phone) && except?.phone !== key.phone) return true;
    if (key.registrationNumber && this.numbers.has(key.registrationNumber) && except?.registrationNumber !== key.registrationNumber) return true;
    // The block is one country and province already: comparing the names is all that is left.
    return (this.blocks.get(blockOf(key)) ?? []).some((other) => other !== except && (other.matchName === key.matchName || nameSimilarity(other.matchName, key.matchName) >= SIMILAR_NAME_THRESHOLD));
  }

  add(row: Recorded): void {
    this.rows.push(row);
    const block = this.blocks.get(blockOf(row.sme)) ?? [];
    block.push(row.sme);
    this.blocks.set(blockOf(row.sme), block);
    if (row.sme.phone) this.phones.add(row.sme.phone);
    if (row.sme.registrationNumber) this.numbers.add(row.sme.registrationNumber);
  }
}

/** The columns of an SME as inserted. */
function smeRow(sme: Sme) {
  const { id, createdAt, updatedAt, name, matchName, countryCode, province, sector, ownerGender, womenEmployees, menEmployees, registrationNumber, phone } = sme;
  return { id, createdAt, updatedAt, name, matchName, countryCode, province, sector, ownerGender, womenEmployees, menEmployees, registrationNumber, phone, createdBy: sme.createdBy?.id ?? null };
}

const folded = new Map<string, string>();

function blockOf(key: SmeMatchKey): string {
  const province = key.province ?? '';
  let fold = folded.get(province);
  if (fold === undefined) folded.set(province, (fold = foldProvince(province)));
  return `${key.countryCode}|${fold}`;
}

/** Splits `total` in proportion to `weights`, by largest remainders, so the parts add up exactly. */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = total - parts.reduce((s, p) => s + p, 0);
  for (let k = 0; k < missing; k += 1) parts[order[k % order.length][1]] += 1;
  return parts;
}

function pickKind(rng: Rng): SupportKind {
  let roll = rng.float() * KINDS.reduce((s, [, w]) => s + w, 0);
  for (const [kind, weight] of KINDS) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return SupportKind.TRAINING;
}

/** A day within a report's window: after the previous report (or the course), not after this one. */
function dayIn(leader: Leader, report: number, rng: Rng): string {
  const from = report === 0 ? addDays(leader.cohortEndsOn, 7) : addDays(leader.reports[report - 1].reportedOn, 1);
  const to = leader.reports[report].reportedOn;
  const span = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000));
  return addDays(from, rng.int(0, span));
}

/** The leaders who completed a Component A course, with their progress reports, in a fixed order. */
async function completedLeaders(em: EntityManager, keys: ReadonlyMap<string, string>, users: ReadonlyMap<string, User>): Promise<Leader[]> {
  const enrolments = await em.find(
    Enrolment,
    { status: EnrolmentStatus.COMPLETED, cohort: { course: { component: { code: COMPONENT } } } },
    { populate: ['person', 'cohort'], orderBy: { cohort: { startsOn: 'asc' } } },
  );
  const reports = await em.find(ProgressReport, { actionPlan: { enrolment: { $in: enrolments.map((e) => e.id) } } }, { populate: ['actionPlan'], orderBy: { reportedOn: 'asc' } });
  const userOf = new Map([...users.values()].filter((u) => u.person).map((u) => [u.person!.id, u]));
  return enrolments
    .map((enrolment) => ({
      key: keys.get(enrolment.person.id) ?? enrolment.person.id,
      person: enrolment.person.getEntity(),
      enrolment,
      cohortEndsOn: enrolment.cohort.getEntity().endsOn,
      reports: reports.filter((r) => r.actionPlan.getEntity().enrolment.id === enrolment.id),
      user: userOf.get(enrolment.person.id) ?? null,
    }))
    .filter((leader) => leader.reports.length > 0)
    .sort((a, b) => a.cohortEndsOn.localeCompare(b.cohortEndsOn) || a.key.localeCompare(b.key));
}

/** A new business of the leader's country, in their province or another of the corridor's. */
function business(leader: Leader, rng: Rng, ledger: Ledger): Sme {
  const country = leader.person.countryCode as Country;
  const provinces = SEC_PROVINCES[country];
  for (;;) {
    const sector = pickSector(rng);
    const sme = new Sme(smeName(country, sector, rng), country, sector);
    sme.matchName = foldName(sme.name);
    sme.province = rng.chance(0.55) && leader.person.province ? leader.person.province : rng.pick(provinces);
    if (rng.chance(0.7)) sme.phone = normalisePhone(phoneNumber(country, rng), country);
    if (rng.chance(0.4)) sme.registrationNumber = normaliseRegistrationNumber(registrationNumber(country, rng));
    const owner = rng.float();
    sme.ownerGender = owner < 0.54 ? Gender.FEMALE : owner < 0.95 ? Gender.MALE : null;
    if (rng.chance(0.8)) {
      const size = rng.chance(0.8) ? rng.int(1, 12) : rng.int(13, 60);
      sme.womenEmployees = Math.round(size * (0.35 + 0.4 * rng.float()));
      sme.menEmployees = size - sme.womenEmployees;
    }
    if (!ledger.clashes(sme)) return sme;
  }
}

/** The same business as `original`, written down by another leader: it matches the original and nothing else. */
function duplicateOf(original: Sme, kind: VariantKind, rng: Rng, ledger: Ledger): Sme {
  const country = original.countryCode as Country;
  for (let attempt = 0; ; attempt += 1) {
    // Found by its number, the name may be written quite differently: shortened, or spelt another way.
    const name = kind !== 'spelling' && rng.chance(0.5) ? shorten(original.name) : respell(country, original.name, rng);
    const sme = new Sme(attempt > 20 ? original.name : name, original.countryCode, original.sector);
    sme.matchName = foldName(sme.name);
    sme.province = original.province;
    sme.ownerGender = rng.chance(0.8) ? original.ownerGender : null;
    // The second leader often leaves out what the first wrote down.
    if (kind === 'phone') sme.phone = original.phone ?? normalisePhone(phoneNumber(country, rng), country);
    if (kind === 'registration') sme.registrationNumber = original.registrationNumber ?? normaliseRegistrationNumber(registrationNumber(country, rng));
    if (kind === 'spelling' && rng.chance(0.5)) sme.menEmployees = original.menEmployees;
    if (kind !== 'spelling') sme.province = rng.chance(0.5) ? original.province : rng.pick(SEC_PROVINCES[country]);
    if (matchReasons(original, sme).length && !ledger.clashes(sme, original)) {
      // The original keeps the number the duplicate is found by.
      if (kind === 'phone') original.phone = sme.phone;
      if (kind === 'registration') original.registrationNumber = sme.registrationNumber;
      return sme;
    }
    if (attempt > 50) throw new Error(`seeds: no duplicate of ${original.name} matches it alone`);
  }
}

/** Writes the ledger: SMEs, their support records, and each report's smesReached as the SMEs it tells of. */
export async function seedSmeLedger(em: EntityManager, context: { people: ReadonlyMap<string, Person>; users: ReadonlyMap<string, User> }): Promise<LedgerSummary> {
  const keys = new Map([...context.people].map(([key, person]) => [person.id, key]));
  const leaders = await completedLeaders(em, keys, context.users);
  const summary: LedgerSummary = { smes: 0, smeSupports: 0, smeDuplicatePairs: 0, smeLeaders: leaders.length, smesReachedChange: 0 };
  if (!leaders.length) return summary;
  const ledger = new Ledger();
  const supports: SupportRow[] = [];
  const support = (row: Recorded, kind: SupportKind, supportedOn: string, rng: Rng): SupportRow => {
    const leader = leaders[row.leader];
    const report = leader.reports[row.report];
    // Recorded with the report, on the day it was written.
    const at = regionTime(report.reportedOn, '16:00');
    const line = { id: randomUUID(), createdAt: at, updatedAt: at, sme: row.sme.id, enrolment: leader.enrolment.id, progressReport: report.id, kind, supportedOn, result: rng.chance(0.75) ? rng.pick(SUPPORT_RESULTS[kind]) : null };
    supports.push(line);
    return line;
  };

  // Each leader's share follows what their reports said they reached; each report's share too.
  const shares = apportion(
    LEDGER_BUSINESSES,
    leaders.map((l) => l.reports.reduce((s, r) => s + Math.max(1, r.smesReached), 0)),
  );
  leaders.forEach((leader, index) => {
    const rng = Rng.named('sme-ledger', leader.key);
    const perReport = apportion(
      shares[index],
      leader.reports.map((r) => Math.max(1, r.smesReached)),
    );
    perReport.forEach((count, report) => {
      for (let n = 0; n < count; n += 1) {
        const sme = business(leader, rng, ledger);
        const row = { sme, leader: index, report };
        ledger.add(row);
        const first = support(row, pickKind(rng), dayIn(leader, report, rng), rng);
        sme.createdAt = sme.updatedAt = regionTime(first.supportedOn, '15:00');
        sme.createdBy = leader.user ? ref(leader.user) : null;
        // Supported again later: a follow-up in a later report, or a second kind of help in this one.
        if (report + 1 < leader.reports.length && rng.chance(FOLLOW_UP)) {
          const later = rng.int(report + 1, leader.reports.length - 1);
          support({ ...row, report: later }, rng.pick(LATER_KINDS), dayIn(leader, later, rng), rng);
        } else if (rng.chance(0.02)) {
          const kind = rng.pick(LATER_KINDS.filter((k) => k !== first.kind));
          support(row, kind, dayIn(leader, report, rng), rng);
        }
      }
    });
  });

  // The same business recorded by a second leader of the same country.
  const rng = Rng.named('sme-ledger', 'duplicates');
  const originals = rng.shuffle(ledger.rows.filter((row) => leaders.filter((l) => l.person.countryCode === leaders[row.leader].person.countryCode).length > 1));
  const kinds: VariantKind[] = ['spelling', 'spelling', 'phone', 'registration'];
  const used = new Set<Sme>();
  for (const original of originals) {
    if (summary.smeDuplicatePairs >= LEDGER_DUPLICATES) break;
    if (used.has(original.sme)) continue;
    const country = leaders[original.leader].person.countryCode;
    const others = leaders.map((l, i) => ({ l, i })).filter(({ l, i }) => i !== original.leader && l.person.countryCode === country);
    const { i: second } = rng.pick(others);
    const report = rng.int(0, leaders[second].reports.length - 1);
    const sme = duplicateOf(original.sme, kinds[summary.smeDuplicatePairs % kinds.length], rng, ledger);
    used.add(original.sme);
    const row = { sme, leader: second, report };
    ledger.add(row);
    const first = support(row, pickKind(rng), dayIn(leaders[second], report, rng), rng);
    sme.createdAt = sme.updatedAt = regionTime(first.supportedOn, '15:00');
    sme.createdBy = leaders[second].user ? ref(leaders[second].user) : null;
    summary.smeDuplicatePairs += 1;
  }

  // Two thousand plain rows: multi-row inserts, no unit-of-work bookkeeping.
  await em.insertMany(Sme, ledger.rows.map(({ sme }) => smeRow(sme)));
  await em.insertMany(SmeSupport, supports);
  // A report with support records reaches the distinct SMEs among them (saved with the loader's transaction).
  const perReport = new Map<string, Set<string>>();
  for (const line of supports) perReport.set(line.progressReport, (perReport.get(line.progressReport) ?? new Set()).add(line.sme));
  for (const report of leaders.flatMap((l) => l.reports)) {
    const reached = perReport.get(report.id)?.size ?? report.smesReached;
    summary.smesReachedChange += reached - report.smesReached;
    report.smesReached = reached;
  }
  summary.smes = ledger.rows.length;
  summary.smeSupports = supports.length;
  return summary;
}

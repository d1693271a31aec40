import { EntityManager } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { Injectable } from '@nestjs/common';
import { matchReasons, nameSimilarity, type SmeMatchReason } from './matching';
import { similarNamePairs } from './similar-names';
import { matchStrength } from './sme-matches.service';
import type { Viewer } from '../auth/request-context';
import { SmeAccess } from './sme-access';
import { Sme } from './sme.entity';

export interface SmeDuplicateCandidate {
  first: Sme;
  second: Sme;
  reasons: SmeMatchReason[];
  similarity: number;
}

interface KeyRow {
  id: string;
  country_code: string;
  province: string | null;
  match_name: string;
  registration_number: string | null;
  phone: string | null;
}

const COLUMNS = ['s.id', 's.country_code', 's.province', 's.match_name', 's.registration_number', 's.phone'];

export const DEFAULT_DUPLICATES = 50;
const MAX_GROUP = 50;

/**
 * Pairs of SMEs (neither merged, not marked distinct) that may be one business: exact keys (folded
 * name and province, registration number, phone) by SQL grouping, similar names by comparing names
 * within each country and province in code, so the work grows with block sizes, not the ledger's square.
 */
@Injectable()
export class SmeDuplicatesService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: SmeAccess,
  ) {}

  async candidates(viewer: Viewer, first = DEFAULT_DUPLICATES): Promise<SmeDuplicateCandidate[]> {
    this.access.assertRunsProgramme(viewer);
    const em = this.em as SqlEntityManager;
    const knex = em.getKnex();
    const standing = () => knex.from({ s: 'sme' }).whereNull('s.merged_into_id');
    /** Standing SMEs sharing a key with another standing SME: the key is grouped, then joined back. */
    const sharing = (key: string[], where: (q: Knex.QueryBuilder) => Knex.QueryBuilder) => {
      const groups = where(standing().select(key.map((column) => `s.${column}`)))
        .groupBy(key.map((column) => `s.${column}`))
        .havingRaw('count(*) > 1')
        .as('g');
      return standing()
        .select(COLUMNS)
        .join(groups, (on) => {
          for (const column of key) on.on(`g.${column}`, `s.${column}`);
        });
    };
    const sameName = await em.execute<KeyRow[]>(sharing(['country_code', 'province', 'match_name'], (q) => q.whereNotNull('s.province').whereNot('s.match_name', '')));
    // Without a province, the same folded name in the same country.
    const sameNameNoProvince = await em.execute<KeyRow[]>(sharing(['country_code', 'match_name'], (q) => q.whereNull('s.province').whereNot('s.match_name', '')).whereNull('s.province'));
    const sameNumber = await em.execute<KeyRow[]>(sharing(['country_code', 'registration_number'], (q) => q.whereNotNull('s.registration_number')));
    const samePhone = await em.execute<KeyRow[]>(sharing(['phone'], (q) => q.whereNotNull('s.phone')));
    const names = await em.execute<KeyRow[]>(standing().select(COLUMNS).whereNot('s.match_name', ''));
    const distinct = await em.execute<{ first_id: string; second_id: string }[]>(knex.select('first_id', 'second_id').from('sme_distinct_pair'));
    const decided = new Set(distinct.map((row) => `${row.first_id}|${row.second_id}`));

    const pairs = new Map<string, [KeyRow, KeyRow]>();
    const add = (a: KeyRow, b: KeyRow) => {
      const [x, y] = a.id < b.id ? [a, b] : [b, a];
      const key = `${x.id}|${y.id}`;
      if (x.id !== y.id && !decided.has(key)) pairs.set(key, [x, y]);
    };
    const keyed = (rows: KeyRow[], key: (row: KeyRow) => string) => {
      const groups = new Map<string, KeyRow[]>();
      for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
      for (const group of groups.values()) {
        // Hundreds sharing one number is a placeholder ("0", the leader's own phone), not a business.
        if (group.length > MAX_GROUP) continue;
        group.forEach((a, i) => group.slice(i + 1).forEach((b) => add(a, b)));
      }
    };
    keyed(sameName, (row) => `${row.country_code}|${row.province}|${row.match_name}`);
    keyed(sameNameNoProvince, (row) => `${row.country_code}|${row.match_name}`);
    keyed(sameNumber, (row) => `${row.country_code}|${row.registration_number}`);
    keyed(samePhone, (row) => `${row.phone}`);
    const asNamed = names.map((row) => ({ ...row, countryCode: row.country_code, matchName: row.match_name }));
    for (const pair of similarNamePairs(asNamed)) add(pair.first, pair.second);

    const ranked = [...pairs.values()]
      .map(([a, b]) => ({ a, b, reasons: matchReasons(keyOf(a), keyOf(b)), similarity: nameSimilarity(a.match_name, b.match_name) }))
      .filter((pair) => pair.reasons.length > 0)
      .sort((x, y) => matchStrength(y.reasons) - matchStrength(x.reasons) || y.similarity - x.similarity || (x.a.id < y.a.id ? -1 : 1))
      .slice(0, first);
    const smes = new Map((await this.em.find(Sme, { id: { $in: ranked.flatMap((pair) => [pair.a.id, pair.b.id]) } })).map((sme) => [sme.id, sme]));
    return ranked.map(({ a, b, reasons, similarity }) => {
      const [older, newer] = [smes.get(a.id)!, smes.get(b.id)!].sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime() || (x.id < y.id ? -1 : 1));
      return { first: older, second: newer, reasons, similarity };
    });
  }
}

function keyOf(row: KeyRow) {
  return { countryCode: row.country_code, province: row.province, matchName: row.match_name, registrationNumber: row.registration_number, phone: row.phone };
}

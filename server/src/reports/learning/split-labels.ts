import type { Knex } from '@mikro-orm/knex';
import { rowsOf, text } from '../report-cells';
import { ReportSplit } from '../report-filter.input';

/** Cohort titles for COHORT keys (one query); other keys are codes the client translates. */
export async function splitLabels(knex: Knex, by: ReportSplit, keys: string[]): Promise<Map<string, string>> {
  if (by !== ReportSplit.COHORT || keys.length === 0) return new Map();
  const rows = await rowsOf(knex('cohort').whereIn('id', keys).select('id', 'title'));
  return new Map(rows.map((row) => [text(row.id), text(row.title)]));
}

/** Years in time order; every other split by label, as the indicators order their cells. */
export function cellOrder(by: ReportSplit): (a: { key: string; label: string }, b: { key: string; label: string }) => number {
  return (a, b) => (by === ReportSplit.YEAR ? a.key.localeCompare(b.key) : a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
}

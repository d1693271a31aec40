import type { Knex } from '@mikro-orm/knex';
import type { ReportCell } from '../models/report-cell.model';
import { rowsOf, text, toNumber } from '../report-cells';
import type { ReportFilter } from '../report-filter.input';
import { monthOf, type SqlDialect } from '../report-scope';
import { visibleFigure, type ReportAudience, type VisibleFigure } from '../small-cells';
import { reachedSmes } from './sme-scope';

export interface SmesMonth {
  /** YYYY-MM */
  month: string;
  smes: number;
  cumulative: number;
}

export interface SmesReached {
  total: VisibleFigure;
  byMonth: SmesMonth[];
  byProvince: ReportCell[];
  bySector: ReportCell[];
  byKind: ReportCell[];
  byOwnerSex: ReportCell[];
}

/**
 * SMEs reached by the participants the filter selects, each counted once in the month, and with
 * the kind, of its first support; province, sector and owner's sex are the SME's own. The people
 * behind each figure are the leaders of those first supports. Six statements whatever the size.
 */
export async function smesReachedFigures(
  knex: Knex,
  dialect: SqlDialect,
  filter: ReportFilter,
  audience: ReportAudience,
): Promise<SmesReached> {
  const counts = [knex.raw('count(*) as value'), knex.raw('count(distinct f.person_id) as people')];
  const by = async (expression: string): Promise<ReportCell[]> => {
    const rows = await rowsOf(
      reachedSmes(knex, dialect, filter)
        .select(knex.raw(`${expression} as k`), ...counts)
        .groupByRaw(expression),
    );
    return rows
      .map((row) => ({
        key: text(row.k),
        label: text(row.k),
        ...visibleFigure({ value: toNumber(row.value), people: toNumber(row.people) }, audience),
      }))
      .sort((a, b) => a.key.localeCompare(b.key));
  };
  const [totalRow] = await rowsOf(reachedSmes(knex, dialect, filter).select(...counts));
  const total = visibleFigure({ value: toNumber(totalRow?.value), people: toNumber(totalRow?.people) }, audience);
  const month = monthOf('f.supported_on', dialect);
  const monthRows = await rowsOf(
    reachedSmes(knex, dialect, filter)
      .select(knex.raw(`${month} as month`), knex.raw('count(*) as smes'))
      .groupByRaw(month)
      .orderBy('month'),
  );
  let cumulative = 0;
  // A suppressed total would be given away by its months.
  const byMonth = total.suppressed
    ? []
    : monthRows.map((row) => {
        cumulative += toNumber(row.smes);
        return { month: text(row.month), smes: toNumber(row.smes), cumulative };
      });
  return {
    total,
    byMonth,
    byProvince: await by(`coalesce(f.province, 'NONE')`),
    bySector: await by('f.sector'),
    byKind: await by('f.kind'),
    byOwnerSex: await by(`coalesce(f.owner_gender, 'NONE')`),
  };
}

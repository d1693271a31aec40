import type { Locale } from '../../common/locale';
import { pickLocale } from '../../common/locale';
import type { IndicatorFigures } from '../indicators/indicator-figures';
import { IndicatorUnit } from '../indicators/logframe-schema';
import type { SmesReached } from '../indicators/smes-reached';
import type { GainCellModel, KnowledgeGainModel, ModuleLearningResultModel } from '../learning/models/learning-results.model';
import type { BelowThresholdModel, ParticipationCellModel } from '../learning/models/participation-results.model';
import type { ReportCell as SplitCell } from '../models/report-cell.model';
import type { ReportSplit } from '../report-filter.input';
import { groupLabel, type ExportWords } from './export-words';
import { SUPPRESSED, type ReportCell, type ReportColumn, type ReportRow, type ReportTable, type TypedNumber } from './report-table';

/**
 * The M&E figures, as the GraphQL queries give them to the same reader, turned into report tables
 * in the reader's language. Suppressed figures stay suppressed: every figure of a hidden cell is
 * written as "fewer than 3", never as the zero or null the query carries.
 */

export interface TableWords {
  words: ExportWords;
  lang: Locale;
}

/** An indicator's figure in its unit: counts as whole numbers, shares as percents, points as decimals. */
export function inUnit(unit: IndicatorUnit, value: number | null): TypedNumber | null {
  if (value === null) return null;
  switch (unit) {
    case IndicatorUnit.PEOPLE:
    case IndicatorUnit.SMES:
      return { value, kind: 'integer' };
    case IndicatorUnit.PERCENT:
      return { value, kind: 'percent' };
    case IndicatorUnit.POINTS:
      return { value, kind: 'decimal' };
  }
}

const hidden = (suppressed: boolean, value: ReportCell): ReportCell => (suppressed ? SUPPRESSED : value);

function indicatorColumns(w: ExportWords, by?: ReportSplit, withCode = true): ReportColumn[] {
  return [
    ...(withCode ? [{ key: 'code', heading: w.code, kind: 'text' as const }] : []),
    { key: 'name', heading: w.indicator, kind: 'text' },
    { key: 'unit', heading: w.unit, kind: 'text' },
    ...(by ? [{ key: 'group', heading: w.splits[by], kind: 'text' as const }] : []),
    { key: 'baseline', heading: w.baseline, kind: 'decimal' },
    { key: 'target', heading: w.target, kind: 'decimal' },
    { key: 'actual', heading: w.actual, kind: 'decimal' },
    { key: 'people', heading: w.people, kind: 'integer' },
    { key: 'progress', heading: w.progress, kind: 'percent' },
  ];
}

function indicatorRow(figures: IndicatorFigures, { words, lang }: TableWords): ReportRow {
  const { indicator } = figures;
  return {
    code: indicator.code,
    name: pickLocale(indicator.name, lang),
    unit: words.units[indicator.unit],
    baseline: inUnit(indicator.unit, indicator.baseline),
    target: inUnit(indicator.unit, indicator.target),
  };
}

/** The logframe: code, name, unit, baseline, target, actual, people and progress (actual / target). */
export function indicatorsTable(rows: IndicatorFigures[], t: TableWords, options: { withCode?: boolean } = {}): ReportTable {
  return {
    title: t.words.indicators,
    columns: indicatorColumns(t.words, undefined, options.withCode ?? true),
    rows: rows.map((figures) => ({
      ...indicatorRow(figures, t),
      actual: hidden(figures.actual.suppressed, inUnit(figures.indicator.unit, figures.actual.value)),
      people: hidden(figures.actual.suppressed, figures.actual.people),
      progress: hidden(figures.actual.suppressed, figures.progress),
    })),
  };
}

/** One row per indicator and group of the split; progress is the group's actual over the indicator's target. */
export function indicatorsBySplitTable(rows: { figures: IndicatorFigures; cells: SplitCell[] }[], by: ReportSplit, t: TableWords): ReportTable {
  return {
    title: `${t.words.indicators} · ${t.words.bySplit[by]}`,
    columns: indicatorColumns(t.words, by),
    rows: rows.flatMap(({ figures, cells }) =>
      cells.map((cell): ReportRow => ({
        ...indicatorRow(figures, t),
        group: groupLabel(t.words, by, cell.key, cell.label),
        actual: hidden(cell.suppressed, inUnit(figures.indicator.unit, cell.value)),
        people: hidden(cell.suppressed, cell.people),
        progress: hidden(cell.suppressed, cell.value === null ? null : cell.value / figures.indicator.target),
      })),
    ),
  };
}

/** Groups of SMEs: group, SMEs, and the leaders behind them. */
function smeCells(title: string, groupHeading: string, cells: SplitCell[], label: (cell: SplitCell) => string, w: ExportWords): ReportTable {
  return {
    title,
    columns: [
      { key: 'group', heading: groupHeading, kind: 'text' },
      { key: 'smes', heading: w.smes, kind: 'integer' },
      { key: 'leaders', heading: w.leaders, kind: 'integer' },
    ],
    rows: cells.map((cell) => ({ group: label(cell), smes: hidden(cell.suppressed, cell.value), leaders: hidden(cell.suppressed, cell.people) })),
  };
}

function codeLabel(w: ExportWords, names: Record<string, string>): (cell: SplitCell) => string {
  return (cell) => (cell.key === 'NONE' ? w.notRecorded : (names[cell.key] ?? cell.label));
}

export interface SmeTables {
  total: ReportTable;
  byCountry: ReportTable;
  byProvince: ReportTable;
  byMonth: ReportTable;
  bySector: ReportTable;
  byKind: ReportTable;
  byOwnerSex: ReportTable;
}

/** SMEs reached: the total, and by the SME's country, province, month, sector, kind of first support and owner's sex. */
export function smeTables(smes: SmesReached, byCountry: SplitCell[], { words: w }: TableWords): SmeTables {
  const { total } = smes;
  return {
    total: {
      title: w.smesReached,
      columns: [
        { key: 'smes', heading: w.smes, kind: 'integer' },
        { key: 'leaders', heading: w.leaders, kind: 'integer' },
      ],
      rows: [{ smes: hidden(total.suppressed, total.value), leaders: hidden(total.suppressed, total.people) }],
    },
    byCountry: smeCells(w.bySmeCountry, w.splits.COUNTRY, byCountry, codeLabel(w, w.country), w),
    byProvince: smeCells(w.byProvince, w.province, smes.byProvince, codeLabel(w, {}), w),
    byMonth: {
      title: w.byMonth,
      columns: [
        { key: 'month', heading: w.month, kind: 'text' },
        { key: 'smes', heading: w.smes, kind: 'integer' },
        { key: 'cumulative', heading: w.cumulative, kind: 'integer' },
      ],
      rows: smes.byMonth.map((month) => ({ month: month.month, smes: month.smes, cumulative: month.cumulative })),
    },
    bySector: smeCells(w.bySector, w.sectorHeading, smes.bySector, codeLabel(w, w.sector), w),
    byKind: smeCells(w.byKind, w.supportKindHeading, smes.byKind, codeLabel(w, w.supportKind), w),
    byOwnerSex: smeCells(w.byOwnerSex, w.ownerSex, smes.byOwnerSex, codeLabel(w, w.gender), w),
  };
}

/** The ten provinces with the most SMEs; suppressed ones (whose counts the reader may not see) only after every shown one. */
export function topProvinces(table: ReportTable, count = 10): ReportTable {
  const value = (row: ReportRow) => (typeof row.smes === 'number' ? row.smes : -1);
  return { ...table, rows: [...table.rows].sort((a, b) => value(b) - value(a)).slice(0, count) };
}

function gainColumns(w: ExportWords, first: ReportColumn[]): ReportColumn[] {
  return [
    ...first,
    { key: 'people', heading: w.people, kind: 'integer' },
    { key: 'paired', heading: w.paired, kind: 'integer' },
    { key: 'leftOut', heading: w.leftOut, kind: 'integer' },
    { key: 'meanPre', heading: w.meanPre, kind: 'decimal' },
    { key: 'meanPost', heading: w.meanPost, kind: 'decimal' },
    { key: 'gain', heading: w.gain, kind: 'decimal' },
    { key: 'normalisedGain', heading: w.normalisedGain, kind: 'decimal', decimals: 2 },
    { key: 'improvedShare', heading: w.improvedShare, kind: 'percent' },
  ];
}

function gainCells(gain: KnowledgeGainModel): ReportRow {
  const s = gain.suppressed;
  return {
    people: hidden(s, gain.people),
    paired: hidden(s, gain.paired),
    leftOut: hidden(s, gain.leftOut),
    meanPre: hidden(s, gain.meanPre),
    meanPost: hidden(s, gain.meanPost),
    gain: hidden(s, gain.meanGain),
    normalisedGain: hidden(s, gain.normalisedGain),
    improvedShare: hidden(s, gain.improvedShare),
  };
}

/** Knowledge gain module by module, in course and module order. */
export function learningByModuleTable(modules: ModuleLearningResultModel[], courseTitles: Map<string, string>, { words: w, lang }: TableWords): ReportTable {
  return {
    title: w.learningByModule,
    columns: gainColumns(w, [
      { key: 'course', heading: w.course, kind: 'text' },
      { key: 'module', heading: w.module, kind: 'text' },
    ]),
    rows: modules.map(({ module, gain }) => ({ course: courseTitles.get(module.course.id) ?? '', module: pickLocale(module.title, lang), ...gainCells(gain) })),
  };
}

/** Each question of each module: share right before and after (hidden from every reader below 3 people). */
export function learningByQuestionTable(modules: ModuleLearningResultModel[], { words: w, lang }: TableWords): ReportTable {
  return {
    title: w.learningByQuestion,
    columns: [
      { key: 'module', heading: w.module, kind: 'text' },
      { key: 'key', heading: w.code, kind: 'text' },
      { key: 'question', heading: w.question, kind: 'text' },
      { key: 'paired', heading: w.paired, kind: 'integer' },
      { key: 'rightBefore', heading: w.rightBefore, kind: 'percent' },
      { key: 'rightAfter', heading: w.rightAfter, kind: 'percent' },
    ],
    rows: modules.flatMap(({ module, questions }) =>
      questions.map((q): ReportRow => ({
        module: pickLocale(module.title, lang),
        key: q.key,
        question: q.prompt,
        paired: hidden(q.suppressed, q.paired),
        rightBefore: hidden(q.suppressed, q.rightBefore),
        rightAfter: hidden(q.suppressed, q.rightAfter),
      })),
    ),
  };
}

/** Knowledge gain by the groups of a split, the overall figure first. */
export function learningBySplitTable(overall: KnowledgeGainModel | null, cells: GainCellModel[], by: ReportSplit, { words: w }: TableWords): ReportTable {
  return {
    title: w.bySplit[by],
    columns: gainColumns(w, [{ key: 'group', heading: w.splits[by], kind: 'text' }]),
    rows: [...(overall ? [{ group: w.total, ...gainCells(overall) }] : []), ...cells.map((cell) => ({ group: groupLabel(w, by, cell.key, cell.label), ...gainCells(cell.gain) }))],
  };
}

/** Attendance and completion: all participants, then each group of the split. */
export function participationTable(overall: ParticipationCellModel, cells: ParticipationCellModel[], by: ReportSplit | undefined, { words: w }: TableWords): ReportTable {
  const row = (group: string, cell: ParticipationCellModel): ReportRow => ({
    group,
    people: hidden(cell.suppressed, cell.people),
    attendanceRate: hidden(cell.suppressed, cell.attendanceRate),
    completionRate: hidden(cell.suppressed, cell.completionRate),
  });
  return {
    title: by ? `${w.participation} · ${w.bySplit[by]}` : w.participation,
    columns: [
      { key: 'group', heading: by ? w.splits[by] : w.group, kind: 'text' },
      { key: 'people', heading: w.people, kind: 'integer' },
      { key: 'attendanceRate', heading: w.attendanceRate, kind: 'percent' },
      { key: 'completionRate', heading: w.completionRate, kind: 'percent' },
    ],
    rows: [row(w.total, overall), ...(by ? cells.map((cell) => row(groupLabel(w, by, cell.key, cell.label), cell)) : [])],
  };
}

/** Participants below their course's attendance minimum, lowest first, by name (staff only). */
export function belowThresholdTable(rows: BelowThresholdModel[], { words: w }: TableWords): ReportTable {
  return {
    title: w.belowThreshold,
    columns: [
      { key: 'name', heading: w.name, kind: 'text' },
      { key: 'nativeName', heading: w.nativeName, kind: 'text' },
      { key: 'email', heading: w.email, kind: 'text' },
      { key: 'country', heading: w.splits.COUNTRY, kind: 'text' },
      { key: 'cohort', heading: w.cohort, kind: 'text' },
      { key: 'attendanceRate', heading: w.attendanceRate, kind: 'percent' },
      { key: 'minimum', heading: w.minimum, kind: 'percent' },
    ],
    rows: rows.map((row) => ({
      name: row.person.fullName,
      nativeName: row.person.nativeName,
      email: row.person.email,
      country: w.country[row.person.countryCode] ?? row.person.countryCode,
      cohort: row.cohort.title,
      attendanceRate: row.attendanceRate,
      minimum: row.minimum,
    })),
  };
}

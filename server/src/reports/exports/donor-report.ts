import { ReportSplit } from '../report-filter.input';
import {
  indicatorsTable,
  learningByModuleTable,
  learningBySplitTable,
  participationTable,
  smeTables,
  topProvinces,
  type TableWords,
} from './export-tables';
import type { ReportPdfDocument, ReportPdfSection } from './report-pdf';
import type { ReportTable } from './report-table';

/** Everything the donor report shows, as the GraphQL queries give it to the reader. */
export interface DonorReportFigures {
  programme: { title: string; institute: string; donor: string | null };
  /** ISO date the report is for (today in the programme's time zone). */
  date: string;
  /** The filter in words, or null for all participants. */
  filter: string | null;
  aggregatesOnly: boolean;
  indicators: Parameters<typeof indicatorsTable>[0];
  learning: {
    modules: Parameters<typeof learningByModuleTable>[0];
    courseTitles: Map<string, string>;
    overall: Parameters<typeof learningBySplitTable>[0];
    byCountry: Parameters<typeof learningBySplitTable>[1];
    bySex: Parameters<typeof learningBySplitTable>[1];
  };
  smes: { reached: Parameters<typeof smeTables>[0]; byCountry: Parameters<typeof smeTables>[1] };
  participation: {
    overall: Parameters<typeof participationTable>[0];
    byCountry: Parameters<typeof participationTable>[1];
    bySex: Parameters<typeof participationTable>[1];
  };
}

/** A table with only some of its columns, in the order given. */
function only(table: ReportTable, keys: string[]): ReportTable {
  return { ...table, columns: keys.map((key) => table.columns.find((c) => c.key === key)).filter((c) => c !== undefined) };
}

const GAIN_KEYS = ['paired', 'leftOut', 'meanPre', 'meanPost', 'gain', 'normalisedGain', 'improvedShare'];

/** Formats an ISO date in the reader's language, Gregorian with Latin digits everywhere. */
export function longDate(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(`${lang === 'en' ? 'en-GB' : lang}-u-ca-gregory-nu-latn`, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/**
 * The donor report: the programme and date, the filter, the indicators against their targets,
 * learning results by module, country and sex, SMEs reached (total, by country, the ten provinces
 * with most) and participation by country and sex.
 */
export function donorReportDocument(figures: DonorReportFigures, t: TableWords): ReportPdfDocument {
  const w = t.words;
  const split = (by: ReportSplit.COUNTRY | ReportSplit.SEX, cells: DonorReportFigures['learning']['byCountry']) =>
    only(learningBySplitTable(figures.learning.overall, cells, by, t), ['group', ...GAIN_KEYS]);
  const smes = smeTables(figures.smes.reached, figures.smes.byCountry, t);
  const sections: ReportPdfSection[] = [
    {
      heading: w.indicatorsAgainstTargets,
      tables: [{ table: indicatorsTable(figures.indicators, t, { withCode: false }), barColumn: 'progress' }],
      empty: w.nothing,
    },
    {
      heading: w.learningResults,
      note: w.learningNote,
      tables: [
        { caption: w.learningByModule, table: only(learningByModuleTable(figures.learning.modules, figures.learning.courseTitles, t), ['module', ...GAIN_KEYS]) },
        { caption: w.bySplit.COUNTRY, table: split(ReportSplit.COUNTRY, figures.learning.byCountry) },
        { caption: w.bySplit.SEX, table: split(ReportSplit.SEX, figures.learning.bySex) },
      ],
      empty: w.nothing,
    },
    {
      heading: w.smesReached,
      note: w.smesNote,
      tables: [
        { table: smes.total },
        { caption: w.bySmeCountry, table: smes.byCountry },
        { caption: w.byProvinceTop10, table: topProvinces(smes.byProvince) },
      ],
      empty: w.nothing,
    },
    {
      heading: w.participationByCountryAndSex,
      tables: [
        { caption: w.bySplit.COUNTRY, table: participationTable(figures.participation.overall, figures.participation.byCountry, ReportSplit.COUNTRY, t) },
        { caption: w.bySplit.SEX, table: participationTable(figures.participation.overall, figures.participation.bySex, ReportSplit.SEX, t) },
      ],
      empty: w.nothing,
    },
  ];
  const sponsor = [figures.programme.institute, figures.programme.donor].filter(Boolean).join(' · ');
  return {
    lang: t.lang,
    kicker: w.report,
    title: figures.programme.title,
    facts: [
      [w.date, longDate(figures.date, t.lang)],
      [w.filter, figures.filter ?? w.allParticipants],
      [w.figures, figures.aggregatesOnly ? w.aggregatesOnly : w.exactFigures],
    ],
    sections,
    footer: `Corridor · ${sponsor ? `${sponsor} · ` : ''}${figures.date}`,
    pageLabel: w.page,
    suppressedText: w.fewerThan3,
    date: figures.date,
    info: { title: `${w.report} — ${figures.programme.title} — ${figures.date}`, author: figures.programme.institute || 'Corridor', subject: figures.filter ?? w.allParticipants },
  };
}

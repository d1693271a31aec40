import { EntityManager } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from '../../auth/request-context';
import { pickLocale, type Locale } from '../../common/locale';
import { Course } from '../../courses/course.entity';
import { Cohort } from '../../cohorts/cohort.entity';
import { Component, Programme } from '../../programmes/programme.entity';
import { indicatorBreakdown, indicatorTable, smesReached } from '../indicators/indicator-figures';
import { LOGFRAME } from '../indicators/logframe.provider';
import type { Logframe } from '../indicators/logframe-schema';
import { reachedSmes } from '../indicators/sme-scope';
import { LearningReaders, type LearningReader } from '../learning/learning-reader';
import { LearningResultsService } from '../learning/learning-results.service';
import type { ModuleLearningResultModel } from '../learning/models/learning-results.model';
import { ParticipationService } from '../learning/participation.service';
import type { ReportCell as SplitCell } from '../models/report-cell.model';
import { toNumber } from '../report-cells';
import { ReportDatabase } from '../report-database';
import { ReportSplit, type ReportFilter } from '../report-filter.input';
import { audienceOf, visibleFigure, type ReportAudience } from '../small-cells';
import { donorReportDocument, type DonorReportFigures } from './donor-report';
import {
  belowThresholdTable,
  indicatorsBySplitTable,
  indicatorsTable,
  learningByModuleTable,
  learningByQuestionTable,
  learningBySplitTable,
  participationTable,
  smeTables,
  type TableWords,
} from './export-tables';
import { renderReportPdf } from './report-pdf';
import type { ReportTable } from './report-table';

/**
 * Gathers the M&E figures for an export through the same functions and services as the GraphQL
 * queries, for the same reader (so the same small cells are suppressed), and lays them out as tables.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly database: ReportDatabase,
    @Inject(LOGFRAME) private readonly logframe: Logframe,
    private readonly readers: LearningReaders,
    private readonly learning: LearningResultsService,
    private readonly participationService: ParticipationService,
    private readonly em: EntityManager,
  ) {}

  /** Who may read learning and participation figures, as the GraphQL queries decide (FORBIDDEN otherwise). */
  learningReader(viewer: Viewer, filter: ReportFilter): Promise<LearningReader> {
    return this.readers.of(viewer, filter.cohortId);
  }

  async indicators(filter: ReportFilter, audience: ReportAudience, by: ReportSplit | undefined, t: TableWords): Promise<ReportTable[]> {
    const { knex, dialect } = this.database;
    const rows = await indicatorTable(knex, dialect, this.logframe, filter, audience);
    if (!by) return [indicatorsTable(rows, t)];
    const split = [];
    for (const figures of rows) split.push({ figures, cells: await indicatorBreakdown(knex, dialect, figures.indicator, by, filter, audience) });
    return [indicatorsBySplitTable(split, by, t)];
  }

  async smesReached(filter: ReportFilter, audience: ReportAudience, t: TableWords): Promise<ReportTable[]> {
    const tables = smeTables(await smesReached(this.database.knex, this.database.dialect, filter, audience), await this.smesBySmeCountry(filter, audience), t);
    return [tables.total, tables.byCountry, tables.byProvince, tables.byMonth, tables.bySector, tables.byKind, tables.byOwnerSex];
  }

  async learningResults(filter: ReportFilter, reader: LearningReader, by: ReportSplit | undefined, t: TableWords): Promise<ReportTable[]> {
    const modules = await this.learning.byModule(filter, reader, t.lang);
    const tables = [learningByModuleTable(modules, await this.courseTitles(modules, t.lang), t), learningByQuestionTable(modules, t)];
    if (by) tables.push(learningBySplitTable(await this.learning.overall(filter, reader), await this.learning.by(filter, reader, by), by, t));
    return tables;
  }

  async participation(filter: ReportFilter, reader: LearningReader, by: ReportSplit | undefined, t: TableWords): Promise<ReportTable[]> {
    const overall = await this.participationService.overall(filter, reader);
    return [participationTable(overall, by ? await this.participationService.by(filter, reader, by) : [], by, t)];
  }

  async belowThreshold(filter: ReportFilter, reader: LearningReader, t: TableWords): Promise<ReportTable[]> {
    return [belowThresholdTable(await this.participationService.belowThreshold(filter, reader), t)];
  }

  async donorReport(viewer: Viewer, filter: ReportFilter, date: string, t: TableWords): Promise<Buffer> {
    const audience = audienceOf(viewer.user);
    const reader = await this.learningReader(viewer, filter);
    const { knex, dialect } = this.database;
    const [programme] = await this.em.find(Programme, {}, { orderBy: { createdAt: 'asc' }, limit: 1 });
    const modules = await this.learning.byModule(filter, reader, t.lang);
    const figures: DonorReportFigures = {
      programme: { title: programme?.title ?? 'Corridor', institute: programme?.institute ?? '', donor: programme?.donor ?? null },
      date,
      filter: await this.describeFilter(filter, t),
      aggregatesOnly: audience.aggregatesOnly,
      indicators: await indicatorTable(knex, dialect, this.logframe, filter, audience),
      learning: {
        modules,
        courseTitles: await this.courseTitles(modules, t.lang),
        overall: await this.learning.overall(filter, reader),
        byCountry: await this.learning.by(filter, reader, ReportSplit.COUNTRY),
        bySex: await this.learning.by(filter, reader, ReportSplit.SEX),
      },
      smes: { reached: await smesReached(knex, dialect, filter, audience), byCountry: await this.smesBySmeCountry(filter, audience) },
      participation: {
        overall: await this.participationService.overall(filter, reader),
        byCountry: await this.participationService.by(filter, reader, ReportSplit.COUNTRY),
        bySex: await this.participationService.by(filter, reader, ReportSplit.SEX),
      },
    };
    return renderReportPdf(donorReportDocument(figures, t));
  }

  /** The filter in the reader's words ("Country: Cambodia · Year: 2016"), or null when it selects everyone. */
  async describeFilter(filter: ReportFilter, { words: w, lang }: TableWords): Promise<string | null> {
    const parts: string[] = [];
    if (filter.countryCode) parts.push(`${w.splits.COUNTRY}: ${w.country[filter.countryCode] ?? filter.countryCode}`);
    if (filter.gender) parts.push(`${w.splits.SEX}: ${w.gender[filter.gender]}`);
    if (filter.targetGroup) parts.push(`${w.splits.TARGET_GROUP}: ${w.targetGroup[filter.targetGroup]}`);
    if (filter.organisationType) parts.push(`${w.splits.ORGANISATION_TYPE}: ${w.organisationType[filter.organisationType]}`);
    if (filter.componentCode) {
      const component = await this.em.findOne(Component, { code: filter.componentCode });
      parts.push(`${w.splits.COMPONENT}: ${filter.componentCode}${component ? ` — ${pickLocale(component.title, lang)}` : ''}`);
    }
    if (filter.cohortId) {
      const cohort = await this.em.findOne(Cohort, { id: filter.cohortId });
      parts.push(`${w.splits.COHORT}: ${cohort?.title ?? filter.cohortId}`);
    }
    if (filter.year) parts.push(`${w.splits.YEAR}: ${filter.year}`);
    return parts.length > 0 ? parts.join(' · ') : null;
  }

  /**
   * SMEs reached by the SME's own country (smesReached splits by province, sector, kind and owner's
   * sex, not country): the same first supports, counted once each, and the same small-cell rule.
   */
  private async smesBySmeCountry(filter: ReportFilter, audience: ReportAudience): Promise<SplitCell[]> {
    const { knex, dialect } = this.database;
    const rows: Record<string, unknown>[] = await reachedSmes(knex, dialect, filter)
      .select('f.sme_country_code as k', knex.raw('count(*) as value'), knex.raw('count(distinct f.person_id) as people'))
      .groupBy('f.sme_country_code');
    return rows
      .map((row) => ({ key: String(row.k), label: String(row.k), ...visibleFigure({ value: toNumber(row.value), people: toNumber(row.people) }, audience) }))
      .sort((a, b) => a.key.localeCompare(b.key));
  }

  private async courseTitles(modules: ModuleLearningResultModel[], lang: Locale): Promise<Map<string, string>> {
    const ids = [...new Set(modules.map(({ module }) => module.course.id))];
    if (ids.length === 0) return new Map();
    const courses = await this.em.find(Course, { id: { $in: ids } });
    return new Map(courses.map((course) => [course.id, pickLocale(course.title, lang)]));
  }
}

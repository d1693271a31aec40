import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { REPORT_READERS, Roles } from '../../auth/access.decorator';
import { CurrentHttpViewer } from '../../auth/current-viewer.decorator';
import type { Viewer } from '../../auth/request-context';
import { programmeDate } from '../../common/dates';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import { localeFromHeader } from '../../common/locale';
import { LEARNING_READERS } from '../learning/learning-results.resolver';
import { audienceOf } from '../small-cells';
import { writeCsv } from './csv-writer';
import { ExportQuery, filterOf } from './export-query';
import type { TableWords } from './export-tables';
import { EXPORT_WORDS } from './export-words';
import { ExportsService } from './exports.service';
import type { ReportTable } from './report-table';
import { writeXlsx } from './xlsx-writer';

type Format = 'csv' | 'xlsx';

const CONTENT_TYPES: Record<Format | 'pdf', string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

function formatOf(value: string): Format {
  if (value === 'csv' || value === 'xlsx') return value;
  throw new NotFoundError('Export format', value);
}

function refuseSplit(query: ExportQuery): void {
  if (query.by) throw new BadUserInputError('by does not apply to this report.', { field: 'by' });
}

/**
 * The M&E reports as files: CSV and Excel tables, and the donor report as a PDF. Same access and
 * figures as the GraphQL queries (viewers get small cells as "fewer than 3" and never names), with
 * the session cookie or a bearer token. Query parameters are the ReportFilter's fields, `by` (a
 * ReportSplit) where a report splits, and `lang` (else Accept-Language, else English).
 */
@Controller('reports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Roles(...REPORT_READERS)
  @Get('indicators.:format')
  async indicators(@Param('format') format: string, @Query() query: ExportQuery, @CurrentHttpViewer() viewer: Viewer, @Req() req: Request, @Res() res: Response): Promise<void> {
    const as = formatOf(format);
    const t = this.words(query, req);
    const tables = await this.exports.indicators(filterOf(query), audienceOf(viewer.user), query.by, t);
    await this.send(res, as, query.by ? `indicators-by-${query.by}` : 'indicators', tables, t);
  }

  @Roles(...REPORT_READERS)
  @Get('smes-reached.:format')
  async smesReached(@Param('format') format: string, @Query() query: ExportQuery, @CurrentHttpViewer() viewer: Viewer, @Req() req: Request, @Res() res: Response): Promise<void> {
    const as = formatOf(format);
    refuseSplit(query);
    const t = this.words(query, req);
    await this.send(res, as, 'smes-reached', await this.exports.smesReached(filterOf(query), audienceOf(viewer.user), t), t);
  }

  @Roles(...LEARNING_READERS)
  @Get('learning-results.:format')
  async learningResults(@Param('format') format: string, @Query() query: ExportQuery, @CurrentHttpViewer() viewer: Viewer, @Req() req: Request, @Res() res: Response): Promise<void> {
    const as = formatOf(format);
    const filter = filterOf(query);
    const reader = await this.exports.learningReader(viewer, filter);
    const t = this.words(query, req);
    await this.send(res, as, query.by ? `learning-results-by-${query.by}` : 'learning-results', await this.exports.learningResults(filter, reader, query.by, t), t);
  }

  @Roles(...LEARNING_READERS)
  @Get('participation.:format')
  async participation(@Param('format') format: string, @Query() query: ExportQuery, @CurrentHttpViewer() viewer: Viewer, @Req() req: Request, @Res() res: Response): Promise<void> {
    const as = formatOf(format);
    const filter = filterOf(query);
    const reader = await this.exports.learningReader(viewer, filter);
    const t = this.words(query, req);
    await this.send(res, as, query.by ? `participation-by-${query.by}` : 'participation', await this.exports.participation(filter, reader, query.by, t), t);
  }

  /** Names people: programme staff and the cohort's trainers; FORBIDDEN for viewers, as in GraphQL. */
  @Roles(...LEARNING_READERS)
  @Get('below-threshold.:format')
  async belowThreshold(@Param('format') format: string, @Query() query: ExportQuery, @CurrentHttpViewer() viewer: Viewer, @Req() req: Request, @Res() res: Response): Promise<void> {
    const as = formatOf(format);
    refuseSplit(query);
    const filter = filterOf(query);
    const reader = await this.exports.learningReader(viewer, filter);
    const t = this.words(query, req);
    await this.send(res, as, 'below-threshold', await this.exports.belowThreshold(filter, reader, t), t);
  }

  @Roles(...REPORT_READERS)
  @Get('donor-report.pdf')
  async donorReport(@Query() query: ExportQuery, @CurrentHttpViewer() viewer: Viewer, @Req() req: Request, @Res() res: Response): Promise<void> {
    refuseSplit(query);
    const t = this.words(query, req);
    const date = programmeDate(new Date());
    const pdf = await this.exports.donorReport(viewer, filterOf(query), date, t);
    this.headers(res, 'pdf', 'inline', this.fileName('donor-report', t, date, 'pdf'));
    res.send(pdf);
  }

  private words(query: ExportQuery, req: Request): TableWords {
    const lang = query.lang ?? localeFromHeader(req.headers['accept-language']);
    return { words: EXPORT_WORDS[lang], lang };
  }

  /** corridor-indicators-2026-12-05.csv; corridor-indicators-by-country-th-2026-12-05.xlsx in Thai. */
  private fileName(report: string, t: TableWords, date: string, extension: string): string {
    return `corridor-${report.toLowerCase().replace(/_/g, '-')}${t.lang === 'en' ? '' : `-${t.lang}`}-${date}.${extension}`;
  }

  private headers(res: Response, format: Format | 'pdf', disposition: 'attachment' | 'inline', fileName: string): void {
    res.setHeader('content-type', CONTENT_TYPES[format]);
    res.setHeader('content-disposition', `${disposition}; filename="${fileName}"`);
    // Figures depend on who asks; a list below the threshold names people.
    res.setHeader('cache-control', 'private, no-store');
  }

  private async send(res: Response, format: Format, report: string, tables: ReportTable[], t: TableWords): Promise<void> {
    const date = programmeDate(new Date());
    const options = { suppressedText: t.words.fewerThan3 };
    const bytes = format === 'csv' ? writeCsv(tables, options) : await writeXlsx(tables, { ...options, date: new Date(`${date}T00:00:00Z`), title: tables[0]?.title });
    this.headers(res, format, 'attachment', this.fileName(report, t, date, format));
    res.send(bytes);
  }
}

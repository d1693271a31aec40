import { Inject, Injectable } from '@nestjs/common';
import { BadUserInputError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { pageWindow, type Page } from '../../common/pagination';
import type { ReportCell } from '../models/report-cell.model';
import { ReportDatabase } from '../report-database';
import { ReportSplit, type ReportFilter } from '../report-filter.input';
import type { ReportAudience } from '../small-cells';
import type { IndicatorRecordsArgs } from './dto/indicator-records.args';
import { findIndicator, indicatorBreakdown, indicatorFigures, indicatorRecords, indicatorTable } from './indicator-figures';
import type { IndicatorRecord, RecordCell } from './indicator-records';
import { LOGFRAME } from './logframe.provider';
import type { Logframe } from './logframe-schema';
import { IndicatorModel } from './models/indicator.model';

/** The logframe's indicators computed for a filter and a reader. */
@Injectable()
export class IndicatorsService {
  constructor(
    private readonly database: ReportDatabase,
    @Inject(LOGFRAME) private readonly logframe: Logframe,
  ) {}

  async table(filter: ReportFilter, audience: ReportAudience): Promise<IndicatorModel[]> {
    const table = await indicatorTable(this.database.knex, this.database.dialect, this.logframe, filter, audience);
    return table.map((figures) => IndicatorModel.of(figures, filter, audience));
  }

  async one(code: string, filter: ReportFilter, audience: ReportAudience): Promise<IndicatorModel> {
    const figures = await indicatorFigures(this.database.knex, this.database.dialect, findIndicator(this.logframe, code), filter, audience);
    return IndicatorModel.of(figures, filter, audience);
  }

  breakdown(indicator: IndicatorModel, by: ReportSplit): Promise<ReportCell[]> {
    return indicatorBreakdown(this.database.knex, this.database.dialect, indicator.indicator, by, indicator.filter, indicator.audience);
  }

  records(args: IndicatorRecordsArgs): Promise<Page<IndicatorRecord>> {
    const indicator = findIndicator(this.logframe, args.code);
    return indicatorRecords(this.database.knex, this.database.dialect, indicator, args.filter ?? {}, recordCell(args), pageWindow(args));
  }
}

/** split and key name one cell together; a cohort key must be an id. */
function recordCell(args: Pick<IndicatorRecordsArgs, 'split' | 'key'>): RecordCell | null {
  if (!args.split && args.key === undefined) return null;
  if (!args.split || args.key === undefined)
    throw new BadUserInputError('Give split and key together, or neither.', { field: args.split ? 'key' : 'split' });
  if (args.split === ReportSplit.COHORT && !isUuid(args.key)) throw new BadUserInputError('A COHORT key is a cohort id.', { field: 'key' });
  return { split: args.split, key: args.key };
}

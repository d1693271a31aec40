import { Type } from 'class-transformer';
import { IsEnum, IsIn, IsOptional } from 'class-validator';
import { LOCALES, type Locale } from '../../common/locale';
import { ReportFilter, ReportSplit } from '../report-filter.input';

/**
 * The query string of an export: the ReportFilter's fields, validated by the same rules as in
 * GraphQL (the global validation pipe refuses bad values and unknown parameters with 400), plus
 * `by` where a report splits and `lang` for the words.
 */
export class ExportQuery extends ReportFilter {
  // Query values arrive as text; the year is a number in the filter (ReportFilter's rules check it).
  @Type(() => Number)
  declare year?: number;

  @IsOptional()
  @IsEnum(ReportSplit, { message: `by must be one of ${Object.values(ReportSplit).join(', ')}.` })
  by?: ReportSplit;

  @IsOptional()
  @IsIn(LOCALES, { message: `lang must be one of ${LOCALES.join(', ')}.` })
  lang?: Locale;
}

/** The filter part of the query, without `by` and `lang` (and without absent fields). */
export function filterOf(query: ExportQuery): ReportFilter {
  const filter: ReportFilter = {};
  if (query.countryCode !== undefined) filter.countryCode = query.countryCode.toUpperCase();
  if (query.gender !== undefined) filter.gender = query.gender;
  if (query.targetGroup !== undefined) filter.targetGroup = query.targetGroup;
  if (query.organisationType !== undefined) filter.organisationType = query.organisationType;
  if (query.componentCode !== undefined) filter.componentCode = query.componentCode;
  if (query.cohortId !== undefined) filter.cohortId = query.cohortId;
  if (query.year !== undefined) filter.year = query.year;
  return filter;
}

import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { LocalizedText } from '../../../common/locale';
import { ReportValue } from '../../models/report-value.model';
import type { ReportFilter } from '../../report-filter.input';
import type { ReportAudience } from '../../small-cells';
import type { IndicatorFigures } from '../indicator-figures';
import { IndicatorUnit, type LogframeIndicator } from '../logframe-schema';

registerEnumType(IndicatorUnit, {
  name: 'IndicatorUnit',
  description: 'What an indicator counts or measures.',
  valuesMap: {
    PEOPLE: { description: 'A count of people (or of their enrolments or action plans).' },
    SMES: { description: 'A count of SMEs.' },
    PERCENT: { description: 'A share, as a fraction from 0 to 1.' },
    POINTS: { description: 'Percentage points of a test’s maximum score.' },
  },
});

@ObjectType('Indicator', { description: 'A logframe indicator (content/indicators.yaml) with its actual figure for the filter.' })
export class IndicatorModel {
  @Field({ description: 'Stable code from the logframe file.' })
  code!: string;

  @Field(() => IndicatorUnit)
  unit!: IndicatorUnit;

  @Field(() => String, { nullable: true, description: 'The programme component the indicator belongs to (A, B, C, ME).' })
  componentCode!: string | null;

  @Field(() => Float, { description: 'In the unit; a PERCENT is a fraction from 0 to 1.' })
  baseline!: number;

  @Field(() => Float, { description: 'In the unit; a PERCENT is a fraction from 0 to 1.' })
  target!: number;

  @Field(() => ReportValue, { description: 'The figure for the participants the filter selects.' })
  actual!: ReportValue;

  @Field(() => Float, { nullable: true, description: 'actual / target; null when the actual is suppressed or empty.' })
  progress!: number | null;

  /** Resolved in the reader's language by the resolver. */
  names!: LocalizedText;
  descriptions!: LocalizedText | null;
  /** What `breakdown` needs: the same measure, filter and reader as the actual. */
  indicator!: LogframeIndicator;
  filter!: ReportFilter;
  audience!: ReportAudience;

  static of(figures: IndicatorFigures, filter: ReportFilter, audience: ReportAudience): IndicatorModel {
    const { indicator } = figures;
    return Object.assign(new IndicatorModel(), {
      code: indicator.code,
      unit: indicator.unit,
      componentCode: indicator.componentCode ?? null,
      baseline: indicator.baseline,
      target: indicator.target,
      actual: figures.actual,
      progress: figures.progress,
      names: indicator.name,
      descriptions: indicator.description ?? null,
      indicator,
      filter,
      audience,
    });
  }
}

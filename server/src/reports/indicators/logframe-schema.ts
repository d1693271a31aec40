import { z } from 'zod';
import { ActionPlanStatus } from '../../common/enums';
import { LOCALES } from '../../common/locale';

/** How an indicator is measured: the unit fixes whether its figure is a count or a share/average. */
export enum IndicatorUnit {
  PEOPLE = 'PEOPLE',
  SMES = 'SMES',
  PERCENT = 'PERCENT',
  POINTS = 'POINTS',
}

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const componentCode = z.enum(['A', 'B', 'C', 'ME']);

/** A name in every interface language: donors read the logframe in all five. */
const everyLanguage = z
  .object(Object.fromEntries(LOCALES.map((locale) => [locale, nonEmpty])) as Record<(typeof LOCALES)[number], typeof nonEmpty>)
  .strict();

const localizedText = z
  .object({ en: nonEmpty })
  .catchall(z.string())
  .superRefine((value, ctx) => {
    for (const locale of Object.keys(value)) {
      if (!(LOCALES as readonly string[]).includes(locale))
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [locale], message: `unknown language "${locale}" (use ${LOCALES.join(', ')})` });
    }
  });

/** The built-in computations an indicator can name, with their parameters. */
export const measureSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('COMPLETED_ENROLMENTS'), componentCode }).strict(),
  z.object({ type: z.literal('PARTICIPANTS'), componentCode: componentCode.optional() }).strict(),
  z.object({ type: z.literal('UNIQUE_SMES_REACHED') }).strict(),
  z.object({ type: z.literal('WOMEN_SHARE'), componentCode: componentCode.optional() }).strict(),
  z.object({ type: z.literal('AVERAGE_KNOWLEDGE_GAIN'), componentCode: componentCode.optional() }).strict(),
  z.object({ type: z.literal('AVERAGE_ATTENDANCE_RATE'), componentCode: componentCode.optional() }).strict(),
  z
    .object({
      type: z.literal('ACTION_PLANS'),
      status: z.nativeEnum(ActionPlanStatus),
      /** true: only plans with a progress report; false: only plans without one; absent: either. */
      withProgressReports: z.boolean().optional(),
      componentCode: componentCode.optional(),
    })
    .strict(),
]);

export type Measure = z.infer<typeof measureSchema>;
export type MeasureType = Measure['type'];

/** The unit each measure's figure is in. */
export const MEASURE_UNITS: Record<MeasureType, IndicatorUnit[]> = {
  COMPLETED_ENROLMENTS: [IndicatorUnit.PEOPLE],
  PARTICIPANTS: [IndicatorUnit.PEOPLE],
  UNIQUE_SMES_REACHED: [IndicatorUnit.SMES],
  WOMEN_SHARE: [IndicatorUnit.PERCENT],
  AVERAGE_KNOWLEDGE_GAIN: [IndicatorUnit.POINTS],
  AVERAGE_ATTENDANCE_RATE: [IndicatorUnit.PERCENT],
  // Plans are counted; each is one leader's, so the logframe reads them as people.
  ACTION_PLANS: [IndicatorUnit.PEOPLE],
};

const indicatorSchema = z
  .object({
    code: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens'),
    name: everyLanguage,
    description: localizedText.optional(),
    unit: z.nativeEnum(IndicatorUnit),
    baseline: z.number().min(0),
    target: z.number().positive(),
    componentCode: componentCode.optional(),
    measure: measureSchema,
  })
  .strict()
  .superRefine((indicator, ctx) => {
    const units = MEASURE_UNITS[indicator.measure.type];
    if (!units.includes(indicator.unit))
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['unit'],
        message: `measure ${indicator.measure.type} is in ${units.join(' or ')}, not ${indicator.unit}`,
      });
    if (indicator.unit === IndicatorUnit.PERCENT) {
      for (const field of ['baseline', 'target'] as const) {
        if (indicator[field] > 1)
          ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], message: 'a PERCENT figure is a fraction from 0 to 1 (0.5 is 50%)' });
      }
    }
    const measured = 'componentCode' in indicator.measure ? indicator.measure.componentCode : undefined;
    if (indicator.componentCode && measured && measured !== indicator.componentCode) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['measure', 'componentCode'],
        message: `measures component ${measured} but the indicator belongs to component ${indicator.componentCode}`,
      });
    }
  });

export const logframeFileSchema = z
  .object({ indicators: z.array(indicatorSchema).min(1, 'list at least one indicator') })
  .strict()
  .superRefine((file, ctx) => {
    const codes = file.indicators.map((i) => i.code);
    codes.forEach((code, index) => {
      if (codes.indexOf(code) !== index)
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['indicators', index, 'code'],
          message: `indicator code "${code}" is used twice`,
        });
    });
  });

export type LogframeIndicator = z.infer<typeof indicatorSchema>;
export type Logframe = z.infer<typeof logframeFileSchema>;

import { z } from 'zod';
import { LOCALES } from '../common/locale';

/** Pre- and post-tests draw on the module's bank: at least this many questions each. */
export const MIN_BANK_QUESTIONS = 10;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens');
const key = z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and hyphens');
const nonEmpty = z.string().trim().min(1, 'must not be empty');

const localizedText = z
  .object({ en: nonEmpty })
  .catchall(z.string())
  .superRefine((value, ctx) => {
    for (const locale of Object.keys(value)) {
      if (!(LOCALES as readonly string[]).includes(locale)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [locale], message: `unknown language "${locale}" (use ${LOCALES.join(', ')})` });
      }
    }
  });

export const programmeFileSchema = z.object({
  slug,
  title: nonEmpty,
  institute: nonEmpty,
  donor: z.string().optional(),
  startsOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD').optional(),
  endsOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD').optional(),
  components: z.array(z.object({ code: z.enum(['A', 'B', 'C', 'ME']), title: localizedText })).min(1),
  certificates: z
    .object({
      serialPrefix: z.string().regex(/^[A-Z0-9]{2,10}$/, 'must be 2–10 capital letters or digits'),
      signatories: z.array(z.object({ name: nonEmpty, title: nonEmpty })).min(1).max(3),
    })
    .optional(),
});

export const courseFileSchema = z.object({
  slug,
  component: z.enum(['A', 'B', 'C', 'ME']),
  title: localizedText,
  summary: localizedText,
  completion: z
    .object({
      minAttendanceRate: z.number().min(0).max(1).default(0.8),
      requirePostTestPass: z.boolean().default(true),
      requireActionPlan: z.boolean().default(false),
      postTestAttempts: z.number().int().min(1).max(10).default(1),
    })
    .default({}),
  assessments: z
    .array(
      z
        .object({
          slug,
          kind: z.enum(['ASSIGNMENT', 'ACTION_PLAN']),
          module: slug.optional(),
          title: localizedText,
          maxScore: z.number().positive(),
          passScore: z.number().min(0),
          rubric: z.array(z.object({ criterion: localizedText, points: z.number().positive() })).default([]),
        })
        .refine((a) => a.passScore <= a.maxScore, { message: 'passScore must not exceed maxScore', path: ['passScore'] })
        .refine((a) => a.rubric.length === 0 || a.rubric.reduce((s, r) => s + r.points, 0) === a.maxScore, {
          message: 'rubric points must add up to maxScore',
          path: ['rubric'],
        }),
    )
    .default([]),
});

export const moduleFrontMatterSchema = z.object({
  slug,
  position: z.number().int().min(1),
  hours: z.number().positive().max(200),
  title: nonEmpty,
  objectives: z.array(nonEmpty).min(1),
});

export const translationFrontMatterSchema = z.object({
  title: nonEmpty,
  objectives: z.array(nonEmpty).min(1),
  /** true: the body is the whole lesson. false (default): it introduces the English lesson shown below it. */
  complete: z.boolean().default(false),
});

export const questionBankSchema = z.object({
  passScore: z.number().min(0).max(100).default(60),
  questions: z
    .array(
      z
        .object({
          id: key,
          type: z.enum(['single', 'multiple']),
          prompt: localizedText,
          choices: z.array(z.object({ id: key, label: localizedText, correct: z.boolean().default(false) })).min(2, 'needs at least two choices'),
        })
        .superRefine((q, ctx) => {
          const correct = q.choices.filter((c) => c.correct).length;
          if (q.type === 'single' && correct !== 1) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['choices'], message: `a single-choice question needs exactly one correct choice (has ${correct})` });
          if (q.type === 'multiple' && correct < 1) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['choices'], message: 'a multiple-choice question needs at least one correct choice' });
          const ids = q.choices.map((c) => c.id);
          const dup = ids.find((id, i) => ids.indexOf(id) !== i);
          if (dup) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['choices'], message: `choice id "${dup}" is used twice` });
        }),
    )
    .min(MIN_BANK_QUESTIONS, `a question bank needs at least ${MIN_BANK_QUESTIONS} questions`),
});

export type ProgrammeFile = z.infer<typeof programmeFileSchema>;
export type CourseFile = z.infer<typeof courseFileSchema>;
export type ModuleFrontMatter = z.infer<typeof moduleFrontMatterSchema>;
export type TranslationFrontMatter = z.infer<typeof translationFrontMatterSchema>;
export type QuestionBank = z.infer<typeof questionBankSchema>;

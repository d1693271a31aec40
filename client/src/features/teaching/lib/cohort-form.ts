import type { CreateCohortInput, UpdateCohortInput } from '../../../gql/graphql';

/** What the cohort form edits: every field as the text in its control. */
export interface CohortFormValues {
  courseId: string;
  title: string;
  startsOn: string;
  endsOn: string;
  venue: string;
  language: string;
  capacity: string;
  trainerIds: string[];
  enrolmentOpensOn: string;
  enrolmentClosesOn: string;
  checkInGraceMinutes: string;
}

export const emptyCohortForm: CohortFormValues = {
  courseId: '',
  title: '',
  startsOn: '',
  endsOn: '',
  venue: '',
  language: 'en',
  capacity: '25',
  trainerIds: [],
  enrolmentOpensOn: '',
  enrolmentClosesOn: '',
  checkInGraceMinutes: '15',
};

export interface CohortLike {
  title: string;
  startsOn: string;
  endsOn: string;
  venue?: string | null;
  language: string;
  capacity: number;
  enrolmentOpensOn?: string | null;
  enrolmentClosesOn?: string | null;
  checkInGraceMinutes: number;
  course: { id: string };
  trainers: readonly { id: string }[];
}

export function cohortFormValues(cohort: CohortLike): CohortFormValues {
  return {
    courseId: cohort.course.id,
    title: cohort.title,
    startsOn: cohort.startsOn,
    endsOn: cohort.endsOn,
    venue: cohort.venue ?? '',
    language: cohort.language,
    capacity: String(cohort.capacity),
    trainerIds: cohort.trainers.map((trainer) => trainer.id),
    enrolmentOpensOn: cohort.enrolmentOpensOn ?? '',
    enrolmentClosesOn: cohort.enrolmentClosesOn ?? '',
    checkInGraceMinutes: String(cohort.checkInGraceMinutes),
  };
}

export type CohortFormProblem = 'required' | 'wholeNumber' | 'endsBeforeStart' | 'closesBeforeOpens' | 'closesAfterEnd';
export type CohortFormField = Exclude<keyof CohortFormValues, 'trainerIds'>;

const wholeNumber = (text: string, min: number, max: number): boolean =>
  /^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max;

/** What must be fixed before saving, by field (dates are YYYY-MM-DD, so they compare as text). */
export function cohortFormProblems(values: CohortFormValues): Partial<Record<CohortFormField, CohortFormProblem>> {
  const problems: Partial<Record<CohortFormField, CohortFormProblem>> = {};
  for (const field of ['courseId', 'title', 'startsOn', 'endsOn', 'language', 'capacity', 'checkInGraceMinutes'] as const) {
    if (values[field].trim() === '') problems[field] = 'required';
  }
  if (!problems.capacity && !wholeNumber(values.capacity, 1, 1000)) problems.capacity = 'wholeNumber';
  if (!problems.checkInGraceMinutes && !wholeNumber(values.checkInGraceMinutes, 0, 240)) problems.checkInGraceMinutes = 'wholeNumber';
  if (!problems.endsOn && values.startsOn && values.endsOn < values.startsOn) problems.endsOn = 'endsBeforeStart';
  if (values.enrolmentOpensOn && values.enrolmentClosesOn && values.enrolmentClosesOn < values.enrolmentOpensOn) {
    problems.enrolmentClosesOn = 'closesBeforeOpens';
  } else if (values.enrolmentClosesOn && values.endsOn && values.enrolmentClosesOn > values.endsOn) {
    problems.enrolmentClosesOn = 'closesAfterEnd';
  }
  return problems;
}

const optional = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** Call only when cohortFormProblems is empty. */
export function toCreateCohortInput(values: CohortFormValues): CreateCohortInput {
  return {
    courseId: values.courseId,
    title: values.title.trim(),
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    venue: optional(values.venue),
    language: values.language,
    capacity: Number(values.capacity),
    trainerIds: values.trainerIds,
    enrolmentOpensOn: optional(values.enrolmentOpensOn),
    enrolmentClosesOn: optional(values.enrolmentClosesOn),
    checkInGraceMinutes: Number(values.checkInGraceMinutes),
  };
}

/** The course of a cohort does not change; trainers are saved on their own (see toTrainersInput). */
export function toUpdateCohortInput(id: string, values: CohortFormValues): UpdateCohortInput {
  const { courseId: _courseId, trainerIds: _trainerIds, ...rest } = toCreateCohortInput(values);
  return { id, ...rest };
}

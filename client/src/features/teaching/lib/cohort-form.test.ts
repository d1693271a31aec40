import {
  cohortFormProblems,
  cohortFormValues,
  emptyCohortForm,
  toCreateCohortInput,
  toUpdateCohortInput,
  type CohortFormValues,
} from './cohort-form';

const values: CohortFormValues = {
  ...emptyCohortForm,
  courseId: 'course-1',
  title: '  SME Cluster Development — Savannakhet ',
  startsOn: '2026-05-04',
  endsOn: '2026-05-14',
  venue: ' ',
  capacity: '20',
  trainerIds: ['t1', 't2'],
  enrolmentClosesOn: '2026-04-24',
};

describe('cohort form', () => {
  it('accepts a complete form and builds the create input', () => {
    expect(cohortFormProblems(values)).toEqual({});
    expect(toCreateCohortInput(values)).toEqual({
      courseId: 'course-1',
      title: 'SME Cluster Development — Savannakhet',
      startsOn: '2026-05-04',
      endsOn: '2026-05-14',
      venue: null,
      language: 'en',
      capacity: 20,
      trainerIds: ['t1', 't2'],
      enrolmentOpensOn: null,
      enrolmentClosesOn: '2026-04-24',
      checkInGraceMinutes: 15,
    });
  });

  it.each<[Partial<CohortFormValues>, Record<string, string>]>([
    [{ title: ' ' }, { title: 'required' }],
    [{ courseId: '' }, { courseId: 'required' }],
    [{ capacity: '0' }, { capacity: 'wholeNumber' }],
    [{ capacity: '12.5' }, { capacity: 'wholeNumber' }],
    [{ checkInGraceMinutes: '300' }, { checkInGraceMinutes: 'wholeNumber' }],
    [{ endsOn: '2026-05-01' }, { endsOn: 'endsBeforeStart' }],
    [{ enrolmentClosesOn: '2026-05-20' }, { enrolmentClosesOn: 'closesAfterEnd' }],
    [{ enrolmentOpensOn: '2026-04-25' }, { enrolmentClosesOn: 'closesBeforeOpens' }],
  ])('flags %p', (change, expected) => {
    expect(cohortFormProblems({ ...values, ...change })).toEqual(expected);
  });

  it('round-trips a cohort and leaves course and trainers out of an edit', () => {
    const form = cohortFormValues({
      title: 'BDS 2026',
      startsOn: '2026-01-05',
      endsOn: '2026-01-09',
      venue: null,
      language: 'th',
      capacity: 12,
      enrolmentOpensOn: null,
      enrolmentClosesOn: null,
      checkInGraceMinutes: 10,
      course: { id: 'c' },
      trainers: [{ id: 't' }],
    });
    expect(form).toMatchObject({ courseId: 'c', venue: '', capacity: '12', trainerIds: ['t'], checkInGraceMinutes: '10' });
    const input = toUpdateCohortInput('cohort-1', form);
    expect(input).toMatchObject({ id: 'cohort-1', title: 'BDS 2026', language: 'th', capacity: 12 });
    expect(input).not.toHaveProperty('courseId');
    expect(input).not.toHaveProperty('trainerIds');
  });
});

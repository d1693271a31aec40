import {
  actionPlanFormValues,
  emptyActionPlanForm,
  emptyProgressReport,
  planProblems,
  reportProblems,
  toProgressReportInput,
  toSaveActionPlanInput,
  type ActionPlanFormValues,
} from './action-plan-form';

const filled = (): ActionPlanFormValues => ({
  moduleId: 'm3',
  objectives: '  Form an export group of pepper farms. ',
  activities: [
    { key: 'a1', title: ' Visit the farms ', startsOn: '2026-12-01', endsOn: '2026-12-10' },
    { key: 'a2', title: '', startsOn: '', endsOn: '' },
  ],
  smes: [
    { key: 's1', name: 'Kampot Pepper Group', province: ' Kampot ', note: '' },
    { key: 's2', name: '', province: '', note: '' },
  ],
  supportNeeded: '   ',
});

describe('action plan form', () => {
  it('starts with one empty activity and one empty SME row', () => {
    const values = emptyActionPlanForm();
    expect(values.activities).toHaveLength(1);
    expect(values.smes).toHaveLength(1);
    expect(values.activities[0]?.key).not.toBe(values.smes[0]?.key);
  });

  it('drops blank rows and trims text when saving', () => {
    expect(toSaveActionPlanInput(filled(), { enrolmentId: 'e1', id: 'p1' })).toEqual({
      id: 'p1',
      enrolmentId: 'e1',
      moduleId: 'm3',
      objectives: 'Form an export group of pepper farms.',
      activities: [{ title: 'Visit the farms', startsOn: '2026-12-01', endsOn: '2026-12-10' }],
      smes: [{ name: 'Kampot Pepper Group', province: 'Kampot', note: null }],
      supportNeeded: null,
    });
  });

  it('starts a new plan without an id and without a module when none is chosen', () => {
    expect(toSaveActionPlanInput({ ...filled(), moduleId: '' }, { enrolmentId: 'e1' })).toMatchObject({ id: null, moduleId: null });
  });

  it('saves a draft with empty objectives, but does not submit it', () => {
    const values = { ...emptyActionPlanForm() };
    expect(planProblems(values, 'save')).toEqual([]);
    expect(planProblems(values, 'submit')).toEqual([
      { field: 'objectives', problem: 'required' },
      { field: 'activities', problem: 'required' },
    ]);
    expect(planProblems(filled(), 'submit')).toEqual([]);
  });

  it('finds rows without a description and activities that end before they start', () => {
    const values = filled();
    values.activities = [{ key: 'a1', title: '', startsOn: '2026-12-10', endsOn: '2026-12-01' }];
    values.smes = [{ key: 's1', name: '', province: 'Kampot', note: '' }];
    expect(planProblems(values, 'save')).toEqual([
      { field: 'activity', key: 'a1', problem: 'title' },
      { field: 'activity', key: 'a1', problem: 'endsBeforeStart' },
      { field: 'sme', key: 's1', problem: 'name' },
    ]);
  });

  it('round-trips a saved plan', () => {
    const values = actionPlanFormValues({
      objectives: 'Grow',
      supportNeeded: null,
      module: { id: 'm1' },
      activities: [{ title: 'Meet', startsOn: null, endsOn: '2026-12-01' }],
      smes: [],
    });
    expect(values).toMatchObject({
      moduleId: 'm1',
      objectives: 'Grow',
      supportNeeded: '',
      activities: [{ title: 'Meet', startsOn: '', endsOn: '2026-12-01' }],
      smes: [{ name: '', province: '', note: '' }],
    });
  });
});

describe('progress report form', () => {
  it('needs a date and what was done; the SME count is a whole number', () => {
    expect(reportProblems({ ...emptyProgressReport(''), smesReached: 'ten' })).toEqual([
      { field: 'reportedOn', problem: 'required' },
      { field: 'done', problem: 'required' },
      { field: 'smesReached', problem: 'number' },
    ]);
    expect(reportProblems({ ...emptyProgressReport('2026-11-28'), done: 'Met five firms', smesReached: ' 5 ' })).toEqual([]);
  });

  it('sends blank optional fields as null and the count as a number', () => {
    expect(toProgressReportInput({ ...emptyProgressReport('2026-11-28'), done: ' Met five firms ', smesReached: '5' }, 'p1')).toEqual({
      actionPlanId: 'p1',
      reportedOn: '2026-11-28',
      done: 'Met five firms',
      results: null,
      challenges: null,
      smesReached: 5,
    });
  });
});

import { jobView, shouldPoll, type JobFacts } from './issue-job';

const job = (facts: Partial<JobFacts>): JobFacts => ({ state: 'RUNNING', total: 0, done: 0, issued: 0, skipped: 0, error: null, ...facts });

describe('jobView', () => {
  it('has no percentage before the server knows how many to issue', () => {
    expect(jobView(job({}))).toEqual({ phase: 'running', done: 0, total: 0, percent: null });
  });

  it('counts done of total while running, as a whole percentage', () => {
    expect(jobView(job({ total: 3, done: 1 }))).toEqual({ phase: 'running', done: 1, total: 3, percent: 33 });
    expect(jobView(job({ total: 200, done: 200 }))).toEqual({ phase: 'running', done: 200, total: 200, percent: 100 });
  });

  it('never shows more done than there is to do', () => {
    expect(jobView(job({ total: 5, done: 7 }))).toMatchObject({ done: 5, percent: 100 });
    expect(jobView(job({ total: 5, done: -1 }))).toMatchObject({ done: 0, percent: 0 });
  });

  it('reports issued and skipped once finished', () => {
    expect(jobView(job({ state: 'FINISHED', total: 20, done: 20, issued: 18, skipped: 2 }))).toEqual({
      phase: 'finished',
      issued: 18,
      skipped: 2,
      total: 20,
    });
  });

  it('keeps the count and the server’s error when it failed', () => {
    expect(jobView(job({ state: 'FAILED', total: 20, done: 7, error: 'database is locked' }))).toEqual({
      phase: 'failed',
      done: 7,
      total: 20,
      error: 'database is locked',
    });
    expect(jobView(job({ state: 'FAILED' }))).toMatchObject({ phase: 'failed', error: null });
  });

  it('says the job is lost when the server no longer knows it', () => {
    expect(jobView(null)).toEqual({ phase: 'lost' });
    expect(jobView(undefined)).toEqual({ phase: 'lost' });
  });
});

describe('shouldPoll', () => {
  it.each([
    [job({ state: 'RUNNING' }), true],
    [job({ state: 'FINISHED' }), false],
    [job({ state: 'FAILED' }), false],
    [null, false],
    [undefined, false],
  ])('%p → %p', (facts, expected) => {
    expect(shouldPoll(facts)).toBe(expected);
  });
});

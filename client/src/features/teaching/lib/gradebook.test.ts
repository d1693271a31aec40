import type { ApiError } from '../../../app/errors/api-error';
import {
  cellResult,
  cellState,
  cellSymbol,
  gradebookColumns,
  isTrainerScored,
  parseScore,
  scoreInput,
  serverRowProblems,
} from './gradebook';

const result = (assessment: string, score: number, attempt = 1, passed = score >= 60) => ({
  assessment: { id: assessment },
  score,
  attempt,
  passed,
});

describe('gradebookColumns', () => {
  it('orders modules by position and assessments pre-test, post-test, assignment, action plan', () => {
    const columns = gradebookColumns([
      {
        id: 'm2',
        position: 2,
        assessments: [
          { id: 'ap', kind: 'ACTION_PLAN' as const },
          { id: 'post2', kind: 'POST_TEST' as const },
          { id: 'as', kind: 'ASSIGNMENT' as const },
          { id: 'pre2', kind: 'PRE_TEST' as const },
        ],
      },
      {
        id: 'm1',
        position: 1,
        assessments: [
          { id: 'post1', kind: 'POST_TEST' as const },
          { id: 'pre1', kind: 'PRE_TEST' as const },
        ],
      },
      { id: 'm3', position: 3, assessments: [] },
    ]);
    expect(columns.map((column) => [column.module.id, column.assessments.map((a) => a.id)])).toEqual([
      ['m1', ['pre1', 'post1']],
      ['m2', ['pre2', 'post2', 'as', 'ap']],
    ]);
  });
});

describe('cellResult and cellState', () => {
  const results = [
    result('pre', 40, 1),
    result('pre', 70, 2),
    result('post', 50, 1),
    result('post', 80, 2),
    result('post', 65, 3),
    result('as', 12, 1, true),
  ];

  it('shows the first pre-test, the best post-test and the latest trainer score', () => {
    expect(cellResult(results, { id: 'pre', kind: 'PRE_TEST' })?.score).toBe(40);
    expect(cellResult(results, { id: 'post', kind: 'POST_TEST' })?.score).toBe(80);
    expect(cellResult(results, { id: 'as', kind: 'ASSIGNMENT' })?.score).toBe(12);
    expect(cellResult(results, { id: 'ap', kind: 'ACTION_PLAN' })).toBeNull();
  });

  it('reads pass and fail with a symbol as well as a colour', () => {
    expect(cellState(result('x', 80))).toBe('passed');
    expect(cellState(result('x', 20))).toBe('failed');
    expect(cellState(null)).toBe('missing');
    // A pre-test is a baseline: a score, no pass or fail.
    expect(cellState(result('x', 20), 'PRE_TEST')).toBe('baseline');
    expect(cellState(result('x', 20), 'POST_TEST')).toBe('failed');
    expect(cellSymbol).toEqual({ passed: '✓', failed: '✗', missing: '—', baseline: '' });
  });

  it('knows which kinds a trainer scores', () => {
    expect(['PRE_TEST', 'POST_TEST', 'ASSIGNMENT', 'ACTION_PLAN'].map((kind) => isTrainerScored(kind as never))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});

describe('score entry', () => {
  it.each([
    ['15', 15],
    [' 7.5 ', 7.5],
    ['7,5', 7.5],
    ['', null],
    ['abc', 'invalid'],
    ['-2', 'invalid'],
  ])('parses %p', (text, expected) => {
    expect(parseScore(text)).toBe(expected);
  });

  it('sends the rows with a score and flags the wrong ones before sending', () => {
    const { results, problems } = scoreInput(
      [
        { enrolmentId: 'a', score: '18', feedback: ' Clear pricing. ' },
        { enrolmentId: 'b', score: '', feedback: 'Not handed in' },
        { enrolmentId: 'c', score: '25', feedback: '' },
        { enrolmentId: 'd', score: 'ten', feedback: '' },
        { enrolmentId: 'e', score: '0', feedback: '' },
      ],
      20,
    );
    expect(results).toEqual([
      { enrolmentId: 'a', score: 18, feedback: 'Clear pricing.' },
      { enrolmentId: 'e', score: 0, feedback: null },
    ]);
    expect(problems).toEqual({ c: { kind: 'outOfRange', max: 20 }, d: { kind: 'notANumber' } });
  });

  it('maps the server’s bad rows back to the people sent', () => {
    const sent = [
      { enrolmentId: 'a', score: 18 },
      { enrolmentId: 'b', score: 30 },
    ];
    const error: ApiError = {
      kind: 'graphql',
      code: 'BAD_USER_INPUT',
      message: 'Nothing was saved: one row has a problem (row 2: Score 30 is outside 0–20.)',
      extensions: {
        code: 'BAD_USER_INPUT',
        rows: [
          { index: 1, message: 'Score 30 is outside 0–20.' },
          { index: 9, message: 'ignored' },
        ],
      },
    };
    expect(serverRowProblems(error, sent)).toEqual({ b: { kind: 'server', message: 'Score 30 is outside 0–20.' } });
    expect(serverRowProblems({ kind: 'network' }, sent)).toEqual({});
  });
});

import { fillMonths, formatMonth } from './smes';

describe('SMEs reached by month', () => {
  it('fills missing months with the running total, across a new year', () => {
    expect(
      fillMonths([
        { month: '2017-02', smes: 4, cumulative: 9 },
        { month: '2016-11', smes: 5, cumulative: 5 },
        { month: 'bad', smes: 1, cumulative: 1 },
      ]),
    ).toEqual([
      { month: '2016-11', smes: 5, cumulative: 5 },
      { month: '2016-12', smes: 0, cumulative: 5 },
      { month: '2017-01', smes: 0, cumulative: 5 },
      { month: '2017-02', smes: 4, cumulative: 9 },
    ]);
    expect(fillMonths([])).toEqual([]);
  });

  it('names a month in the reader’s language', () => {
    expect(formatMonth('2017-03', 'en')).toBe('Mar 2017');
    expect(formatMonth('2017-03', 'vi')).toMatch(/2017/);
    expect(formatMonth('nope', 'en')).toBe('nope');
  });
});

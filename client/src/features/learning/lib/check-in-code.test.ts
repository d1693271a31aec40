import { isCompleteCheckInCode, normaliseCheckInCode } from './check-in-code';

describe('check-in code', () => {
  it.each([
    ['abc234', 'ABC234'],
    [' ab c-23 4 ', 'ABC234'],
    ['k7m9pq', 'K7M9PQ'],
    ['', ''],
  ])('reads %p as %p', (input, expected) => {
    expect(normaliseCheckInCode(input)).toBe(expected);
  });

  it('is complete at six letters and digits', () => {
    expect(isCompleteCheckInCode('abc 234')).toBe(true);
    expect(isCompleteCheckInCode('abc23')).toBe(false);
    expect(isCompleteCheckInCode('abc2345')).toBe(false);
  });
});

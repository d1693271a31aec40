import { orderedSplitKeys, splitCellLabel, type SplitLabelTexts } from './splits';

const texts: SplitLabelTexts = {
  country: (code) => ({ KH: 'Cambodia', VN: 'Vietnam' })[code] ?? code,
  gender: (value) => (value === 'FEMALE' ? 'Female' : 'Male'),
  targetGroup: (value) => `group ${value}`,
  organisationType: (value) => `type ${value}`,
  component: (code) => `Component ${code}`,
  notRecorded: 'Not recorded',
};

describe('split groups', () => {
  it('names codes in the reader’s language and keeps cohort titles and years', () => {
    expect(splitCellLabel('COUNTRY', { key: 'KH', label: 'KH' }, texts)).toBe('Cambodia');
    expect(splitCellLabel('COUNTRY', { key: 'LA', label: 'LA' }, texts)).toBe('LA');
    expect(splitCellLabel('SEX', { key: 'FEMALE', label: 'FEMALE' }, texts)).toBe('Female');
    expect(splitCellLabel('COMPONENT', { key: 'A', label: 'A' }, texts)).toBe('Component A');
    expect(splitCellLabel('COHORT', { key: 'c1', label: 'Poipet 2017' }, texts)).toBe('Poipet 2017');
    expect(splitCellLabel('YEAR', { key: '2016', label: '2016' }, texts)).toBe('2016');
    expect(splitCellLabel('ORGANISATION_TYPE', { key: 'NONE', label: 'NONE' }, texts)).toBe('Not recorded');
  });

  it('orders the groups of several indicators: known codes first, unknown ones next, not recorded last', () => {
    const keys = (split: Parameters<typeof orderedSplitKeys>[0], lists: string[][]) =>
      orderedSplitKeys(split, lists.map((list) => list.map((key) => ({ key, label: key })))).map((cell) => cell.key);
    expect(keys('COUNTRY', [['VN', 'NONE', 'KH'], ['TH', 'JP', 'KH']])).toEqual(['KH', 'TH', 'VN', 'JP', 'NONE']);
    expect(keys('SEX', [['MALE', 'FEMALE']])).toEqual(['FEMALE', 'MALE']);
    expect(keys('YEAR', [['2018', '2016'], ['2017']])).toEqual(['2016', '2017', '2018']);
    expect(keys('COHORT', [['b', 'a'], ['c']])).toEqual(['b', 'a', 'c']);
  });
});

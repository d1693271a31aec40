import { cleanText, searchKey } from './text';

describe('text helpers', () => {
  it('stores Vietnamese names composed (NFC)', () => {
    const decomposed = 'Nguye\u0302\u0303n Thi\u0323 Lan';
    expect(cleanText(`  ${decomposed} `)).toBe('Nguyễn Thị Lan');
    expect(cleanText(decomposed)).toHaveLength('Nguyễn Thị Lan'.length);
  });

  it('folds Latin accents and case but keeps Khmer, Myanmar and Thai marks', () => {
    expect(searchKey('Nguyễn Thị  Lan')).toBe('nguyen thi lan');
    expect(searchKey('Đặng Văn Hùng')).toBe('dang van hung');
    expect(searchKey('ចាន់ ស្រីមុំ')).toBe('ចាន់ ស្រីមុំ');
    expect(searchKey('မြင့်မြင့်')).toBe('မြင့်မြင့်');
    expect(searchKey('สุกัญญา')).toBe('สุกัญญา');
  });
});

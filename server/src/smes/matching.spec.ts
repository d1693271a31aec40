import { foldName, foldProvince, matchReasons, nameSimilarity, normalisePhone, normaliseRegistrationNumber, SmeMatchReason, type SmeMatchKey } from './matching';

describe('foldName', () => {
  it.each([
    ['Sokha Rice Mill Co., Ltd', 'sokha rice mill'],
    ['SOKHA RICE MILL CO.,LTD.', 'sokha rice mill'],
    ['Sokha  Rice Mill Company Limited', 'sokha rice mill'],
    ['Sokha Rice Mill Co Ltd', 'sokha rice mill'],
    ['Sokha Rice Mill Co.Ltd', 'sokha rice mill'],
    ['Mekong Agro Group Co., Ltd.', 'mekong agro'],
    ['Golden Lotus Trading JSC', 'golden lotus trading'],
    ['Golden Lotus Trading J.S.C.', 'golden lotus trading'],
    ['Delta Logistics LLC', 'delta logistics'],
    ['Angkor Silk Enterprise', 'angkor silk'],
    ['Ban Rai Handicraft Group', 'ban rai handicraft'],
    ['Chanthaburi Fruit Part., Ltd.', 'chanthaburi fruit'],
    ['Chanthaburi Fruit Limited Partnership', 'chanthaburi fruit'],
    ['Siam Durian Public Company Limited', 'siam durian'],
    ['Công ty TNHH Thương mại Hoà Bình', 'thuong mai hoa binh'],
    ['Cong ty TNHH MTV Thuong Mai Hoa Binh', 'thuong mai hoa binh'],
    ['Công ty Cổ phần Thủy sản Kiên Giang', 'thuy san kien giang'],
    ['Cơ sở Dệt Thổ cẩm Hoà Bình', 'det tho cam hoa binh'],
    ['Hợp tác xã Nông nghiệp Tân Phú', 'nong nghiep tan phu'],
    ['HTX Nông nghiệp Tân Phú', 'nong nghiep tan phu'],
    ['Doanh nghiệp tư nhân Đức Thành', 'duc thanh'],
    ['Đặng Gia Rice', 'dang gia rice'],
    ['Borisat Thai Silk Chamkat', 'thai silk chamkat'],
    ['Thai Silk Co., Ltd.', 'thai silk'],
    ["Ma Thida's Tea Leaf", 'ma thidas tea leaf'],
    ['Kyaw & Sons Trading', 'kyaw sons trading'],
    ['Co., Ltd.', 'co'],
    ['Group', 'group'],
  ])('%s → %s', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });

  it('folds decomposed and composed Vietnamese the same way', () => {
    const composed = 'Cơ sở Dệt Thổ cẩm Hoà Bình';
    expect(foldName(composed.normalize('NFD'))).toBe(foldName(composed));
    expect(foldName('Hòa Bình')).toBe(foldName('Hoà Bình'));
  });

  it.each([
    ['Khmer with a zero-width space', 'ស្រូវ\u200Bសុខា', 'ស្រូវសុខា'],
    ['Khmer with a space', 'ស្រូវ សុខា', 'ស្រូវសុខា'],
    ['Myanmar with zero-width non-joiner and spaces', 'ရွှေ  \u200Cလက်ဖက်', 'ရွှေလက်ဖက်'],
    ['Thai', 'ข้าว สุข ใจ', 'ข้าวสุขใจ'],
    ['Thai with a Latin legal form', 'ข้าวสุขใจ Co., Ltd.', 'ข้าวสุขใจ'],
    ['Myanmar punctuation', 'ရွှေလက်ဖက်။', 'ရွှေလက်ဖက်'],
  ])('keeps %s as written, without zero-width characters or spaces between words', (_case, name, folded) => {
    expect(foldName(name)).toBe(folded);
  });

  it('keeps Thai vowels composed as written (no compatibility decomposition)', () => {
    expect(foldName('น้ำตาล')).toBe('น้ำตาล');
  });
});

describe('foldProvince', () => {
  it.each([
    ['Mon State', 'mon'],
    ['Mon', 'mon'],
    ['Tanintharyi Region', 'tanintharyi'],
    ['Ho Chi Minh City', 'ho chi minh'],
    ['Thành phố Hồ Chí Minh', 'ho chi minh'],
    ['Tỉnh Cần Thơ', 'can tho'],
    ['  siem reap ', 'siem reap'],
    [null, ''],
  ])('%s → %s', (province, folded) => {
    expect(foldProvince(province)).toBe(folded);
  });
});

describe('normaliseRegistrationNumber', () => {
  it.each([
    ['kh-0012 345', 'KH0012345'],
    ['0105.123.456', '0105123456'],
    ['  0105-123-456 ', '0105123456'],
    ['１２３４５', '12345'],
    ['๑๒๓-๔๕', '12345'],
    ['', null],
    [' - ', null],
    [null, null],
  ])('%s → %s', (value, normalised) => {
    expect(normaliseRegistrationNumber(value)).toBe(normalised);
  });
});

describe('normalisePhone', () => {
  it.each([
    ['+855 12 345 678', 'KH', '85512345678'],
    ['012 345 678', 'KH', '85512345678'],
    ['855-12-345-678', 'KH', '85512345678'],
    ['(012) 345.678', 'KH', '85512345678'],
    ['00855 12 345 678', 'TH', '85512345678'],
    ['09 123 4567', 'MM', '9591234567'],
    ['+95 9 123 4567', 'MM', '9591234567'],
    ['081 234 5678', 'TH', '66812345678'],
    ['+66 81 234 5678', 'TH', '66812345678'],
    ['0912 345 678', 'VN', '84912345678'],
    ['84 912 345 678', 'VN', '84912345678'],
    ['912 345 678', 'VN', '84912345678'],
    ['០១២ ៣៤៥ ៦៧៨', 'KH', '85512345678'],
    ['၀၉ ၁၂၃ ၄၅၆၇', 'MM', '9591234567'],
    ['03-1234-5678', 'JP', '0312345678'],
    ['', 'KH', null],
    ['n/a', 'KH', null],
  ])('%s (%s) → %s', (value, country, normalised) => {
    expect(normalisePhone(value, country)).toBe(normalised);
  });
});

describe('nameSimilarity', () => {
  it.each([
    ['sokha rice mill', 'sokha rice mill', 1],
    ['sokha rice mill', 'sokkha rice mill', 0.94],
    ['sokha rice mill', 'sokha rice mil', 0.93],
    ['det tho cam hoa binh', 'det tho cam hoa binhh', 0.95],
    ['sokha rice mill', 'dara silk weaving', 0.24],
    ['', '', 1],
  ])('%s ~ %s ≈ %d', (a, b, expected) => {
    expect(nameSimilarity(a, b)).toBeCloseTo(expected, 2);
    expect(nameSimilarity(b, a)).toBe(nameSimilarity(a, b));
  });
});

describe('matchReasons', () => {
  const base: SmeMatchKey = { countryCode: 'KH', province: 'Siem Reap', matchName: 'sokha rice mill', registrationNumber: 'KH0012345', phone: '85512345678' };
  const other: SmeMatchKey = { countryCode: 'KH', province: 'Battambang', matchName: 'dara silk weaving', registrationNumber: 'KH0099999', phone: '85599999999' };

  it.each<[string, Partial<SmeMatchKey>, SmeMatchReason[]]>([
    ['nothing in common', {}, []],
    ['the same registration number', { registrationNumber: 'KH0012345' }, [SmeMatchReason.SAME_REGISTRATION_NUMBER]],
    ['the same registration number in another country', { registrationNumber: 'KH0012345', countryCode: 'TH' }, []],
    ['the same phone', { phone: '85512345678' }, [SmeMatchReason.SAME_PHONE]],
    ['the same phone across a border', { phone: '85512345678', countryCode: 'TH' }, [SmeMatchReason.SAME_PHONE]],
    ['the same name and province', { matchName: 'sokha rice mill', province: 'Siem Reap' }, [SmeMatchReason.SAME_NAME_AND_PROVINCE]],
    ['the same name, province spelt differently', { matchName: 'sokha rice mill', province: 'siem reap province' }, [SmeMatchReason.SAME_NAME_AND_PROVINCE]],
    ['the same name in another province', { matchName: 'sokha rice mill' }, []],
    ['the same name in another country', { matchName: 'sokha rice mill', province: 'Siem Reap', countryCode: 'TH' }, []],
    ['a similar name in the same province', { matchName: 'sokkha rice mill', province: 'Siem Reap' }, [SmeMatchReason.SIMILAR_NAME_SAME_PROVINCE]],
    ['a similar name in another province', { matchName: 'sokkha rice mill' }, []],
    ['a name not similar enough', { matchName: 'sokha rice shop', province: 'Siem Reap' }, []],
    ['several at once', { phone: '85512345678', registrationNumber: 'KH0012345', matchName: 'sokha rice mill', province: 'Siem Reap' }, [SmeMatchReason.SAME_REGISTRATION_NUMBER, SmeMatchReason.SAME_PHONE, SmeMatchReason.SAME_NAME_AND_PROVINCE]],
  ])('%s', (_case, changes, reasons) => {
    const candidate = { ...other, ...changes };
    expect(matchReasons(base, candidate)).toEqual(reasons);
    expect(matchReasons(candidate, base)).toEqual(reasons);
  });

  it('ignores missing numbers and empty names', () => {
    const blank: SmeMatchKey = { countryCode: 'KH', province: null, matchName: '', registrationNumber: null, phone: null };
    expect(matchReasons(blank, { ...blank })).toEqual([]);
  });
});

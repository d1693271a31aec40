import { scriptLanguage } from './script';

describe('scriptLanguage', () => {
  it.each([
    ['ចាន់ សុខា', 'km'],
    ['မြန်မာ', 'my'],
    ['ကျောင်း', 'my'],
    ['สมชาย พรหมมา', 'th'],
    ['Nguyễn Thị Hồng', undefined],
    ['Chan Sokha', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
  ])('%p is %p', (text, expected) => {
    expect(scriptLanguage(text)).toBe(expected);
  });
});

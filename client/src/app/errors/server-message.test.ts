import { i18nIn } from '../i18n/test-i18n';
import { readParams, serverMessage, translateServerMessage } from './server-message';

describe('readParams', () => {
  it('reads params from error extensions and from a GraphQL [{ name, value }] list, ignoring anything else', () => {
    expect(readParams({ max: 200, email: 'a@b.org', nested: { x: 1 } })).toEqual({ max: 200, email: 'a@b.org' });
    expect(readParams([{ name: 'row', value: '2' }, { name: 'bad' }, 'x', null])).toEqual({ row: '2' });
    expect(readParams(undefined)).toEqual({});
  });
});

describe('translateServerMessage', () => {
  it('writes a known reason in the reader’s language with its values', () => {
    const t = i18nIn('th').t;
    expect(
      translateServerMessage(t, 'problems', serverMessage('Another person already uses a@b.org.', 'EMAIL_TAKEN', { email: 'a@b.org' })),
    ).toBe('มีบุคคลอื่นใช้ a@b.org อยู่แล้ว');
    expect(translateServerMessage(t, 'problems', serverMessage('position must be shorter…', 'TOO_LONG', { max: 200 }))).toBe(
      'โปรดกรอกไม่เกิน 200 ตัวอักษร',
    );
  });

  it('names the country of a countryCode in the reader’s language', () => {
    const message = serverMessage('2 people named Lwin Lwin in MM; add an email to say which.', 'NAME_AMBIGUOUS', [
      { name: 'people', value: '2' },
      { name: 'name', value: 'Lwin Lwin' },
      { name: 'countryCode', value: 'MM' },
    ]);
    expect(translateServerMessage(i18nIn('vi').t, 'import.rowProblems', message)).toBe(
      'Có 2 người tên Lwin Lwin ở Myanmar; hãy thêm email để chỉ rõ là ai.',
    );
    expect(translateServerMessage(i18nIn('en').t, 'import.rowProblems', message)).toBe(
      '2 people named Lwin Lwin in Myanmar; add an email to say which.',
    );
  });

  it('falls back to the English message for no reason, or one the catalogue does not know', () => {
    const t = i18nIn('km').t;
    expect(translateServerMessage(t, 'problems', serverMessage('Digits only.', null, {}))).toBe('Digits only.');
    expect(translateServerMessage(t, 'problems', serverMessage('Something new.', 'SOMETHING_NEW', {}))).toBe('Something new.');
    // A reason of another catalogue is not borrowed.
    expect(translateServerMessage(t, 'problems', serverMessage('Same person as row 2.', 'DUPLICATE_IN_FILE', { row: 2 }))).toBe(
      'Same person as row 2.',
    );
  });
});

import { knownAction, knownSubject } from './history';

describe('history labels', () => {
  it('knows the actions and subjects the server writes, and passes others through as null', () => {
    expect(knownAction('checked-in')).toBe('checked-in');
    expect(knownAction('approved')).toBe('approved');
    expect(knownAction('teleported')).toBeNull();
    expect(knownSubject('assessment-result')).toBe('assessment-result');
    expect(knownSubject('certificate')).toBeNull();
  });
});

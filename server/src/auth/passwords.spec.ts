import { delayFor, SLOW_AFTER } from './login-throttle.service';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';

describe('password policy', () => {
  it.each([
    ['short', /at least 10/],
    ['x'.repeat(129), /at most 128/],
    ['password1234', /too common/],
    ['QWERTYUIOP', /too common/],
  ])('refuses %s', (password, message) => {
    expect(passwordProblem(password)).toMatch(message);
  });

  it.each(['mekong river delta', 'ចាន់ សុខា ២០១៦', 'x'.repeat(128), 'alllowercaseletters'])('accepts %s without composition rules', (password) => {
    expect(passwordProblem(password)).toBeNull();
  });

  it('counts characters, not bytes', () => {
    expect(passwordProblem('ကျောင်းသားများ')).toBeNull();
  });

  it('hashes with argon2id and verifies', async () => {
    const hash = await hashPassword('mekong river delta');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await expect(verifyPassword(hash, 'mekong river delta')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'mekong river delta!')).resolves.toBe(false);
    await expect(verifyPassword('not a hash', 'x')).resolves.toBe(false);
  });
});

describe('sign-in slowing', () => {
  it('adds no delay for the first failures, then grows to a cap', () => {
    expect(delayFor(SLOW_AFTER - 1)).toBe(0);
    expect(delayFor(SLOW_AFTER)).toBeGreaterThan(0);
    expect(delayFor(SLOW_AFTER + 1)).toBeGreaterThan(delayFor(SLOW_AFTER));
    expect(delayFor(1000)).toBe(2000);
  });
});

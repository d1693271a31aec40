import { safeNextPath, signInPathFor } from './next-path';

describe('safeNextPath', () => {
  it.each([
    ['/people?q=sokha', '/people?q=sokha'],
    ['/courses/sme-cluster-development', '/courses/sme-cluster-development'],
    [null, '/'],
    ['', '/'],
    ['https://evil.example', '/'],
    ['//evil.example/path', '/'],
    ['/\\evil.example', '/'],
    ['/sign-in?next=/people', '/'],
  ])('turns %p into %p', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});

describe('signInPathFor', () => {
  it('remembers where the user was going', () => {
    expect(signInPathFor('/people?country=KH')).toBe('/sign-in?next=%2Fpeople%3Fcountry%3DKH');
    expect(signInPathFor('/')).toBe('/sign-in');
  });
});

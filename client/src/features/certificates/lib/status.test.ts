import { canChange, statusPresentation } from './status';

describe('statusPresentation', () => {
  it.each([
    ['VALID', 'valid', '✓', 'badge-create'],
    ['REVOKED', 'revoked', '✕', 'badge-invalid'],
    ['SUPERSEDED', 'superseded', '↻', 'badge-warning'],
  ] as const)('%s is %s, marked %s', (status, tone, icon, badgeClass) => {
    expect(statusPresentation(status)).toEqual({ tone, icon, badgeClass });
  });

  it('gives every status its own mark, so colour is never the only cue', () => {
    const icons = (['VALID', 'REVOKED', 'SUPERSEDED'] as const).map((status) => statusPresentation(status).icon);
    expect(new Set(icons).size).toBe(3);
  });
});

describe('canChange', () => {
  it('allows revoking and re-issuing only a valid certificate', () => {
    expect(canChange('VALID')).toBe(true);
    expect(canChange('REVOKED')).toBe(false);
    expect(canChange('SUPERSEDED')).toBe(false);
  });
});

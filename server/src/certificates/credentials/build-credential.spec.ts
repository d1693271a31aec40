import { createHash } from 'node:crypto';
import { ZodError } from 'zod';
import { buildCredential, createIdentitySalt, type CredentialInput, emailIdentityHash } from './build-credential';
import { aCredentialInput, PUBLIC_URL } from './credential-fixtures';

describe('buildCredential', () => {
  const input = aCredentialInput();
  const credential = buildCredential(input);

  it('is an OpenBadgeCredential under PUBLIC_URL, issued by the did:web of PUBLIC_URL', () => {
    expect(credential['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.id).toBe(`${PUBLIC_URL}/credentials/q3Jv0xR8mT2wLk9PzA4cYg`);
    expect(credential.issuer).toEqual({ id: 'did:web:corridor.example.org', type: ['Profile'], name: 'Mekong Institute', url: PUBLIC_URL });
    expect(credential.validFrom).toBe('2016-07-15T09:30:00Z');
    expect(credential.description).toContain('SEC-2016-A-0007');
    expect(credential.description).toContain(`${PUBLIC_URL}/verify/q3Jv0xR8mT2wLk9PzA4cYg`);
  });

  it('identifies the holder by name in both scripts and by a salted SHA-256 of the email, never the email itself', () => {
    const expectedHash = createHash('sha256').update(`lan.nguyen@example.vn${input.identitySalt}`).digest('hex');
    expect(credential.credentialSubject.identifier).toEqual([
      { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'Nguyen Thi Lan' },
      { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'Nguyễn Thị Lan' },
      {
        type: 'IdentityObject',
        identityType: 'emailAddress',
        hashed: true,
        identityHash: `sha256$${expectedHash}`,
        salt: input.identitySalt,
      },
    ]);
    expect(JSON.stringify(credential).toLowerCase()).not.toContain('lan.nguyen@example.vn');
    expect(JSON.stringify(credential)).not.toContain('example.vn');
  });

  it('hashes the email case- and space-insensitively, and differently for each salt', () => {
    expect(emailIdentityHash(' Lan.Nguyen@Example.VN ', 'salt-salt-salt-salt')).toBe(
      emailIdentityHash('lan.nguyen@example.vn', 'salt-salt-salt-salt'),
    );
    expect(emailIdentityHash('lan.nguyen@example.vn', createIdentitySalt())).not.toBe(
      emailIdentityHash('lan.nguyen@example.vn', createIdentitySalt()),
    );
    expect(createIdentitySalt()).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('names the holder only, when the person has no email', () => {
    const built = buildCredential(aCredentialInput({ holderEmail: null, identitySalt: undefined }));
    expect(built.credentialSubject.identifier.map((id) => id.identityType)).toEqual(['name', 'name']);
  });

  it('draws a fresh salt when none is given, so two credentials of one person do not share a hash', () => {
    const [a, b] = [1, 2].map(() => buildCredential(aCredentialInput({ identitySalt: undefined })).credentialSubject.identifier[2]);
    expect(a.salt).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(a.identityHash).not.toBe(b.identityHash);
    expect(a.identityHash).toBe(emailIdentityHash(input.holderEmail!, a.salt!));
  });

  it('tags the achievement with the programme and component, and describes it without a summary', () => {
    const { achievement } = buildCredential(aCredentialInput({ component: 'Component A', courseDescription: undefined })).credentialSubject;
    expect(achievement.tag).toEqual([input.programme, 'Component A']);
    expect(achievement.description).toBe('SME Export Readiness: a course of 3 modules.');
  });

  it('stores names composed (NFC), as Vietnamese needs', () => {
    const decomposed = 'Nguyễn Thị Lan'.normalize('NFD');
    const built = buildCredential(aCredentialInput({ holderNativeName: decomposed }));
    expect(built.credentialSubject.identifier[1].identityHash).toBe('Nguyễn Thị Lan'.normalize('NFC'));
  });

  it('names the holder once when both names are the same', () => {
    const built = buildCredential(aCredentialInput({ holderNativeName: 'Nguyen Thi Lan' }));
    expect(built.credentialSubject.identifier.filter((id) => id.identityType === 'name')).toHaveLength(1);
  });

  it('describes the course as an achievement with criteria listing the modules and hours', () => {
    const { achievement } = credential.credentialSubject;
    expect(achievement).toMatchObject({
      id: `${PUBLIC_URL}/courses/sme-export-readiness`,
      type: ['Achievement'],
      achievementType: 'CertificateOfCompletion',
      name: 'SME Export Readiness',
      tag: [input.programme],
    });
    expect(achievement.creator).toEqual(credential.issuer);
    expect(achievement.criteria.narrative).toBe(
      [
        'Completed the 3 modules of the course (26.5 hours):',
        '',
        '1. Market access and trade rules (8 h)',
        '2. Costing, pricing and finance (12 h)',
        '3. Logistics along the corridor (6.5 h)',
        '',
        "Every holder attended at least 80% of the sessions held, passed each module's post-test and had an action plan accepted.",
      ].join('\n'),
    );
    expect(credential.credentialSubject).toMatchObject({
      activityStartDate: '2016-06-06T00:00:00Z',
      activityEndDate: '2016-07-01T00:00:00Z',
    });
  });

  it('gives the attendance rate and post-test scores as Results of ResultDescriptions in the achievement', () => {
    const { achievement, result } = credential.credentialSubject;
    const described = new Map(achievement.resultDescription.map((description) => [description.id, description]));
    expect(
      result.map((r) => [described.get(r.resultDescription)?.name, r.value, described.get(r.resultDescription)?.requiredValue]),
    ).toEqual([
      ['Attendance rate', '91.7', '80'],
      ['Post-test: Market access and trade rules', '85', '70'],
      ['Post-test: Costing, pricing and finance', '72.5', '70'],
      ['Post-test: Logistics along the corridor', '90', '70'],
    ]);
    expect(achievement.resultDescription.every((d) => d.resultType === 'Percent' && d.valueMin === '0' && d.valueMax === '100')).toBe(true);
  });

  it('pins the PDF by its SHA-256 as a VC 2.0 relatedResource', () => {
    expect(credential.relatedResource).toEqual([
      {
        id: `${PUBLIC_URL}/certificates/q3Jv0xR8mT2wLk9PzA4cYg.pdf`,
        mediaType: 'application/pdf',
        digestSRI: `sha256-${Buffer.from(input.pdfSha256, 'hex').toString('base64')}`,
      },
    ]);
    expect(buildCredential(aCredentialInput({ pdfUrl: 'https://files.example.org/a.pdf' })).relatedResource[0].id).toBe(
      'https://files.example.org/a.pdf',
    );
  });

  it.each([
    [0, 1, 0],
    [41, 1, 41],
    [131_071, 1, 131_071],
    [131_072, 2, 0],
    [300_000, 3, 37_856],
  ])('puts status index %i in list %i at %i', (statusListIndex, list, index) => {
    expect(buildCredential(aCredentialInput({ statusListIndex })).credentialStatus).toEqual({
      id: `${PUBLIC_URL}/credentials/status/${list}#${index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(index),
      statusListCredential: `${PUBLIC_URL}/credentials/status/${list}`,
    });
  });

  it('builds the same JSON from the same facts', () => {
    expect(JSON.stringify(buildCredential(aCredentialInput()))).toBe(JSON.stringify(credential));
  });

  it.each<[string, Partial<CredentialInput>]>([
    ['holderEmail', { holderEmail: 'not an email' }],
    ['attendanceRate', { attendanceRate: 91.7 }],
    ['pdfSha256', { pdfSha256: 'abc' }],
    ['statusListIndex', { statusListIndex: -1 }],
    ['statusListIndex', { statusListIndex: 1.5 }],
    ['startsOn', { startsOn: '06/06/2016' }],
    ['modules', { modules: [] }],
    ['identitySalt', { identitySalt: 'short' }],
    ['verificationCode', { verificationCode: 'abc' }],
    ['publicUrl', { publicUrl: 'corridor.example.org' }],
    ['postTests', { postTests: [{ module: 'M1', score: 101 }] }],
  ])('refuses a bad %s', (field, overrides) => {
    let thrown: unknown;
    try {
      buildCredential(aCredentialInput(overrides));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ZodError);
    expect((thrown as ZodError).issues.map((issue) => issue.path[0])).toContain(field);
  });
});

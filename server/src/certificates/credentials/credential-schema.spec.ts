import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { buildCredential } from './build-credential';
import { aCredentialInput } from './credential-fixtures';
import { createIssuerKey } from './issuer-key';
import { signCredential } from './sign-credential';

// 1EdTech's Open Badges 3.0 schemas (draft 2019-09), copied into the project: see standards/README.md.
function schema(name: string): object {
  return JSON.parse(readFileSync(join(__dirname, 'standards', 'openbadges-3.0', name), 'utf8')) as object;
}

// strictTuples off: the schema's `@context` is an open tuple (items + additionalItems), which strict mode flags.
const ajv = new Ajv2019({ allErrors: true, strictTuples: false });
addFormats(ajv);
const validateCredential = ajv.compile(schema('achievementcredential.schema.json'));
const validateProfile = ajv.compile(schema('profile.schema.json'));

function errorsOf(validate: typeof validateCredential): string {
  return ajv.errorsText(validate.errors, { separator: '\n' });
}

describe('the built credential against the Open Badges 3.0 JSON Schema', () => {
  it.each([
    ['the usual certificate', {}],
    ['no native name, no programme, no completion rules', { holderNativeName: null, programme: undefined, completionRules: undefined }],
    ['no post-tests', { postTests: [] }],
    ['no email, so names only', { holderEmail: null }],
    ['a status index in the second list', { statusListIndex: 131_072 + 9 }],
    ['PUBLIC_URL on a port with a path', { publicUrl: 'http://localhost:3000/corridor/' }],
  ])('validates: %s', (_name, overrides) => {
    const credential = buildCredential(aCredentialInput(overrides));
    expect(validateCredential(credential) ? 'valid' : errorsOf(validateCredential)).toBe('valid');
  });

  it('validates as signed: the JWS payload is the credential itself', async () => {
    const jwt = await signCredential(buildCredential(aCredentialInput()), await createIssuerKey());
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as unknown;
    expect(validateCredential(payload) ? 'valid' : errorsOf(validateCredential)).toBe('valid');
  });

  it('has an issuer that validates as an Open Badges Profile', () => {
    const { issuer } = buildCredential(aCredentialInput());
    expect(validateProfile(issuer) ? 'valid' : errorsOf(validateProfile)).toBe('valid');
  });

  it('is checked by a schema that does catch mistakes', () => {
    const credential = buildCredential(aCredentialInput()) as unknown as Record<string, unknown>;
    expect(validateCredential({ ...credential, validFrom: 'last Tuesday' })).toBe(false);
    expect(validateCredential({ ...credential, type: ['VerifiableCredential'] })).toBe(false);
    const { credentialSubject: _dropped, ...withoutSubject } = credential;
    expect(validateCredential(withoutSubject)).toBe(false);
  });
});

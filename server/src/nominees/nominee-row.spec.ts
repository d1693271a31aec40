import { Gender, OrganisationType, TargetGroup } from '../common/enums';
import { validateNomineeRow } from './nominee-row';

const good = { full_name: 'Chan Sreymom', native_name: 'ចាន់ ស្រីមុំ', gender: 'F', country: 'Cambodia', email: 'Sreymom@Example.org' };

describe('validateNomineeRow', () => {
  it('accepts country names and gender letters, lower-cases email and defaults the target group', () => {
    const { nominee, errors } = validateNomineeRow(good);
    expect(errors).toEqual([]);
    expect(nominee).toMatchObject({ fullName: 'Chan Sreymom', nativeName: 'ចាន់ ស្រីមុំ', gender: Gender.FEMALE, countryCode: 'KH', email: 'sreymom@example.org', targetGroup: TargetGroup.SME_LEADER });
  });

  it('reads enum columns whatever their case and spacing', () => {
    const { nominee } = validateNomineeRow({ ...good, organisation_type: 'chamber of commerce', target_group: 'bds provider' });
    expect(nominee?.organisationType).toBe(OrganisationType.CHAMBER_OF_COMMERCE);
    expect(nominee?.targetGroup).toBe(TargetGroup.BDS_PROVIDER);
  });

  it.each([
    [{ full_name: '' }, 'full_name', 'FULL_NAME_REQUIRED', {}],
    [{ full_name: 'A'.repeat(201) }, 'full_name', 'FULL_NAME_TOO_LONG', { max: 200 }],
    [{ gender: '' }, 'gender', 'GENDER_REQUIRED', {}],
    [{ gender: 'unknown' }, 'gender', 'GENDER_UNKNOWN', { value: 'unknown' }],
    [{ country: '' }, 'country', 'COUNTRY_REQUIRED', {}],
    [{ country: 'Atlantis' }, 'country', 'COUNTRY_UNKNOWN', { value: 'Atlantis' }],
    [{ email: 'Not-An-Email' }, 'email', 'EMAIL_INVALID', { value: 'Not-An-Email' }],
    [{ phone: 'call me' }, 'phone', 'PHONE_INVALID', { value: 'call me' }],
    [{ target_group: 'astronaut' }, 'target_group', 'TARGET_GROUP_UNKNOWN', { value: 'astronaut', allowed: Object.values(TargetGroup).join(', ') }],
    [{ organisation_type: 'club' }, 'organisation_type', 'ORGANISATION_TYPE_UNKNOWN', { value: 'club', allowed: Object.values(OrganisationType).join(', ') }],
  ])('reports %j in column %s as %s with its values', (change, column, reason, params) => {
    const { nominee, errors } = validateNomineeRow({ ...good, ...change });
    expect(nominee).toBeNull();
    expect(errors).toEqual([{ column, reason, params, message: expect.any(String) as string }]);
  });

  it('keeps an English message that says what the reason and values say', () => {
    const { errors } = validateNomineeRow({ ...good, email: 'Not-An-Email', country: 'Atlantis' });
    expect(errors.map((e) => e.message)).toEqual([
      'Country "Atlantis" is not a country name or two-letter code (KH, MM, TH, VN).',
      '"Not-An-Email" is not a valid email address.',
    ]);
  });

  it('reports every problem of a row at once', () => {
    const { errors } = validateNomineeRow({ full_name: '', gender: '', country: '' });
    expect(errors.map((e) => [e.column, e.reason])).toEqual([
      ['full_name', 'FULL_NAME_REQUIRED'],
      ['gender', 'GENDER_REQUIRED'],
      ['country', 'COUNTRY_REQUIRED'],
    ]);
  });
});

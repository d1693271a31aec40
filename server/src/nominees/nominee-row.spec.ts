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
    [{ full_name: '' }, 'full_name'],
    [{ gender: 'unknown' }, 'gender'],
    [{ country: 'Atlantis' }, 'country'],
    [{ email: 'not-an-email' }, 'email'],
    [{ phone: 'call me' }, 'phone'],
    [{ target_group: 'astronaut' }, 'target_group'],
    [{ organisation_type: 'club' }, 'organisation_type'],
  ])('reports %j in column %s', (change, column) => {
    const { nominee, errors } = validateNomineeRow({ ...good, ...change });
    expect(nominee).toBeNull();
    expect(errors.map((e) => e.column)).toEqual([column]);
  });

  it('reports every problem of a row at once', () => {
    const { errors } = validateNomineeRow({ full_name: '', gender: '', country: '' });
    expect(errors.map((e) => e.column)).toEqual(['full_name', 'gender', 'country']);
  });
});

import ExcelJS from 'exceljs';
import { Gender, TargetGroup } from '../common/enums';
import { Organisation } from '../organisations/organisation.entity';
import { Person } from '../people/person.entity';
import { errorCode, startTestApp, type TestApp } from '../../test/test-app';

const PREVIEW = `mutation($input: NomineeFileInput!) {
  previewNomineeImport(input: $input) {
    canImport validCount invalidCount fileErrors fileErrorDetails { reason message params { name value } }
    rows { rowNumber fullName nativeName action errors { column message reason params { name value } } }
  }
}`;
const IMPORT = 'mutation($input: NomineeFileInput!) { importNominees(input: $input) { created updated unchanged } }';

type Param = { name: string; value: string };
type Preview = {
  previewNomineeImport: {
    canImport: boolean;
    validCount: number;
    invalidCount: number;
    fileErrors: string[];
    fileErrorDetails: { reason: string; message: string; params: Param[] }[];
    rows: { rowNumber: number; fullName: string; nativeName: string | null; action: string; errors: { column: string | null; message: string; reason: string; params: Param[] }[] }[];
  };
};

const GOOD_CSV = [
  'full_name,native_name,gender,country,province,organisation,organisation_type,position,target_group,email,phone',
  'Chhim Sreyleak,ឈឹម ស្រីលក្ខណ៍,F,KH,Svay Rieng,Svay Rieng Pepper Growers,local production group,Secretary,SME_LEADER,sreyleak.chhim@example.org,+855 12 888 111',
  'Zaw Min Htet,ဇော်မင်းထက်,M,Myanmar,Tanintharyi Region,Dawei Cashew Processors Group,LOCAL_PRODUCTION_GROUP,Chair,,zaw.min.htet@example.org,',
  'Phạm Thị Thu,,female,Vietnam,Tay Ninh,,,,,thu.pham@example.org,',
].join('\n');

function file(name: string, content: string | Buffer) {
  return { input: { fileName: name, contentBase64: Buffer.from(content).toString('base64') } };
}

describe('nominee import', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    token = await t.signIn('coordinator@corridor.test');
  });
  afterAll(() => t.close());

  const people = () => t.orm.em.fork().count(Person, {});
  const organisations = () => t.orm.em.fork().count(Organisation, {});

  it('previews a CSV without saving, then imports it all, and a second import changes nothing', async () => {
    const before = { people: await people(), organisations: await organisations() };
    const preview = await t.gql<Preview>(PREVIEW, file('nominees.csv', GOOD_CSV), { token });
    expect(preview.data!.previewNomineeImport).toMatchObject({ canImport: true, validCount: 3, invalidCount: 0, fileErrors: [] });
    expect(preview.data!.previewNomineeImport.rows.map((r) => [r.rowNumber, r.action])).toEqual([[2, 'CREATE'], [3, 'CREATE'], [4, 'CREATE']]);
    expect(await people()).toBe(before.people);

    const imported = await t.gql<{ importNominees: { created: number } }>(IMPORT, file('nominees.csv', GOOD_CSV), { token });
    expect(imported.data).toEqual({ importNominees: { created: 3, updated: 0, unchanged: 0 } });
    expect(await people()).toBe(before.people + 3);
    // Dawei Cashew Processors Group is already known: the nominee joins it; the pepper growers are new.
    expect(await organisations()).toBe(before.organisations + 1);
    const zaw = await t.orm.em.fork().findOneOrFail(Person, { email: 'zaw.min.htet@example.org' }, { populate: ['organisation'] });
    expect(zaw.organisation?.getEntity().name).toBe('Dawei Cashew Processors Group');
    const sreyleak = await t.orm.em.fork().findOneOrFail(Person, { email: 'sreyleak.chhim@example.org' }, { populate: ['organisation'] });
    expect(sreyleak).toMatchObject({ nativeName: 'ឈឹម ស្រីលក្ខណ៍', countryCode: 'KH', gender: 'FEMALE', targetGroup: 'SME_LEADER' });
    expect(sreyleak.organisation?.getEntity().name).toBe('Svay Rieng Pepper Growers');

    const again = await t.gql(IMPORT, file('nominees.csv', GOOD_CSV), { token });
    expect(again.data).toEqual({ importNominees: { created: 0, updated: 0, unchanged: 3 } });
    expect(await people()).toBe(before.people + 3);
  });

  it('names everyone in the file, so the coordinator can enrol them in a cohort at once', async () => {
    const imported = await t.gql<{ importNominees: { people: { id: string; email: string }[] } }>(
      'mutation($input: NomineeFileInput!) { importNominees(input: $input) { people { id email } } }',
      file('nominees.csv', GOOD_CSV),
      { token },
    );
    const listed = imported.data!.importNominees.people;
    expect(listed.map((p) => p.email)).toEqual(['sreyleak.chhim@example.org', 'zaw.min.htet@example.org', 'thu.pham@example.org']);
    const course = await t.gql<{ course: { id: string } }>('{ course(slug: "sme-cluster-development") { id } }', {}, { token });
    const cohort = await t.gql<{ createCohort: { cohort: { id: string } } }>(
      'mutation($input: CreateCohortInput!) { createCohort(input: $input) { cohort { id } } }',
      { input: { courseId: course.data!.course.id, title: 'Nominees 2027', startsOn: '2027-02-01', endsOn: '2027-02-20', language: 'en', capacity: 10 } },
      { token },
    );
    const enrolled = await t.gql<{ enrolPeople: { enrolled: { status: string; person: { email: string } }[] } }>(
      'mutation($input: EnrolPeopleInput!) { enrolPeople(input: $input) { enrolled { status person { email } } } }',
      { input: { cohortId: cohort.data!.createCohort.cohort.id, personIds: listed.map((p) => p.id) } },
      { token },
    );
    expect(enrolled.data!.enrolPeople.enrolled.map((e) => [e.status, e.person.email])).toEqual(listed.map((p) => ['APPROVED', p.email]));
  });

  it('a changed row updates the person it matches by email', async () => {
    const changed = GOOD_CSV.replace('Secretary', 'Vice-chair');
    const preview = await t.gql<Preview>(PREVIEW, file('nominees.csv', changed), { token });
    expect(preview.data!.previewNomineeImport.rows.map((r) => r.action)).toEqual(['UPDATE', 'UNCHANGED', 'UNCHANGED']);
    const imported = await t.gql(IMPORT, file('nominees.csv', changed), { token });
    expect(imported.data).toEqual({ importNominees: { created: 0, updated: 1, unchanged: 2 } });
  });

  it('shows every row’s errors and imports nothing while any row is invalid', async () => {
    const bad = [
      'Full Name,Native Name,Gender,Country,Email',
      'Sok Dara,សុខ តារា,M,KH,dara.sok@example.org',
      ',,Q,Atlantis,broken@',
      'Nguyen Van A,,M,VN,dara.sok@example.org',
    ].join('\n');
    const before = await people();
    const preview = await t.gql<Preview>(PREVIEW, file('bad.csv', bad), { token });
    const result = preview.data!.previewNomineeImport;
    expect(result).toMatchObject({ canImport: false, validCount: 1, invalidCount: 2 });
    // A stable reason and the values of each message, for the client to write it in the reader's language.
    expect(result.rows[1].errors.map(({ column, reason, params }) => ({ column, reason, params }))).toEqual([
      { column: 'full_name', reason: 'FULL_NAME_REQUIRED', params: [] },
      { column: 'gender', reason: 'GENDER_UNKNOWN', params: [{ name: 'value', value: 'Q' }] },
      { column: 'country', reason: 'COUNTRY_UNKNOWN', params: [{ name: 'value', value: 'Atlantis' }] },
      { column: 'email', reason: 'EMAIL_INVALID', params: [{ name: 'value', value: 'broken@' }] },
    ]);
    expect(result.rows[1].errors.map((e) => e.message)).toEqual([
      'Full name (Latin script) is required.',
      'Gender "Q" is not one of female, male, other, undisclosed.',
      'Country "Atlantis" is not a country name or two-letter code (KH, MM, TH, VN).',
      '"broken@" is not a valid email address.',
    ]);
    expect(result.rows[2].errors).toEqual([{ column: 'email', message: 'Same person as row 2.', reason: 'DUPLICATE_IN_FILE', params: [{ name: 'row', value: '2' }] }]);
    const imported = await t.gql(IMPORT, file('bad.csv', bad), { token });
    expect(errorCode(imported)).toBe('BAD_USER_INPUT');
    expect(imported.errors![0].message).toMatch(/Nothing was imported/);
    expect(imported.errors![0].extensions).toMatchObject({ reason: 'NOTHING_IMPORTED_ROWS', params: { invalidCount: 2 } });
    expect(await people()).toBe(before);
  });

  it('asks for an email when a name without one matches two people, and for the type of a new organisation', async () => {
    const em = t.orm.em.fork();
    for (const email of ['twin.one@example.org', 'twin.two@example.org']) {
      const twin = new Person('Lwin Lwin', Gender.FEMALE, 'MM', TargetGroup.SME_LEADER);
      twin.email = email;
      em.persist(twin);
    }
    await em.flush();
    const csv = ['full_name,gender,country,organisation', 'Lwin Lwin,F,MM,', 'Moe Moe,F,MM,Mawlamyine Rubber Growers'].join('\n');
    const rows = (await t.gql<Preview>(PREVIEW, file('twins.csv', csv), { token })).data!.previewNomineeImport.rows;
    expect(rows.map((r) => r.errors.map(({ column, reason, params }) => ({ column, reason, params })))).toEqual([
      [{ column: 'full_name', reason: 'NAME_AMBIGUOUS', params: [{ name: 'countryCode', value: 'MM' }, { name: 'name', value: 'Lwin Lwin' }, { name: 'people', value: '2' }] }],
      [{ column: 'organisation_type', reason: 'ORGANISATION_TYPE_NEEDED', params: [{ name: 'organisation', value: 'Mawlamyine Rubber Growers' }] }],
    ]);
  });

  it('reads an XLSX workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Nominees');
    sheet.addRow(['full_name', 'native_name', 'gender', 'country', 'organisation', 'organisation_type', 'email']);
    sheet.addRow(['Kanya Srisuk', 'กัญญา ศรีสุข', 'Female', 'TH', 'Trat Chamber of Commerce', 'CHAMBER_OF_COMMERCE', 'kanya.srisuk@example.org']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const preview = await t.gql<Preview>(PREVIEW, file('nominees.xlsx', bytes), { token });
    expect(preview.data!.previewNomineeImport.rows).toMatchObject([{ rowNumber: 2, fullName: 'Kanya Srisuk', nativeName: 'กัญญา ศรีสุข', action: 'CREATE', errors: [] }]);
    expect((await t.gql(IMPORT, file('nominees.xlsx', bytes), { token })).data).toEqual({ importNominees: { created: 1, updated: 0, unchanged: 0 } });
  });

  const expected = [{ name: 'expected', value: 'full_name, native_name, gender, country, province, organisation, organisation_type, position, target_group, email, phone' }];
  it.each([
    ['a spreadsheet that is not one', 'nominees.xlsx', Buffer.from('this is not a zip file'), /could not be read/, [['XLSX_UNREADABLE', [{ name: 'fileName', value: 'nominees.xlsx' }]]]],
    [
      'a CSV without the required columns',
      'nominees.csv',
      Buffer.from('name,age\nA,3\n'),
      /header row lacks full_name, gender, country/,
      [
        ['COLUMNS_MISSING', [{ name: 'columns', value: 'full_name, gender, country' }, ...expected]],
        ['COLUMNS_UNKNOWN', [{ name: 'columns', value: 'name, age' }, ...expected]],
      ],
    ],
    ['an empty file', 'nominees.csv', Buffer.alloc(0), /empty/, [['FILE_EMPTY', []]]],
    ['a header and no rows', 'nominees.csv', Buffer.from('full_name,gender,country\n'), /no nominees/, [['NO_ROWS', []]]],
    ['a CSV that is not UTF-8', 'nominees.csv', Buffer.from([0x66, 0x75, 0x6c, 0x6c, 0xff, 0xfe, 0x0a]), /could not be read/, [['CSV_UNREADABLE', [{ name: 'fileName', value: 'nominees.csv' }]]]],
  ])('explains %s and saves nothing', async (_case, name, bytes, message, details) => {
    const before = await people();
    const preview = await t.gql<Preview>(PREVIEW, file(name, bytes), { token });
    expect(preview.data!.previewNomineeImport.canImport).toBe(false);
    expect(preview.data!.previewNomineeImport.fileErrors.join(' ')).toMatch(message);
    expect(preview.data!.previewNomineeImport.fileErrorDetails.map((d) => [d.reason, d.params])).toEqual(details);
    expect(preview.data!.previewNomineeImport.fileErrorDetails.map((d) => d.message)).toEqual(preview.data!.previewNomineeImport.fileErrors);
    const imported = await t.gql(IMPORT, file(name, bytes), { token });
    expect(errorCode(imported)).toBe('BAD_USER_INPUT');
    expect(imported.errors![0].extensions?.reason).toBe('NOTHING_IMPORTED_FILE');
    expect(await people()).toBe(before);
  });

  it.each([
    ['a file over 2 MB', file('big.csv', Buffer.alloc(2 * 1024 * 1024 + 10, 'a')), /larger than 2 MB/, { problems: [{ field: 'contentBase64', reason: 'FILE_TOO_LARGE', params: { maxMb: 2 } }] }],
    ['a PDF', file('list.pdf', '%PDF-1.4'), /\.csv or \.xlsx/, { problems: [{ field: 'fileName', reason: 'FILE_TYPE', params: {} }] }],
    ['content that is not base64', { input: { fileName: 'a.csv', contentBase64: '***' } }, /not valid base64/, { field: 'contentBase64', reason: 'FILE_NOT_BASE64', params: {} }],
  ])('refuses %s with BAD_USER_INPUT and saves nothing', async (_case, variables, message, extensions) => {
    const before = await people();
    for (const mutation of [PREVIEW, IMPORT]) {
      const result = await t.gql(mutation, variables, { token });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].message).toMatch(message);
      expect(result.errors![0].extensions).toMatchObject(extensions);
    }
    expect(await people()).toBe(before);
  });

  it('trainers cannot import', async () => {
    const trainer = await t.signIn('trainer@corridor.test');
    expect(errorCode(await t.gql(PREVIEW, file('nominees.csv', GOOD_CSV), { token: trainer }))).toBe('FORBIDDEN');
  });
});

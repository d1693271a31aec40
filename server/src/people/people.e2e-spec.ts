import { Person } from './person.entity';
import { errorCode, startTestApp, type TestApp } from '../../test/test-app';

const PEOPLE = `query($filter: PeopleFilter, $first: Int, $after: String) {
  people(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id fullName nativeName gender countryCode targetGroup email organisation { name type } } }
  }
}`;
const CREATE = 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id fullName nativeName email countryCode organisation { name } } } }';
const UPDATE = 'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id fullName nativeName email province } } }';

type PeopleResult = { people: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; fullName: string; gender: string; countryCode: string; targetGroup: string; email: string | null; organisation: { type: string } | null } }[] } };

describe('people', () => {
  let t: TestApp;
  let coordinator: string;
  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.signIn('coordinator@corridor.test');
  });
  afterAll(() => t.close());

  it('pages through everyone without overlap', async () => {
    const total = await t.orm.em.fork().count(Person, {});
    const seen = new Set<string>();
    let after: string | null = null;
    let pages = 0;
    do {
      const result: { data?: PeopleResult | null } = await t.gql<PeopleResult>(PEOPLE, { first: 20, after }, { token: coordinator });
      const page = result.data!.people;
      expect(page.totalCount).toBe(total);
      for (const edge of page.edges) seen.add(edge.node.id);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(seen.size).toBe(total);
    expect(pages).toBe(Math.ceil(total / 20));
  });

  it.each([
    [{ countryCode: 'KH' }, (n: PeopleResult['people']['edges'][0]['node']) => n.countryCode === 'KH'],
    [{ gender: 'FEMALE' }, (n: PeopleResult['people']['edges'][0]['node']) => n.gender === 'FEMALE'],
    [{ targetGroup: 'BDS_PROVIDER' }, (n: PeopleResult['people']['edges'][0]['node']) => n.targetGroup === 'BDS_PROVIDER'],
    [{ organisationType: 'BANK' }, (n: PeopleResult['people']['edges'][0]['node']) => n.organisation?.type === 'BANK'],
  ])('filters by %j', async (filter, matches) => {
    const result = await t.gql<PeopleResult>(PEOPLE, { filter, first: 100 }, { token: coordinator });
    const nodes = result.data!.people.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every(matches)).toBe(true);
    expect(result.data!.people.totalCount).toBeLessThan(await t.orm.em.fork().count(Person, {}));
  });

  it('finds people by name ignoring accents, by native name, and by email', async () => {
    const created = await t.gql<{ createPerson: { person: { id: string } } }>(
      CREATE,
      { input: { fullName: 'Trần Thị Hồng Nhung', gender: 'FEMALE', countryCode: 'VN', targetGroup: 'SME_LEADER', email: 'Nhung.Tran@Example.org' } },
      { token: coordinator },
    );
    expect(created.errors).toBeUndefined();
    for (const search of ['tran thi hong', 'HỒNG NHUNG', 'nhung.tran@example']) {
      const result = await t.gql<PeopleResult>(PEOPLE, { filter: { search } }, { token: coordinator });
      expect(result.data!.people.edges.map((e) => e.node.fullName)).toContain('Trần Thị Hồng Nhung');
    }
    const khmer = await t.gql<PeopleResult>(PEOPLE, { filter: { search: 'សុខា' } }, { token: coordinator });
    expect(khmer.data!.people.totalCount).toBeGreaterThan(0);
  });

  it('creates and edits a person, storing names composed (NFC) and emails lower-case', async () => {
    const decomposed = 'Le\u0302 Va\u0306n Hu\u0300ng';
    const created = await t.gql<{ createPerson: { person: { id: string; fullName: string; email: string } } }>(
      CREATE,
      { input: { fullName: decomposed, gender: 'MALE', countryCode: 'vn', targetGroup: 'BDS_PROVIDER', email: 'HUNG.LE@example.com' } },
      { token: coordinator },
    );
    const person = created.data!.createPerson.person;
    expect(person.fullName).toBe('Lê Văn Hùng'.normalize('NFC'));
    expect(person.email).toBe('hung.le@example.com');
    const updated = await t.gql<{ updatePerson: { person: { nativeName: string | null; province: string } } }>(
      UPDATE,
      { input: { id: person.id, province: 'Tay Ninh', nativeName: null } },
      { token: coordinator },
    );
    expect(updated.data!.updatePerson.person).toMatchObject({ province: 'Tay Ninh', nativeName: null });
  });

  it.each([
    ['an invalid email', { fullName: 'Aung Aung', gender: 'MALE', countryCode: 'MM', targetGroup: 'SME_LEADER', email: 'aung@' }, 'BAD_USER_INPUT'],
    ['an unknown country', { fullName: 'Aung Aung', gender: 'MALE', countryCode: 'XX', targetGroup: 'SME_LEADER' }, 'BAD_USER_INPUT'],
    ['a one-letter name', { fullName: 'A', gender: 'MALE', countryCode: 'MM', targetGroup: 'SME_LEADER' }, 'BAD_USER_INPUT'],
    ['an unknown field', { fullName: 'Aung Aung', gender: 'MALE', countryCode: 'MM', targetGroup: 'SME_LEADER', salary: 1 }, 'BAD_USER_INPUT'],
    ['an email someone else has', { fullName: 'Aung Aung', gender: 'MALE', countryCode: 'MM', targetGroup: 'SME_LEADER', email: 'trainee@corridor.test' }, 'CONFLICT'],
    ['an unknown organisation', { fullName: 'Aung Aung', gender: 'MALE', countryCode: 'MM', targetGroup: 'SME_LEADER', organisationId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
  ])('refuses %s and saves nothing', async (_case, input, code) => {
    const before = await t.orm.em.fork().count(Person, {});
    const result = await t.gql(CREATE, { input }, { token: coordinator });
    expect(errorCode(result)).toBe(code);
    expect(result.errors![0].message).not.toMatch(/at .*\.ts|Error:/);
    expect(await t.orm.em.fork().count(Person, {})).toBe(before);
  });

  it('gives each field problem a reason and values a client can translate, with the English message kept', async () => {
    const input = { fullName: 'A', gender: 'MALE', countryCode: 'XX', targetGroup: 'SME_LEADER', email: 'aung@', phone: 'call me', position: 'x'.repeat(201) };
    const result = await t.gql(CREATE, { input }, { token: coordinator });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    const problems = result.errors![0].extensions!.problems as { field: string; message: string; reason?: string; params?: object }[];
    expect(problems.map(({ field, reason, params }) => ({ field, reason, params })).sort((a, b) => a.field.localeCompare(b.field))).toEqual([
      { field: 'countryCode', reason: 'COUNTRY_CODE_INVALID', params: {} },
      { field: 'email', reason: 'EMAIL_INVALID', params: {} },
      { field: 'fullName', reason: 'FULL_NAME_REQUIRED', params: {} },
      { field: 'phone', reason: 'PHONE_INVALID', params: {} },
      // A rule without a message of its own: the generic reason, with the limit its message names.
      { field: 'position', reason: 'TOO_LONG', params: { max: 200 } },
    ]);
    expect(problems.find((p) => p.field === 'email')!.message).toBe('Enter a valid email address.');
    expect(result.errors![0].message).toContain('Enter the full name in Latin script.');
  });

  it('gives a taken email, a cleared name and a taken organisation name a reason and the values', async () => {
    const email = await t.gql(CREATE, { input: { fullName: 'Aung Aung', gender: 'MALE', countryCode: 'MM', targetGroup: 'SME_LEADER', email: 'trainee@corridor.test' } }, { token: coordinator });
    expect(email.errors![0]).toMatchObject({
      message: 'Another person already uses trainee@corridor.test.',
      extensions: { code: 'CONFLICT', field: 'email', reason: 'EMAIL_TAKEN', params: { email: 'trainee@corridor.test' } },
    });
    const trainee = await t.orm.em.fork().findOneOrFail(Person, { email: 'trainee@corridor.test' });
    const cleared = await t.gql(UPDATE, { input: { id: trainee.id, fullName: null } }, { token: coordinator });
    expect(cleared.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fullName', reason: 'FIELD_REQUIRED' });
    const create = 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }';
    const name = 'Mon State Chamber of Commerce and Industry';
    const organisation = await t.gql(create, { input: { name, type: 'CHAMBER_OF_COMMERCE', countryCode: 'MM' } }, { token: coordinator });
    expect(organisation.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'name', reason: 'ORGANISATION_EXISTS', params: { name, countryCode: 'MM' } });
    const short = await t.gql(create, { input: { name: 'M', type: 'OTHER', countryCode: 'mm1' } }, { token: coordinator });
    const problems = short.errors![0].extensions!.problems as { field: string; reason?: string }[];
    expect(problems.map((p) => [p.field, p.reason])).toEqual([
      ['name', 'ORGANISATION_NAME_REQUIRED'],
      ['countryCode', 'COUNTRY_CODE_INVALID'],
    ]);
  });

  it.each([
    ['trainee@corridor.test', 'FORBIDDEN'],
    ['trainer@corridor.test', 'FORBIDDEN'],
    ['viewer@corridor.test', 'FORBIDDEN'],
  ])('%s may not list or create people', async (email, code) => {
    const token = await t.signIn(email);
    expect(errorCode(await t.gql(PEOPLE, {}, { token }))).toBe(code);
    expect(errorCode(await t.gql(CREATE, { input: { fullName: 'Aung Aung', gender: 'MALE', countryCode: 'MM', targetGroup: 'SME_LEADER' } }, { token }))).toBe(code);
  });

  it('a trainee sees their own contact details through me', async () => {
    const token = await t.signIn('trainee@corridor.test');
    const result = await t.gql<{ me: { person: { email: string; nativeName: string } } }>('{ me { person { email nativeName } } }', {}, { token });
    expect(result.data!.me.person.email).toBe('trainee@corridor.test');
    expect(result.data!.me.person.nativeName).toBeTruthy();
  });

  it('a viewer reaches no one else’s record or contact details, only their own profile', async () => {
    const token = await t.signIn('viewer@corridor.test');
    expect(errorCode(await t.gql('{ person(id: "00000000-0000-4000-8000-000000000000") { email } }', {}, { token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql('{ people { edges { node { email phone } } } }', {}, { token }))).toBe('FORBIDDEN');
    const own = await t.gql<{ me: { person: { email: string | null } } }>('{ me { person { email } } }', {}, { token });
    expect(own.data!.me.person.email).toBe('viewer@corridor.test');
  });

  it('organisations: create, find, edit, and refuse a duplicate name in the same country', async () => {
    const create = 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id name type countryCode province peopleCount } } }';
    const made = await t.gql<{ createOrganisation: { organisation: { id: string; peopleCount: number } } }>(
      create,
      { input: { name: 'Koh Kong Seafood Processors Group', type: 'LOCAL_PRODUCTION_GROUP', countryCode: 'KH', province: 'Koh Kong' } },
      { token: coordinator },
    );
    expect(made.errors).toBeUndefined();
    expect(made.data!.createOrganisation.organisation.peopleCount).toBe(0);
    const dup = await t.gql(create, { input: { name: 'koh kong seafood processors group', type: 'OTHER', countryCode: 'KH' } }, { token: coordinator });
    expect(errorCode(dup)).toBe('CONFLICT');
    const list = await t.gql<{ organisations: { totalCount: number; edges: { node: { name: string; peopleCount: number } }[] } }>(
      '{ organisations(filter: { search: "seafood", countryCode: "KH" }) { totalCount edges { node { name peopleCount } } } }',
      {},
      { token: coordinator },
    );
    expect(list.data!.organisations.edges.map((e) => e.node.name)).toContain('Koh Kong Seafood Processors Group');
    const edit = await t.gql<{ updateOrganisation: { organisation: { type: string } } }>(
      'mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { organisation { type } } }',
      { input: { id: made.data!.createOrganisation.organisation.id, type: 'SME_ASSOCIATION' } },
      { token: coordinator },
    );
    expect(edit.data!.updateOrganisation.organisation.type).toBe('SME_ASSOCIATION');
  });

  it('counts the people of each organisation', async () => {
    const em = t.orm.em.fork();
    const trainee = await em.findOneOrFail(Person, { email: 'trainee@corridor.test' }, { populate: ['organisation'] });
    const expected = await em.count(Person, { organisation: trainee.organisation!.id });
    expect(expected).toBeGreaterThan(0);
    const list = await t.gql<{ organisations: { edges: { node: { id: string; peopleCount: number } }[] } }>('{ organisations(first: 100) { edges { node { id peopleCount } } } }', {}, { token: coordinator });
    const nodes = list.data!.organisations.edges.map((e) => e.node);
    expect(nodes.find((n) => n.id === trainee.organisation!.id)!.peopleCount).toBe(expected);
    expect(nodes.reduce((sum, n) => sum + n.peopleCount, 0)).toBe(await em.count(Person, { organisation: { $ne: null } }));
  });

  it('rejects a page size over 100', async () => {
    expect(errorCode(await t.gql(PEOPLE, { first: 101 }, { token: coordinator }))).toBe('BAD_USER_INPUT');
  });
});

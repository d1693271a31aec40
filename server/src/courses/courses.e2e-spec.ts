import { errorCode, startTestApp, type TestApp } from '../../test/test-app';
import { countStatements } from '../../test/sql-counter';

const CATALOGUE = `{
  courses {
    slug title component summary totalHours
    completionRules { minAttendanceRate requirePostTestPass requireActionPlan }
    modules { slug position title hours objectives assessments { kind title maxScore passScore questions { prompt choices { label } } } }
  }
}`;

type Catalogue = {
  courses: {
    slug: string;
    title: string;
    component: string;
    totalHours: number;
    modules: { slug: string; position: number; title: string; hours: number; objectives: string[]; assessments: { kind: string; questions: { prompt: string; choices: { label: string }[] }[] }[] }[];
  }[];
};

describe('catalogue', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    token = await t.signIn('trainee@corridor.test');
  });
  afterAll(() => t.close());

  it('lists the Component A and C courses with ordered modules, hours, objectives and question banks', async () => {
    const result = await t.gql<Catalogue>(CATALOGUE, {}, { token });
    expect(result.errors).toBeUndefined();
    const courses = result.data!.courses;
    expect(courses.map((c) => [c.slug, c.component])).toEqual([
      ['sme-cluster-development', 'A'],
      ['bds-provider-strengthening', 'C'],
    ]);
    const a = courses[0];
    expect(a.title).toBe('SME Cluster Development and Export Consortia');
    expect(a.modules.length).toBeGreaterThanOrEqual(4);
    expect(a.modules.map((m) => m.position)).toEqual(a.modules.map((_, i) => i + 1));
    expect(a.totalHours).toBe(a.modules.reduce((s, m) => s + m.hours, 0));
    for (const course of courses) {
      for (const module of course.modules) {
        expect(module.objectives.length).toBeGreaterThan(0);
        const pre = module.assessments.find((x) => x.kind === 'PRE_TEST');
        const post = module.assessments.find((x) => x.kind === 'POST_TEST');
        expect(pre?.questions.length).toBeGreaterThanOrEqual(10);
        expect(post?.questions.map((q) => q.prompt)).toEqual(pre?.questions.map((q) => q.prompt));
      }
    }
  });

  it('never reveals which choices are correct', async () => {
    const result = await t.gql('{ courses { modules { assessments { questions { choices { id label correct } } } } } }', {}, { token });
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(result)).not.toMatch(/"correct":\s*(true|false)/);
  });

  it('answers in the language the client asks for, falling back to English', async () => {
    const km = await t.gql<Catalogue>('{ courses { title modules { title objectives } } }', {}, { token, headers: { 'accept-language': 'km' } });
    const a = km.data!.courses[0];
    expect(a.title).toMatch(/[\u1780-\u17FF]/);
    expect(a.modules[0].title).toMatch(/[\u1780-\u17FF]/);
    expect(a.modules[0].objectives[0]).toMatch(/[\u1780-\u17FF]/);
    const fr = await t.gql<Catalogue>('{ courses { title } }', {}, { token, headers: { 'accept-language': 'fr' } });
    expect(fr.data!.courses[0].title).toBe('SME Cluster Development and Export Consortia');
  });

  it('renders a module’s lesson text as HTML', async () => {
    const result = await t.gql<{ courseModule: { title: string; bodyHtml: string; bodyLocale: string } }>(
      '{ courseModule(courseSlug: "sme-cluster-development", slug: "cluster-concepts-and-mapping") { title bodyHtml bodyLocale } }',
      {},
      { token },
    );
    const module = result.data!.courseModule;
    expect(module.bodyLocale).toBe('en');
    expect(module.bodyHtml).toMatch(/<h[1-3]>/);
    expect(module.bodyHtml.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length).toBeGreaterThanOrEqual(600);
  });

  it('loads the whole catalogue in a fixed number of SQL statements (no N+1)', async () => {
    const { count, sql } = await countStatements(t.orm, () => t.gql(CATALOGUE, {}, { token }));
    // session lookup, courses, components, modules, assessments, questions, choices
    expect({ count, sql }).toEqual({ count: 7, sql: expect.any(Array) as unknown });
  });

  it('an unknown course is null, and anonymous callers are refused', async () => {
    expect((await t.gql('{ course(slug: "no-such-course") { title } }', {}, { token })).data).toEqual({ course: null });
    expect(errorCode(await t.gql('{ courses { title } }'))).toBe('UNAUTHENTICATED');
  });
});

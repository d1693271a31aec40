import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/common/paths';
import { printCommittedSchema } from '../src/schema-generate';
import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ACCESS_KEY, type AccessRule } from '../src/auth/access.decorator';
import { errorCode, startTestApp, type TestApp } from './test-app';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

/** Every Query and Mutation resolver method in the app, with its declared access rule (if any). */
function operationRules(t: TestApp): Map<string, AccessRule | undefined> {
  const rules = new Map<string, AccessRule | undefined>();
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const key of Object.getOwnPropertyNames(proto)) {
        const method: unknown = Object.getOwnPropertyDescriptor(proto, key)?.value;
        if (typeof method !== 'function') continue;
        const type = Reflect.getMetadata(RESOLVER_TYPE, method) as string | undefined;
        if (type !== 'Query' && type !== 'Mutation') continue;
        const name = (Reflect.getMetadata(RESOLVER_NAME, method) as string | undefined) ?? key;
        const rule = (Reflect.getMetadata(ACCESS_KEY, method) ?? Reflect.getMetadata(ACCESS_KEY, proto.constructor)) as AccessRule | undefined;
        rules.set(`${type}.${name}`, rule);
      }
    }
  }
  return rules;
}

describe('every operation declares who may call it', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  function schemaOperations(): string[] {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    return (['Query', 'Mutation'] as const).flatMap((type) => {
      const root = type === 'Query' ? schema.getQueryType() : schema.getMutationType();
      return Object.keys(root?.getFields() ?? {}).map((name) => `${type}.${name}`);
    });
  }

  it('finds a rule for each query and mutation in the schema', () => {
    const rules = operationRules(t);
    const operations = schemaOperations();
    expect(operations.length).toBeGreaterThan(10);
    const missing = operations.filter((op) => !rules.get(op));
    expect(missing).toEqual([]);
  });

  it('GET /healthz answers 200 without a session while the database answers', async () => {
    const response = await fetch(`${t.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('the only public operations are the deliberate ones', () => {
    const rules = operationRules(t);
    const publicOps = [...rules].filter(([, rule]) => rule?.kind === 'public').map(([op]) => op).sort();
    expect(publicOps).toEqual(['Mutation.login', 'Query.me', 'Query.verifyCertificate']);
  });

  it('refuses every non-public operation without a session', async () => {
    const rules = operationRules(t);
    const schema = t.app.get(GraphQLSchemaHost).schema;
    for (const [op, rule] of rules) {
      if (rule?.kind === 'public') continue;
      const [type, name] = op.split('.');
      const field = (type === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields()[name];
      // Well-formed arguments, so the request passes GraphQL's own checks and the guard is what answers.
      const args = field.args.filter((a) => String(a.type).endsWith('!'));
      const varDefs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const callArgs = args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const variables = Object.fromEntries(args.map((a) => [a.name, placeholder(String(a.type))]));
      const selection = hasFields(String(field.type)) ? ' { __typename }' : '';
      const query = `${type === 'Query' ? 'query' : 'mutation'}${varDefs ? `(${varDefs})` : ''} { ${name}${callArgs ? `(${callArgs})` : ''}${selection} }`;
      const result = await t.gql(query, variables);
      expect({ op, code: errorCode(result) }).toEqual({ op, code: 'UNAUTHENTICATED' });
    }
  });
});

function hasFields(type: string): boolean {
  return !/^\[?(String|Boolean|Int|Float|ID|DateTime|Date)!?\]?!?$/.test(type);
}

function placeholder(type: string): unknown {
  if (type.startsWith('ID') || type.startsWith('String')) return '00000000-0000-4000-8000-000000000000';
  if (type.startsWith('Int') || type.startsWith('Float')) return 1;
  if (type.startsWith('Boolean')) return true;
  // A new input type needs an entry in INPUTS; until then this test fails with BAD_USER_INPUT.
  return INPUTS[type.replace(/!$/, '')] ?? {};
}

const uuid = '00000000-0000-4000-8000-000000000000';
const INPUTS: Record<string, unknown> = {
  CreatePersonInput: { fullName: 'A B', gender: 'FEMALE', countryCode: 'KH', targetGroup: 'SME_LEADER' },
  UpdatePersonInput: { id: uuid },
  CreateOrganisationInput: { name: 'Org', type: 'BANK', countryCode: 'KH' },
  UpdateOrganisationInput: { id: uuid },
  NomineeFileInput: { fileName: 'a.csv', contentBase64: '' },
  SetUserActiveInput: { userId: uuid, active: true },
  LoginInput: { email: 'a@b.c', password: 'x' },
  CreateCohortInput: { courseId: uuid, title: 'Cohort', startsOn: '2026-01-01', endsOn: '2026-01-02', language: 'en', capacity: 1 },
  UpdateCohortInput: { id: uuid },
  ScheduleSessionsInput: { cohortId: uuid, sessions: [] },
  UpdateSessionInput: { id: uuid },
  ApplyForCohortInput: { cohortId: uuid },
  DecideEnrolmentInput: { enrolmentId: uuid, decision: 'APPROVE' },
  WithdrawEnrolmentInput: { enrolmentId: uuid },
  EnrolPeopleInput: { cohortId: uuid, personIds: [uuid] },
  RecordAttendanceInput: { sessionId: uuid, marks: [] },
  CheckInInput: { sessionId: uuid, code: 'ABCDEF' },
  SubmitQuizInput: { assessmentId: uuid, answers: [] },
  RecordAssessmentResultsInput: { assessmentId: uuid, results: [] },
  SaveActionPlanInput: { enrolmentId: uuid, objectives: 'x', activities: [], smes: [] },
  ReviewActionPlanInput: { actionPlanId: uuid, decision: 'ACCEPT' },
  AddProgressReportInput: { actionPlanId: uuid, reportedOn: '2026-01-01', done: 'x' },
  IssueCertificatesInput: { cohortId: uuid },
  RevokeCertificateInput: { certificateId: uuid, reason: 'because' },
  ReissueCertificateInput: { certificateId: uuid },
  SmeMatchInput: { name: 'Sokha Rice Mill', countryCode: 'KH' },
  RecordSmeSupportInput: { progressReportId: uuid, smeId: uuid, kind: 'TRAINING', supportedOn: '2017-01-01' },
  RemoveSmeSupportInput: { supportId: uuid },
  UpdateSmeInput: { smeId: uuid },
  MergeSmesInput: { keepId: uuid, mergeIds: [uuid] },
  MarkSmesDistinctInput: { firstId: uuid, secondId: uuid },
};

describe('the committed schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('server/schema.gql matches the code (run npm run schema:generate after changing the API)', () => {
    const committed = readFileSync(join(projectRoot(), 'server', 'schema.gql'), 'utf8');
    expect(committed).toBe(printCommittedSchema(t.app.get(GraphQLSchemaHost).schema));
  });
});

describe('in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ nodeEnv: 'production' });
  });
  afterAll(() => t.close());

  it('refuses introspection and loads no demo accounts', async () => {
    const result = await t.gql('{ __schema { types { name } } }');
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0].message).toMatch(/introspection/i);
    const login = await t.gql('mutation { login(input: { email: "admin@corridor.test", password: "corridor-demo" }) { token } }');
    expect(errorCode(login)).toBe('UNAUTHENTICATED');
  });
});

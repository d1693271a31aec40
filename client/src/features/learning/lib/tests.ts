import type { TestWindowState } from '../../../gql/graphql';

export interface ModuleWithAssessments {
  id: string;
  position: number;
  assessments: readonly { id: string }[];
}

/** The module an assessment belongs to (a test's status does not name its module). */
export function moduleOfAssessment<M extends ModuleWithAssessments>(modules: readonly M[], assessmentId: string): M | undefined {
  return modules.find((module) => module.assessments.some((assessment) => assessment.id === assessmentId));
}

export interface TestWindowFacts {
  state: TestWindowState;
  opensAt?: string | null;
  closesAt?: string | null;
  attemptsUsed: number;
  attemptsAllowed: number;
  canAttempt: boolean;
}

/** What the trainee can do with a test now. */
export type TestAvailability =
  | { kind: 'open'; attemptsLeft: number; closesAt: string | null }
  | { kind: 'usedUp'; closesAt: string | null }
  | { kind: 'notYetOpen'; opensAt: string | null }
  | { kind: 'closed'; closedAt: string | null }
  /** Open, with attempts left, but the enrolment is not (or no longer) approved. */
  | { kind: 'notEnrolled' };

export function testAvailability(test: TestWindowFacts): TestAvailability {
  const closesAt = test.closesAt ?? null;
  switch (test.state) {
    case 'NOT_YET_OPEN':
      return { kind: 'notYetOpen', opensAt: test.opensAt ?? null };
    case 'CLOSED':
      return { kind: 'closed', closedAt: closesAt };
    case 'OPEN':
      if (test.attemptsUsed >= test.attemptsAllowed) return { kind: 'usedUp', closesAt };
      if (!test.canAttempt) return { kind: 'notEnrolled' };
      return { kind: 'open', attemptsLeft: test.attemptsAllowed - test.attemptsUsed, closesAt };
  }
}

/** Tests in course order: by module position, the pre-test before the post-test. */
export function sortTests<T extends { assessment: { id: string; kind: string } }>(
  tests: readonly T[],
  modules: readonly ModuleWithAssessments[],
): T[] {
  const position = (test: T) => moduleOfAssessment(modules, test.assessment.id)?.position ?? Number.MAX_SAFE_INTEGER;
  const kindOrder = (test: T) => (test.assessment.kind === 'PRE_TEST' ? 0 : 1);
  return [...tests].sort((a, b) => position(a) - position(b) || kindOrder(a) - kindOrder(b));
}

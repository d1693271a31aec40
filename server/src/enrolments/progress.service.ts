import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { ActionPlan } from '../action-plans/action-plan.entity';
import { AssessmentResult } from '../assessments/assessment-result.entity';
import { Assessment } from '../assessments/assessment.entity';
import { AttendanceRecord } from '../attendance/attendance-record.entity';
import { ActionPlanStatus, AssessmentKind } from '../common/enums';
import { pickLocale } from '../common/locale';
import { CourseModule } from '../course-modules/course-module.entity';
import { TrainingSession } from '../training-sessions/training-session.entity';
import { ATTENDED, attendanceRate, evaluateCompletion, type Requirement } from './completion';
import { Enrolment } from './enrolment.entity';

export interface ModuleProgress {
  module: CourseModule;
  sessionsScheduled: number;
  sessionsHeld: number;
  sessionsAttended: number;
  preTest: AssessmentResult | null;
  /** The best post-test attempt. */
  postTest: AssessmentResult | null;
  postTestAttempts: number;
  postTestPassed: boolean;
  actionPlanStatus: ActionPlanStatus | null;
}

export interface EnrolmentProgress {
  enrolmentId: string;
  sessionsScheduled: number;
  sessionsHeld: number;
  sessionsAttended: number;
  attendanceRate: number | null;
  completed: boolean;
  requirements: Requirement[];
  modules: ModuleProgress[];
}

function group<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

const best = (results: AssessmentResult[]) => results.reduce<AssessmentResult | null>((top, r) => (!top || r.score > top.score ? r : top), null);

/**
 * Attendance, test results, action plans and the completion rules for a set of enrolments, in a
 * fixed number of queries however many enrolments are asked for (rosters, gradebooks, previews).
 */
@Injectable()
export class ProgressService {
  constructor(private readonly em: EntityManager) {}

  async forEnrolments(ids: readonly string[], now = new Date()): Promise<Map<string, EnrolmentProgress>> {
    const enrolmentIds = [...new Set(ids)];
    if (!enrolmentIds.length) return new Map();
    const enrolments = await this.em.find(Enrolment, { id: { $in: enrolmentIds } }, { populate: ['cohort.course'] });
    const cohortIds = [...new Set(enrolments.map((e) => e.cohort.id))];
    const courseIds = [...new Set(enrolments.map((e) => e.cohort.getEntity().course.id))];

    const [sessions, records, results, modules, assessments, plans] = await Promise.all([
      this.em.find(TrainingSession, { cohort: { $in: cohortIds }, cancelled: false }),
      this.em.find(AttendanceRecord, { enrolment: { $in: enrolmentIds } }),
      this.em.find(AssessmentResult, { enrolment: { $in: enrolmentIds } }),
      this.em.find(CourseModule, { course: { $in: courseIds }, retired: false }, { orderBy: { position: 'asc' } }),
      this.em.find(Assessment, { module: { course: { $in: courseIds } }, retired: false }),
      this.em.find(ActionPlan, { enrolment: { $in: enrolmentIds } }),
    ]);
    const sessionsByCohort = group(sessions, (s) => s.cohort.id);
    const sessionById = new Map(sessions.map((s) => [s.id, s]));
    const recordsByEnrolment = group(records, (r) => r.enrolment.id);
    const resultsByEnrolment = group(results, (r) => r.enrolment.id);
    const modulesByCourse = group(modules, (m) => m.course.id);
    const testsByModule = group(assessments, (a) => a.module.id);
    const plansByEnrolment = group(plans, (p) => p.enrolment.id);

    const progress = new Map<string, EnrolmentProgress>();
    for (const enrolment of enrolments) {
      const cohort = enrolment.cohort.getEntity();
      const course = cohort.course.getEntity();
      const cohortSessions = sessionsByCohort.get(cohort.id) ?? [];
      const held = new Set(cohortSessions.filter((s) => s.isHeld(now)).map((s) => s.id));
      const attended = (recordsByEnrolment.get(enrolment.id) ?? []).filter((r) => held.has(r.session.id) && ATTENDED.includes(r.status));
      const myResults = resultsByEnrolment.get(enrolment.id) ?? [];
      const myPlans = plansByEnrolment.get(enrolment.id) ?? [];

      const moduleRows: ModuleProgress[] = (modulesByCourse.get(course.id) ?? []).map((module) => {
        const moduleSessions = cohortSessions.filter((s) => s.module.id === module.id);
        const tests = testsByModule.get(module.id) ?? [];
        const resultsOf = (kind: AssessmentKind) => {
          const ids = new Set(tests.filter((t) => t.kind === kind).map((t) => t.id));
          return myResults.filter((r) => ids.has(r.assessment.id));
        };
        const postTests = resultsOf(AssessmentKind.POST_TEST);
        const postTest = best(postTests);
        const postAssessment = tests.find((t) => t.kind === AssessmentKind.POST_TEST);
        const plan = myPlans.filter((p) => p.module?.id === module.id).sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())[0];
        return {
          module,
          sessionsScheduled: moduleSessions.length,
          sessionsHeld: moduleSessions.filter((s) => held.has(s.id)).length,
          sessionsAttended: attended.filter((r) => sessionById.get(r.session.id)?.module.id === module.id).length,
          preTest: resultsOf(AssessmentKind.PRE_TEST).sort((a, b) => a.attempt - b.attempt)[0] ?? null,
          postTest,
          postTestAttempts: postTests.length,
          postTestPassed: !!postTest && !!postAssessment && postTest.score >= postAssessment.passScore,
          actionPlanStatus: plan?.status ?? null,
        };
      });

      const { completed, requirements } = evaluateCompletion({
        status: enrolment.status,
        rules: course.completionRules,
        sessionsScheduled: cohortSessions.length,
        sessionsHeld: held.size,
        sessionsAttended: attended.length,
        postTests: moduleRows.flatMap((row) => {
          const assessment = (testsByModule.get(row.module.id) ?? []).find((t) => t.kind === AssessmentKind.POST_TEST);
          return assessment ? [{ moduleId: row.module.id, moduleTitle: pickLocale(row.module.title, 'en'), bestScore: row.postTest?.score ?? null, passScore: assessment.passScore }] : [];
        }),
        actionPlanStatuses: myPlans.map((p) => p.status),
      });
      progress.set(enrolment.id, {
        enrolmentId: enrolment.id,
        sessionsScheduled: cohortSessions.length,
        sessionsHeld: held.size,
        sessionsAttended: attended.length,
        attendanceRate: attendanceRate(held.size, attended.length),
        completed,
        requirements,
        modules: moduleRows,
      });
    }
    return progress;
  }
}

import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/request-context';
import { recordChange } from '../audit/change-log';
import { CohortAccess } from '../cohorts/cohort-access';
import { SEAT_HOLDING } from '../cohorts/cohorts.service';
import { ActionPlanStatus } from '../common/enums';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors';
import { cleanLongText, cleanText } from '../common/text';
import { CourseModule } from '../course-modules/course-module.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { User } from '../users/user.entity';
import { ActionPlan, ProgressReport } from './action-plan.entity';
import { ActionPlanReview, type AddProgressReportInput, type ReviewActionPlanInput, type SaveActionPlanInput } from './dto/action-plan.input';

const EDITABLE = [ActionPlanStatus.DRAFT, ActionPlanStatus.RETURNED];

function group<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** Learn–do–share: the trainee drafts and submits, a trainer accepts or returns, the trainee reports progress. */
@Injectable()
export class ActionPlansService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: CohortAccess,
  ) {}

  async ofEnrolments(enrolmentIds: readonly string[]): Promise<Map<string, ActionPlan[]>> {
    const rows = await this.em.find(ActionPlan, { enrolment: { $in: [...enrolmentIds] } }, { orderBy: { createdAt: 'asc' } });
    return group(rows, (row) => row.enrolment.id);
  }

  async ofCohort(viewer: Viewer, cohortId: string, statuses: ActionPlanStatus[] | null | undefined): Promise<ActionPlan[]> {
    await this.access.assertMayTeach(viewer, [cohortId]);
    return this.em.find(
      ActionPlan,
      { enrolment: { cohort: cohortId }, ...(statuses?.length ? { status: { $in: statuses } } : {}) },
      { populate: ['enrolment.person'], orderBy: { submittedAt: 'asc', createdAt: 'asc' } },
    );
  }

  async reportsOf(planIds: readonly string[]): Promise<Map<string, ProgressReport[]>> {
    const rows = await this.em.find(ProgressReport, { actionPlan: { $in: [...planIds] } }, { orderBy: { reportedOn: 'asc', createdAt: 'asc' } });
    return group(rows, (row) => row.actionPlan.id);
  }

  async save(viewer: Viewer, input: SaveActionPlanInput): Promise<ActionPlan> {
    const enrolment = await this.ownEnrolment(viewer, input.enrolmentId);
    const cohort = await enrolment.cohort.loadOrFail();
    if (input.moduleId && !(await this.em.count(CourseModule, { id: input.moduleId, course: cohort.course.id }))) {
      throw new BadUserInputError('That module is not part of your course.', { field: 'moduleId' });
    }
    input.activities.forEach((activity, index) => {
      if (activity.startsOn && activity.endsOn && activity.endsOn < activity.startsOn) throw new BadUserInputError(`Activity ${index + 1} ends before it starts.`, { field: 'activities', index });
    });
    return this.em.transactional(async (em) => {
      let plan: ActionPlan;
      if (input.id) {
        const found = await em.findOne(ActionPlan, { id: input.id, enrolment: enrolment.id });
        if (!found) throw new NotFoundError('Action plan', input.id);
        if (!EDITABLE.includes(found.status)) throw new ConflictError(`This plan is ${found.status.toLowerCase()}; it can be changed only after a trainer returns it.`);
        plan = found;
      } else {
        plan = em.create(ActionPlan, new ActionPlan(em.getReference(Enrolment, enrolment.id, { wrapped: true }), ''));
      }
      plan.module = input.moduleId ? em.getReference(CourseModule, input.moduleId, { wrapped: true }) : null;
      plan.objectives = cleanLongText(input.objectives) ?? '';
      plan.activities = input.activities.map((a) => ({ title: cleanText(a.title), startsOn: a.startsOn ?? null, endsOn: a.endsOn ?? null }));
      plan.smes = input.smes.map((s) => ({ name: cleanText(s.name), province: s.province ? cleanText(s.province) || null : null, note: cleanLongText(s.note) }));
      plan.supportNeeded = cleanLongText(input.supportNeeded);
      return plan;
    });
  }

  async submit(viewer: Viewer, planId: string): Promise<ActionPlan> {
    const plan = await this.em.findOne(ActionPlan, { id: planId });
    if (!plan) throw new NotFoundError('Action plan', planId);
    const enrolment = await this.ownEnrolment(viewer, plan.enrolment.id);
    if (!EDITABLE.includes(plan.status)) throw new ConflictError(`This plan is already ${plan.status.toLowerCase()}.`);
    if (!plan.objectives.trim()) throw new BadUserInputError('Write the objectives before submitting.', { field: 'objectives' });
    if (!plan.activities.length) throw new BadUserInputError('Add at least one activity before submitting.', { field: 'activities' });
    return this.em.transactional((em) => {
      const before = { status: plan.status };
      plan.status = ActionPlanStatus.SUBMITTED;
      plan.submittedAt = new Date();
      recordChange(em, { actor: viewer.user, subjectType: 'action-plan', subjectId: plan.id, cohortId: enrolment.cohort.id, personId: enrolment.person.id, action: 'submitted', before, after: { status: plan.status } });
      em.persist(plan);
      return plan;
    });
  }

  async review(viewer: Viewer, input: ReviewActionPlanInput): Promise<ActionPlan> {
    const plan = await this.em.findOne(ActionPlan, { id: input.actionPlanId }, { populate: ['enrolment'] });
    if (!plan) throw new NotFoundError('Action plan', input.actionPlanId);
    const enrolment = plan.enrolment.getEntity();
    await this.access.assertMayTeach(viewer, [enrolment.cohort.id]);
    const comment = cleanLongText(input.comment);
    if (input.decision === ActionPlanReview.RETURN && !comment) throw new BadUserInputError('Say what to change when returning a plan.', { field: 'comment' });
    if (plan.status !== ActionPlanStatus.SUBMITTED) throw new ConflictError(`Only submitted plans can be reviewed; this one is ${plan.status.toLowerCase()}.`);
    return this.em.transactional((em) => {
      const before = { status: plan.status };
      plan.status = input.decision === ActionPlanReview.ACCEPT ? ActionPlanStatus.ACCEPTED : ActionPlanStatus.RETURNED;
      plan.reviewerComment = comment;
      plan.reviewedBy = em.getReference(User, viewer.user.id, { wrapped: true });
      plan.reviewedAt = new Date();
      recordChange(em, { actor: viewer.user, subjectType: 'action-plan', subjectId: plan.id, cohortId: enrolment.cohort.id, personId: enrolment.person.id, action: plan.status === ActionPlanStatus.ACCEPTED ? 'accepted' : 'returned', before, after: { status: plan.status, comment } });
      em.persist(plan);
      return plan;
    });
  }

  async addReport(viewer: Viewer, input: AddProgressReportInput): Promise<ProgressReport> {
    const plan = await this.em.findOne(ActionPlan, { id: input.actionPlanId });
    if (!plan) throw new NotFoundError('Action plan', input.actionPlanId);
    await this.ownEnrolment(viewer, plan.enrolment.id);
    if (plan.status === ActionPlanStatus.DRAFT) throw new ConflictError('Submit the plan before reporting progress on it.');
    const report = new ProgressReport(this.em.getReference(ActionPlan, plan.id, { wrapped: true }), input.reportedOn, cleanLongText(input.done) ?? '');
    report.results = cleanLongText(input.results);
    report.challenges = cleanLongText(input.challenges);
    report.smesReached = input.smesReached ?? 0;
    await this.em.persistAndFlush(report);
    return report;
  }

  private async ownEnrolment(viewer: Viewer, enrolmentId: string): Promise<Enrolment> {
    const enrolment = await this.em.findOne(Enrolment, { id: enrolmentId });
    if (!enrolment) throw new NotFoundError('Enrolment', enrolmentId);
    if (enrolment.person.id !== viewer.user.person?.id) throw new ForbiddenError('Only the trainee can write their own action plan.');
    if (!SEAT_HOLDING.includes(enrolment.status)) throw new ConflictError(`Your enrolment is ${enrolment.status.toLowerCase()}.`);
    return enrolment;
  }
}

import { Module } from '@nestjs/common';
import { ActionPlansResolver, CohortActionPlansResolver, EnrolmentActionPlansResolver } from '../action-plans/action-plans.resolver';
import { ActionPlansService } from '../action-plans/action-plans.service';
import { ResultsResolver } from '../assessments/results.resolver';
import { ResultsService } from '../assessments/results.service';
import { AttendanceResolver } from '../attendance/attendance.resolver';
import { AttendanceService } from '../attendance/attendance.service';
import { AuditService } from '../audit/audit.service';
import { ChangeRecordsResolver } from '../audit/audit.resolver';
import { CohortAccess } from '../cohorts/cohort-access';
import { CohortsResolver, CourseCohortsResolver } from '../cohorts/cohorts.resolver';
import { CohortsService } from '../cohorts/cohorts.service';
import { EnrolmentsResolver } from '../enrolments/enrolments.resolver';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import { ProgressService } from '../enrolments/progress.service';
import { TrainingSessionsResolver } from '../training-sessions/training-sessions.resolver';

/**
 * Training delivery: cohorts and sessions, enrolment, attendance, tests and scored work, action
 * plans, completion and the change history. One module because these parts share the cohort access
 * rules and each other's records; each part keeps its own folder.
 */
@Module({
  providers: [
    CohortAccess,
    AuditService,
    CohortsService,
    EnrolmentsService,
    ProgressService,
    AttendanceService,
    ResultsService,
    ActionPlansService,
    CohortsResolver,
    CourseCohortsResolver,
    TrainingSessionsResolver,
    EnrolmentsResolver,
    AttendanceResolver,
    ResultsResolver,
    ActionPlansResolver,
    EnrolmentActionPlansResolver,
    CohortActionPlansResolver,
    ChangeRecordsResolver,
  ],
  exports: [CohortAccess, CohortsService, EnrolmentsService, ProgressService, AuditService],
})
export class TrainingModule {}

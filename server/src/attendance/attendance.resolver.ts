import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles, SignedIn } from '../auth/access.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { GqlContext, Viewer } from '../auth/request-context';
import { Role } from '../common/enums';
import type { Enrolment } from '../enrolments/enrolment.entity';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import { EnrolmentModel } from '../enrolments/models/enrolment.model';
import { AttendanceService } from './attendance.service';
import type { AttendanceRecord } from './attendance-record.entity';
import { CheckInCodePayload, CheckInInput, CheckInPayload, RecordAttendanceInput, RecordAttendancePayload } from './dto/attendance.input';
import { AttendanceRecordModel } from './models/attendance-record.model';

const TEACHING = [Role.ADMIN, Role.COORDINATOR, Role.TRAINER];

@Resolver(() => AttendanceRecordModel)
export class AttendanceResolver {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly enrolments: EnrolmentsService,
  ) {}

  @Roles(...TEACHING)
  @Mutation(() => RecordAttendancePayload, { description: 'Record a session’s attendance sheet in one call; recording again updates the marks.' })
  async recordAttendance(@CurrentViewer() viewer: Viewer, @Args('input') input: RecordAttendanceInput): Promise<RecordAttendancePayload> {
    return { records: await this.attendance.record(viewer, input.sessionId, input.marks) };
  }

  @Roles(...TEACHING)
  @Mutation(() => CheckInCodePayload, { description: 'Show a self check-in code for a session in progress (the same code until closed).' })
  async openCheckIn(@CurrentViewer() viewer: Viewer, @Args('sessionId', { type: () => ID }) sessionId: string): Promise<CheckInCodePayload> {
    return { session: await this.attendance.openCheckIn(viewer, sessionId) };
  }

  @Roles(...TEACHING)
  @Mutation(() => CheckInCodePayload)
  async closeCheckIn(@CurrentViewer() viewer: Viewer, @Args('sessionId', { type: () => ID }) sessionId: string): Promise<CheckInCodePayload> {
    return { session: await this.attendance.closeCheckIn(viewer, sessionId) };
  }

  @SignedIn()
  @Mutation(() => CheckInPayload, { description: 'A trainee checks in to a session in progress with the code the trainer shows.' })
  async checkIn(@CurrentViewer() viewer: Viewer, @Args('input') input: CheckInInput): Promise<CheckInPayload> {
    return { record: await this.attendance.checkIn(viewer, input.sessionId, input.code) };
  }

  @ResolveField(() => EnrolmentModel)
  async enrolment(@Parent() record: AttendanceRecord, @Context() ctx: GqlContext): Promise<Enrolment> {
    const found = await ctx.loaders.get('enrolment.byId', (ids) => this.enrolments.byIds(ids), null as Enrolment | null).load(record.enrolment.id);
    return found ?? record.enrolment.loadOrFail();
  }

  @ResolveField(() => Boolean, { description: 'True when the trainee checked in with the session code.' })
  selfCheckedIn(@Parent() record: AttendanceRecord): boolean {
    return record.recordedBy === null;
  }
}

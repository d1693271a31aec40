import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AttendanceStatus } from '../../common/enums';
import { EnrolmentModel } from '../../enrolments/models/enrolment.model';

@ObjectType('AttendanceRecord', { description: 'One line of a session’s attendance sheet.' })
export class AttendanceRecordModel {
  @Field(() => ID)
  id!: string;

  @Field(() => AttendanceStatus)
  status!: AttendanceStatus;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field({ description: 'When the mark was last changed.' })
  updatedAt!: Date;
}

@ObjectType('AttendanceSheetLine', { description: 'An approved enrolment and its mark for one session, if recorded.' })
export class AttendanceSheetLineModel {
  @Field(() => EnrolmentModel)
  enrolment!: EnrolmentModel;

  @Field(() => AttendanceRecordModel, { nullable: true })
  record!: AttendanceRecordModel | null;
}

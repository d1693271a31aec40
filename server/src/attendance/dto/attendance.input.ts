import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { AttendanceStatus } from '../../common/enums';
import { TrainingSessionModel } from '../../training-sessions/models/training-session.model';
import { AttendanceRecordModel } from '../models/attendance-record.model';

@InputType()
export class AttendanceMarkInput {
  @Field(() => ID)
  @IsUUID()
  enrolmentId!: string;

  @Field(() => AttendanceStatus)
  @IsEnum(AttendanceStatus)
  status!: AttendanceStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID)
  @IsUUID()
  sessionId!: string;

  @Field(() => [AttendanceMarkInput], { description: 'The whole sheet, or the lines that changed.' })
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => AttendanceMarkInput)
  marks!: AttendanceMarkInput[];
}

@ObjectType()
export class RecordAttendancePayload {
  @Field(() => [AttendanceRecordModel], { description: 'Every record of the session after the change.' })
  records!: AttendanceRecordModel[];
}

@InputType()
export class CheckInInput {
  @Field(() => ID)
  @IsUUID()
  sessionId!: string;

  @Field({ description: 'The code the trainer shows (letters and digits; case and spaces ignored).' })
  @IsString()
  @MaxLength(20)
  @Matches(/^[A-Za-z0-9 -]+$/, { message: 'Enter the code the trainer shows, letters and digits only.' })
  code!: string;
}

@ObjectType()
export class CheckInPayload {
  @Field(() => AttendanceRecordModel)
  record!: AttendanceRecordModel;
}

@ObjectType()
export class CheckInCodePayload {
  @Field(() => TrainingSessionModel)
  session!: TrainingSessionModel;
}

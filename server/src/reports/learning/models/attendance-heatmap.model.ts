import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { TrainingSessionModel } from '../../../training-sessions/models/training-session.model';
import type { TrainingSession } from '../../../training-sessions/training-session.entity';

@ObjectType('HeatmapCell', { description: 'Attendance of one row’s participants at one session.' })
export class HeatmapCellModel {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Share (0..1) of the row’s participants PRESENT or LATE; null before the session is held, or when suppressed.',
  })
  rate!: number | null;

  @Field(() => Int, { nullable: true, description: 'Participants in the row; null when suppressed.' })
  people!: number | null;

  @Field({ description: 'True when the row counts 1 or 2 people and the reader sees aggregates only.' })
  suppressed!: boolean;
}

@ObjectType('HeatmapRow', { description: 'One participant (label: their name) or one group of a split.' })
export class HeatmapRowModel {
  @Field({ description: 'The enrolment id for a row per participant, else the group code.' })
  key!: string;

  @Field({ description: 'The participant’s name, the cohort title for COHORT, else the key (the client names codes).' })
  label!: string;

  @Field(() => [HeatmapCellModel], { description: 'One per session, in the order of sessions.' })
  cells!: HeatmapCellModel[];
}

@ObjectType('AttendanceHeatmap', { description: 'A cohort’s attendance, session by session, per participant or per group.' })
export class AttendanceHeatmapModel {
  @Field(() => [TrainingSessionModel], { description: 'The cohort’s sessions that are not cancelled, in time order.' })
  sessions!: TrainingSession[];

  @Field(() => [HeatmapRowModel])
  rows!: HeatmapRowModel[];
}

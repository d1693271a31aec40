import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { CohortModel } from '../../../cohorts/models/cohort.model';
import type { Cohort } from '../../../cohorts/cohort.entity';
import type { Enrolment } from '../../../enrolments/enrolment.entity';
import { EnrolmentModel } from '../../../enrolments/models/enrolment.model';
import { PersonModel } from '../../../people/models/person.model';
import type { Person } from '../../../people/person.entity';
import type { ReportFilter } from '../../report-filter.input';
import type { LearningReader } from '../learning-reader';

@ObjectType('ParticipationCell', { description: 'Attendance and completion of one group of participants (or of all of them).' })
export class ParticipationCellModel {
  @Field({
    description:
      'The group code: country code, enum value, component code, cohort id, year (NONE when not recorded); empty for all participants.',
  })
  key!: string;

  @Field({ description: 'The cohort title for a COHORT split, else the key (the client names codes in the reader’s language).' })
  label!: string;

  @Field(() => Int, { nullable: true, description: 'Distinct people in the group; null when suppressed.' })
  people!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Mean of the participants’ own attendance rates (held sessions attended, PRESENT or LATE), 0..1; participants with no held session yet are left out. Null when suppressed or none.',
  })
  attendanceRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share (0..1) COMPLETED among participants whose cohort has ended; null when suppressed or none has ended.',
  })
  completionRate!: number | null;

  @Field({ description: 'True when the group counts 1 or 2 people and the reader sees aggregates only.' })
  suppressed!: boolean;
}

@ObjectType('BelowThreshold', {
  description: 'A participant whose attendance rate is below the minimum of their course’s completion rules.',
})
export class BelowThresholdModel {
  @Field(() => EnrolmentModel)
  enrolment!: Enrolment;

  @Field(() => PersonModel)
  person!: Person;

  @Field(() => CohortModel)
  cohort!: Cohort;

  @Field(() => Float, { description: 'Held sessions attended (PRESENT or LATE), 0..1.' })
  attendanceRate!: number;

  @Field(() => Float, { description: 'The course’s minimum attendance rate, 0..1.' })
  minimum!: number;
}

@ObjectType('ParticipationResults', { description: 'Attendance and completion for the participants a filter selects.' })
export class ParticipationResultsModel {
  /** What the field resolvers compute for: every field uses the same filter and reader. */
  filter!: ReportFilter;
  reader!: LearningReader;
}

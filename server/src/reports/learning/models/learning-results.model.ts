import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CourseModuleModel } from '../../../course-modules/models/course-module.model';
import type { CourseModule } from '../../../course-modules/course-module.entity';
import type { ReportFilter } from '../../report-filter.input';
import type { LearningReader } from '../learning-reader';

@ObjectType('KnowledgeGain', {
  description:
    'Pre- and post-test results paired per participant and module (first pre-test attempt, last post-test attempt), in percent of the maximum score. ' +
    'When suppressed (1 or 2 people, aggregate-only readers) every count is 0 and every figure null: read suppressed first.',
})
export class KnowledgeGainModel {
  @Field(() => Int, { description: 'Participant-module pairs with both a pre-test and a post-test.' })
  paired!: number;

  @Field(() => Int, { description: 'Distinct people among the paired.' })
  people!: number;

  @Field(() => Int, { description: 'Participant-module pairs with only one of the two tests, left out of the figures.' })
  leftOut!: number;

  @Field(() => Float, { nullable: true, description: 'Mean pre-test score, 0..100; null when nobody is paired.' })
  meanPre!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean post-test score, 0..100.' })
  meanPost!: number | null;

  @Field(() => Float, { nullable: true, description: 'meanPost − meanPre, in percentage points.' })
  meanGain!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Hake's class-average normalised gain, (meanPost − meanPre) / (100 − meanPre); null when meanPre is 100.",
  })
  normalisedGain!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share (0..1) of pairs whose post-test score is above their pre-test score.' })
  improvedShare!: number | null;

  @Field({ description: 'True when the figure counts 1 or 2 people and the reader sees aggregates only.' })
  suppressed!: boolean;
}

@ObjectType('GainCell', { description: 'Knowledge gain for one group of a split.' })
export class GainCellModel {
  @Field({ description: 'The group code: country code, enum value, component code, cohort id, year (NONE when not recorded).' })
  key!: string;

  @Field({ description: 'The cohort title for a COHORT split, else the key (the client names codes in the reader’s language).' })
  label!: string;

  @Field(() => KnowledgeGainModel)
  gain!: KnowledgeGainModel;
}

@ObjectType('QuestionResult', { description: 'One question of a module’s bank: share of paired participants right before and after.' })
export class QuestionResultModel {
  @Field(() => ID)
  questionId!: string;

  @Field({ description: 'The question’s id in the bank file (q01).' })
  key!: string;

  @Field({ description: 'In the request’s language (English where not translated).' })
  prompt!: string;

  @Field(() => Int, { description: 'Paired participant-module tests that both asked this question.' })
  paired!: number;

  @Field(() => Float, { nullable: true, description: 'Share (0..1) right in the pre-test; null when suppressed or nobody is paired.' })
  rightBefore!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share (0..1) right in the post-test.' })
  rightAfter!: number | null;

  @Field({
    description:
      'True when fewer than 3 people are paired on this question (for every reader: one or two people’s answers are not an item analysis).',
  })
  suppressed!: boolean;
}

@ObjectType('ModuleLearningResult', { description: 'Knowledge gain in one module, with its questions.' })
export class ModuleLearningResultModel {
  @Field(() => CourseModuleModel)
  module!: CourseModule;

  @Field(() => KnowledgeGainModel)
  gain!: KnowledgeGainModel;

  @Field(() => [QuestionResultModel], { description: 'The module’s questions in bank order.' })
  questions!: QuestionResultModel[];
}

@ObjectType('LearningResults', { description: 'Knowledge gain from pre- to post-tests for the participants a filter selects.' })
export class LearningResultsModel {
  /** What the field resolvers compute for: every field uses the same filter and reader. */
  filter!: ReportFilter;
  reader!: LearningReader;
}

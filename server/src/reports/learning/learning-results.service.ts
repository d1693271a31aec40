import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { Question } from '../../assessments/question.entity';
import { pickLocale, type Locale } from '../../common/locale';
import { CourseModule } from '../../course-modules/course-module.entity';
import { ReportDatabase } from '../report-database';
import type { ReportFilter, ReportSplit } from '../report-filter.input';
import { isSmallCell, SMALL_CELL_MINIMUM } from '../small-cells';
import { share } from './learning-arithmetic';
import { knowledgeGainBy, type GainFigures } from './learning-figures';
import { knowledgeGainByModule, questionTallies, type QuestionTally } from './learning-items';
import type { LearningReader } from './learning-reader';
import type { GainCellModel, KnowledgeGainModel, ModuleLearningResultModel, QuestionResultModel } from './models/learning-results.model';
import { cellOrder, splitLabels } from './split-labels';

const NO_GAIN: GainFigures = {
  paired: 0,
  people: 0,
  leftOut: 0,
  meanPre: null,
  meanPost: null,
  meanGain: null,
  normalisedGain: null,
  improvedShare: null,
};

/** Gain figures as a reader may see them: all zero and null when the cell is small. */
export function visibleGain(figures: GainFigures, reader: LearningReader): KnowledgeGainModel {
  // With nobody paired, those left out are the people the cell would reveal.
  const small =
    isSmallCell(figures.people, reader.aggregatesOnly) || (figures.people === 0 && isSmallCell(figures.leftOut, reader.aggregatesOnly));
  return small ? { ...NO_GAIN, suppressed: true } : { ...figures, suppressed: false };
}

/** Item results are hidden from every reader below SMALL_CELL_MINIMUM paired people, counts included. */
function questionResult(question: Question, tally: QuestionTally | undefined, locale: Locale): QuestionResultModel {
  const base = { questionId: question.id, key: question.key, prompt: pickLocale(question.prompt, locale) };
  if (!tally) return { ...base, paired: 0, rightBefore: null, rightAfter: null, suppressed: false };
  if (tally.people < SMALL_CELL_MINIMUM) return { ...base, paired: 0, rightBefore: null, rightAfter: null, suppressed: true };
  return {
    ...base,
    paired: tally.paired,
    rightBefore: share(tally.rightBefore, tally.paired),
    rightAfter: share(tally.rightAfter, tally.paired),
    suppressed: false,
  };
}

/** Knowledge gain overall, by split and module by module with item analysis. */
@Injectable()
export class LearningResultsService {
  constructor(
    private readonly database: ReportDatabase,
    private readonly em: EntityManager,
  ) {}

  async overall(filter: ReportFilter, reader: LearningReader): Promise<KnowledgeGainModel> {
    const figures = await knowledgeGainBy(this.database.knex, this.database.dialect, filter);
    return visibleGain(figures.get('') ?? NO_GAIN, reader);
  }

  async by(filter: ReportFilter, reader: LearningReader, split: ReportSplit): Promise<GainCellModel[]> {
    const { knex, dialect } = this.database;
    const figures = await knowledgeGainBy(knex, dialect, filter, split);
    const labels = await splitLabels(knex, split, [...figures.keys()]);
    return [...figures]
      .filter(([, gain]) => gain.paired + gain.leftOut > 0)
      .map(([key, gain]) => ({ key, label: labels.get(key) ?? key, gain: visibleGain(gain, reader) }))
      .sort(cellOrder(split));
  }

  /** Modules with any test taken, in course and module order, each with its questions. */
  async byModule(filter: ReportFilter, reader: LearningReader, locale: Locale): Promise<ModuleLearningResultModel[]> {
    const { knex, dialect } = this.database;
    const gains = await knowledgeGainByModule(knex, dialect, filter);
    if (gains.size === 0) return [];
    const tallies = await questionTallies(knex, dialect, filter);
    const moduleIds = [...gains.keys()];
    const [modules, questions] = await Promise.all([
      this.em.find(CourseModule, { id: { $in: moduleIds } }, { orderBy: { course: { slug: 'asc' }, position: 'asc' } }),
      this.em.find(Question, { module: { $in: moduleIds } }, { orderBy: { position: 'asc' } }),
    ]);
    return modules.map((module) => ({
      module,
      gain: visibleGain(gains.get(module.id) ?? NO_GAIN, reader),
      questions: questions
        .filter((q) => q.module.id === module.id && (!q.retired || tallies.has(q.id)))
        .map((q) => questionResult(q, tallies.get(q.id), locale)),
    }));
  }
}

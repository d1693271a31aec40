import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { ForbiddenError } from '../../common/errors';
import { Enrolment } from '../../enrolments/enrolment.entity';
import { ReportDatabase } from '../report-database';
import type { ReportFilter, ReportSplit } from '../report-filter.input';
import { isSmallCell } from '../small-cells';
import { participationBy, type ParticipationFigures } from './learning-figures';
import type { LearningReader } from './learning-reader';
import type { BelowThresholdModel, ParticipationCellModel } from './models/participation-results.model';
import { belowThresholdCount, belowThresholdRows } from './participation-records';
import { cellOrder, splitLabels } from './split-labels';

const NOBODY: ParticipationFigures = { people: 0, attendanceRate: null, completionRate: null };

function visibleCell(key: string, label: string, figures: ParticipationFigures, reader: LearningReader): ParticipationCellModel {
  if (isSmallCell(figures.people, reader.aggregatesOnly))
    return { key, label, people: null, attendanceRate: null, completionRate: null, suppressed: true };
  return { key, label, ...figures, suppressed: false };
}

/** Attendance and completion overall and by split, and who is below the attendance minimum. */
@Injectable()
export class ParticipationService {
  constructor(
    private readonly database: ReportDatabase,
    private readonly em: EntityManager,
  ) {}

  async overall(filter: ReportFilter, reader: LearningReader): Promise<ParticipationCellModel> {
    const figures = await participationBy(this.database.knex, this.database.dialect, filter);
    return visibleCell('', '', figures.get('') ?? NOBODY, reader);
  }

  async by(filter: ReportFilter, reader: LearningReader, split: ReportSplit): Promise<ParticipationCellModel[]> {
    const { knex, dialect } = this.database;
    const figures = await participationBy(knex, dialect, filter, split);
    const labels = await splitLabels(knex, split, [...figures.keys()]);
    return [...figures].map(([key, cell]) => visibleCell(key, labels.get(key) ?? key, cell, reader)).sort(cellOrder(split));
  }

  /** How many participants are below their course's minimum; staff and the cohort's trainers only, as the list. */
  async belowThresholdCount(filter: ReportFilter, reader: LearningReader): Promise<number> {
    mayName(reader);
    return belowThresholdCount(this.database.knex, this.database.dialect, filter);
  }

  /** Named participants, lowest rate first, a page of them (all without `window`): programme staff and the cohort's trainers only. */
  async belowThreshold(
    filter: ReportFilter,
    reader: LearningReader,
    window?: { offset: number; limit: number },
  ): Promise<BelowThresholdModel[]> {
    mayName(reader);
    const rows = await belowThresholdRows(this.database.knex, this.database.dialect, filter, window);
    if (rows.length === 0) return [];
    const enrolments = new Map(
      (await this.em.find(Enrolment, { id: { $in: rows.map((row) => row.enrolmentId) } }, { populate: ['person', 'cohort'] })).map((e) => [
        e.id,
        e,
      ]),
    );
    return rows.flatMap((row) => {
      const enrolment = enrolments.get(row.enrolmentId);
      return enrolment
        ? [
            {
              enrolment,
              person: enrolment.person.getEntity(),
              cohort: enrolment.cohort.getEntity(),
              attendanceRate: row.attendanceRate,
              minimum: row.minimum,
            },
          ]
        : [];
    });
  }
}

function mayName(reader: LearningReader): void {
  if (!reader.mayName)
    throw new ForbiddenError('Viewers see aggregates only; the list of participants below the attendance minimum names people.');
}

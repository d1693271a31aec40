import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../../common/errors';
import { TrainingSession } from '../../training-sessions/training-session.entity';
import { Cohort } from '../../cohorts/cohort.entity';
import { ReportDatabase } from '../report-database';
import { ReportSplit } from '../report-filter.input';
import { splitKey } from '../report-scope';
import { isSmallCell } from '../small-cells';
import type { LearningReader } from './learning-reader';
import type { AttendanceHeatmapModel, HeatmapRowModel } from './models/attendance-heatmap.model';
import { heatmapCounts } from './participation-records';
import { cellOrder, splitLabels } from './split-labels';

/** A cohort's attendance session by session: one row per participant (named) or per group of a split. */
@Injectable()
export class AttendanceHeatmapService {
  constructor(
    private readonly database: ReportDatabase,
    private readonly em: EntityManager,
  ) {}

  async heatmap(
    cohortId: string,
    requested: ReportSplit | undefined,
    reader: LearningReader,
    now = new Date(),
  ): Promise<AttendanceHeatmapModel> {
    const cohort = await this.em.findOne(Cohort, { id: cohortId }, { fields: ['id'] });
    if (!cohort) throw new NotFoundError('Cohort', cohortId);
    // Rows per person carry names; readers who may not see names get countries instead.
    const by = requested ?? (reader.mayName ? undefined : ReportSplit.COUNTRY);
    const { knex, dialect } = this.database;
    const [sessions, counts] = await Promise.all([
      this.em.find(TrainingSession, { cohort: cohortId, cancelled: false }, { orderBy: { startsAt: 'asc', id: 'asc' } }),
      heatmapCounts(knex, dialect, cohortId, by ? splitKey(by, dialect) : 'e.id'),
    ]);
    const labels = by ? await splitLabels(knex, by, [...new Set(counts.map((c) => c.key))]) : new Map<string, string>();
    const held = new Set(sessions.filter((s) => s.isHeld(now)).map((s) => s.id));

    const rows = new Map<string, HeatmapRowModel>();
    const bySession = new Map(counts.map((c) => [`${c.key}\u0000${c.sessionId}`, c]));
    for (const count of counts)
      if (!rows.has(count.key))
        rows.set(count.key, { key: count.key, label: by ? (labels.get(count.key) ?? count.key) : count.name, cells: [] });
    for (const row of rows.values()) {
      row.cells = sessions.map((session) => {
        const count = bySession.get(`${row.key}\u0000${session.id}`);
        const people = count?.people ?? 0;
        if (isSmallCell(people, reader.aggregatesOnly)) return { sessionId: session.id, rate: null, people: null, suppressed: true };
        return {
          sessionId: session.id,
          rate: count && held.has(session.id) && count.members > 0 ? count.attended / count.members : null,
          people,
          suppressed: false,
        };
      });
    }
    return {
      sessions,
      rows: [...rows.values()].sort(by ? cellOrder(by) : (a, b) => a.label.localeCompare(b.label) || a.key.localeCompare(b.key)),
    };
  }
}

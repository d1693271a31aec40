import { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { Injectable } from '@nestjs/common';
import { ProgressReport } from '../action-plans/action-plan.entity';
import type { Viewer } from '../auth/request-context';
import { programmeDate } from '../common/dates';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors';
import { cleanLongText } from '../common/text';
import { Enrolment } from '../enrolments/enrolment.entity';
import type { Person } from '../people/person.entity';
import { User } from '../users/user.entity';
import type { NewSmeInput, RecordSmeSupportInput, RemoveSmeSupportInput } from './dto/sme.input';
import { SmeAccess } from './sme-access';
import { applySmeFields } from './sme-fields';
import { SmeMatchesService, type SmeMatch } from './sme-matches.service';
import { Sme, SmeSupport } from './sme.entity';
import { SmesService } from './smes.service';

export interface RecordedSupport {
  support: SmeSupport;
  possibleDuplicates: SmeMatch[];
}

/** Recording which SMEs a leader supported, with the progress report that tells of it. */
@Injectable()
export class SmeSupportService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: SmeAccess,
    private readonly smes: SmesService,
    private readonly matches: SmeMatchesService,
  ) {}

  async record(viewer: Viewer, input: RecordSmeSupportInput, now = new Date()): Promise<RecordedSupport> {
    if (!input.smeId === !input.sme) throw new BadUserInputError('Give either smeId (an SME already in the ledger) or sme (a new one), not both.', { field: 'smeId' });
    const report = await this.em.findOne(ProgressReport, { id: input.progressReportId }, { populate: ['actionPlan.enrolment.cohort'] });
    if (!report) throw new NotFoundError('Progress report', input.progressReportId);
    const enrolment = report.actionPlan.getEntity().enrolment.getEntity();
    this.access.assertMayRecord(viewer, enrolment);
    const startsOn = enrolment.cohort.getEntity().startsOn;
    if (input.supportedOn > programmeDate(now)) throw new BadUserInputError('The support date is in the future.', { field: 'supportedOn' });
    if (input.supportedOn < startsOn) throw new BadUserInputError(`The support date is before the cohort started (${startsOn}).`, { field: 'supportedOn' });

    const existing = input.smeId ? await this.standing(input.smeId) : null;
    if (existing && (await this.em.count(SmeSupport, { progressReport: report.id, sme: existing.id, kind: input.kind, supportedOn: input.supportedOn }))) {
      throw new ConflictError('This report already records that support to that SME on that day.', { field: 'smeId' });
    }
    const fresh = input.sme ? await this.newSme(viewer, input.sme) : null;
    const possibleDuplicates = fresh ? await this.matches.matching(fresh) : [];
    const support = await this.em.transactional((em) => {
      const sme = existing ?? em.create(Sme, fresh!);
      const row = new SmeSupport(em.getReference(Sme, sme.id, { wrapped: true }), em.getReference(Enrolment, enrolment.id, { wrapped: true }), input.kind, input.supportedOn);
      row.progressReport = em.getReference(ProgressReport, report.id, { wrapped: true });
      row.result = cleanLongText(input.result);
      em.persist(row);
      return row;
    });
    return { support, possibleDuplicates };
  }

  async remove(viewer: Viewer, input: RemoveSmeSupportInput): Promise<{ removedId: string; progressReport: ProgressReport | null }> {
    const support = await this.em.findOne(SmeSupport, { id: input.supportId }, { populate: ['enrolment'] });
    if (!support) throw new NotFoundError('SME support', input.supportId);
    this.access.assertMayRecord(viewer, support.enrolment.getEntity());
    const report = support.progressReport ? await support.progressReport.load() : null;
    await this.em.removeAndFlush(support);
    return { removedId: input.supportId, progressReport: report };
  }

  /** Support records of each progress report, oldest first; one query. */
  async ofReports(reportIds: readonly string[]): Promise<Map<string, SmeSupport[]>> {
    const rows = await this.em.find(SmeSupport, { progressReport: { $in: [...reportIds] } }, { orderBy: { supportedOn: 'asc', createdAt: 'asc', id: 'asc' } });
    const byReport = new Map<string, SmeSupport[]>();
    for (const row of rows) byReport.set(row.progressReport!.id, [...(byReport.get(row.progressReport!.id) ?? []), row]);
    return byReport;
  }

  /** Distinct SMEs among each report's support records (merged SMEs count once); one query. */
  async smesPerReport(reportIds: readonly string[]): Promise<Map<string, number>> {
    if (!reportIds.length) return new Map();
    const em = this.em as SqlEntityManager;
    const query = em
      .getKnex()
      .select('progress_report_id as report', em.getKnex().raw('count(distinct sme_id) as smes'))
      .from('sme_support')
      .whereIn('progress_report_id', [...reportIds])
      .groupBy('progress_report_id');
    const rows = await em.execute<{ report: string; smes: number | string }[]>(query);
    return new Map(rows.map((row) => [row.report, Number(row.smes)]));
  }

  /** The leader (the enrolled person) of each enrolment; one query. */
  async leadersOf(enrolmentIds: readonly string[]): Promise<Map<string, Person>> {
    const rows = await this.em.find(Enrolment, { id: { $in: [...enrolmentIds] } }, { populate: ['person'] });
    return new Map(rows.map((row) => [row.id, row.person.getEntity()]));
  }

  async reportsByIds(ids: readonly string[]): Promise<Map<string, ProgressReport>> {
    const rows = await this.em.find(ProgressReport, { id: { $in: [...ids] } });
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** The SME support is recorded against: the one named, or the one it was merged into. */
  private async standing(smeId: string): Promise<Sme> {
    const sme = await this.em.findOne(Sme, { id: smeId }, { populate: ['mergedInto'] });
    if (!sme) throw new NotFoundError('SME', smeId);
    return sme.mergedInto ? sme.mergedInto.getEntity() : sme;
  }

  /** A new SME, not yet saved: name NFC, folded for matching, numbers normalised, province as the ledger spells it. */
  private async newSme(viewer: Viewer, input: NewSmeInput): Promise<Sme> {
    const sme = new Sme(input.name, input.countryCode, input.sector);
    applySmeFields(sme, input);
    sme.province = await this.smes.provinceAsLedgerSpellsIt(sme.countryCode, input.province);
    sme.createdBy = this.em.getReference(User, viewer.user.id, { wrapped: true });
    return sme;
  }
}

import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { pageWindow, toPage, type Page, type PageArgs } from '../common/pagination';
import { User } from '../users/user.entity';
import { ChangeRecord } from './change-record.entity';

@Injectable()
export class AuditService {
  constructor(private readonly em: EntityManager) {}

  async ofCohort(cohortId: string, args: PageArgs): Promise<Page<ChangeRecord>> {
    const { offset, limit } = pageWindow(args);
    const [rows, total] = await this.em.findAndCount(ChangeRecord, { cohortId }, { orderBy: { at: 'desc', id: 'asc' }, offset, limit });
    return toPage(rows, total, offset);
  }

  async ofSubjects(subjectIds: readonly string[]): Promise<Map<string, ChangeRecord[]>> {
    const rows = await this.em.find(ChangeRecord, { subjectId: { $in: [...subjectIds] } }, { orderBy: { at: 'asc' } });
    const bySubject = new Map<string, ChangeRecord[]>();
    for (const row of rows) bySubject.set(row.subjectId, [...(bySubject.get(row.subjectId) ?? []), row]);
    return bySubject;
  }

  async users(ids: readonly string[]): Promise<Map<string, User>> {
    const rows = await this.em.find(User, { id: { $in: [...ids] } });
    return new Map(rows.map((row) => [row.id, row]));
  }
}

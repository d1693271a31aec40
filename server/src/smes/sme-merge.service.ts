import { EntityManager, LockMode } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/request-context';
import { recordChange } from '../audit/change-log';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { User } from '../users/user.entity';
import type { MarkSmesDistinctInput, MergeSmesInput } from './dto/sme.input';
import { SmeAccess } from './sme-access';
import { Sme, SmeDistinctPair, SmeSupport } from './sme.entity';
import { smeFacts } from './smes.service';

/** Fields a merge fills on the SME that stays when it has none and a merged one has. */
const FILLABLE = ['province', 'ownerGender', 'womenEmployees', 'menEmployees', 'registrationNumber', 'phone'] as const;

/** A coordinator's decisions on possible duplicates: merge them, or say they are different businesses. */
@Injectable()
export class SmeMergeService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: SmeAccess,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Moves every support record of the merged SMEs to the one that stays, fills its empty fields from
   * them, and keeps them pointing at it, all in one transaction with the change history.
   */
  async merge(viewer: Viewer, input: MergeSmesInput, now = new Date()): Promise<Sme> {
    this.access.assertRunsProgramme(viewer);
    const keepId = input.keepId.toLowerCase();
    const mergeIds = [...new Set(input.mergeIds.map((id) => id.toLowerCase()))];
    if (mergeIds.includes(keepId)) throw new BadUserInputError('An SME cannot be merged into itself.', { field: 'mergeIds' });
    return this.em.transactional(async (em) => {
      // Two coordinators merging the same SMEs at once: the second waits, then finds them merged.
      const lockMode = this.config.database.kind === 'postgresql' ? LockMode.PESSIMISTIC_WRITE : undefined;
      const rows = await em.find(Sme, { id: { $in: [keepId, ...mergeIds] } }, { lockMode, orderBy: { id: 'asc' } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      const keep = byId.get(keepId);
      if (!keep) throw new NotFoundError('SME', keepId);
      const merged = mergeIds.map((id) => {
        const sme = byId.get(id);
        if (!sme) throw new NotFoundError('SME', id);
        return sme;
      });
      if (keep.mergedInto) throw new ConflictError('The SME to keep was itself merged into another; merge into that one.', { field: 'keepId', mergedIntoId: keep.mergedInto.id });
      const already = merged.find((sme) => sme.mergedInto);
      if (already) throw new ConflictError(`${already.name} was already merged.`, { field: 'mergeIds', smeId: already.id });
      const other = merged.find((sme) => sme.countryCode !== keep.countryCode);
      if (other) throw new BadUserInputError(`${other.name} is in another country; correct its country first if it is the same business.`, { field: 'mergeIds', smeId: other.id });

      const before = smeFacts(keep);
      const filled: Record<string, unknown> = {};
      for (const field of FILLABLE) {
        const source = merged.find((sme) => sme[field] !== null);
        if (keep[field] === null && source) filled[field] = source[field];
      }
      Object.assign(keep, filled);
      const moved = await em.nativeUpdate(SmeSupport, { sme: { $in: mergeIds } }, { sme: keep.id });
      // SMEs merged earlier into the ones merged now point straight at the survivor.
      await em.nativeUpdate(Sme, { mergedInto: { $in: mergeIds } }, { mergedInto: keep.id });
      for (const sme of merged) {
        sme.mergedInto = em.getReference(Sme, keep.id, { wrapped: true });
        sme.mergedAt = now;
        recordChange(em, { actor: viewer.user, subjectType: 'sme', subjectId: sme.id, cohortId: null, action: 'merged-into', before: smeFacts(sme), after: { mergedIntoId: keep.id } });
      }
      recordChange(em, { actor: viewer.user, subjectType: 'sme', subjectId: keep.id, cohortId: null, action: 'merged', before, after: { ...smeFacts(keep), mergedIds: mergeIds, supportsMoved: moved } });
      em.persist([keep, ...merged]);
      return keep;
    });
  }

  /** Records that two SMEs are different businesses, smaller id first; saying it again changes nothing. */
  async markDistinct(viewer: Viewer, input: MarkSmesDistinctInput): Promise<{ first: Sme; second: Sme }> {
    this.access.assertRunsProgramme(viewer);
    // Ids are stored lower-case; sorted as text they order as PostgreSQL orders uuids.
    const [firstId, secondId] = [input.firstId.toLowerCase(), input.secondId.toLowerCase()].sort();
    if (firstId === secondId) throw new BadUserInputError('Choose two different SMEs.', { field: 'secondId' });
    const rows = await this.em.find(Sme, { id: { $in: [firstId, secondId] } });
    const first = rows.find((row) => row.id === firstId);
    const second = rows.find((row) => row.id === secondId);
    if (!first) throw new NotFoundError('SME', firstId);
    if (!second) throw new NotFoundError('SME', secondId);
    await this.em.transactional(async (em) => {
      if (await em.count(SmeDistinctPair, { first: firstId, second: secondId })) return;
      const pair = new SmeDistinctPair(em.getReference(Sme, firstId, { wrapped: true }), em.getReference(Sme, secondId, { wrapped: true }));
      pair.decidedBy = em.getReference(User, viewer.user.id, { wrapped: true });
      em.persist(pair);
      recordChange(em, { actor: viewer.user, subjectType: 'sme', subjectId: firstId, cohortId: null, action: 'marked-distinct', after: { firstId, secondId } });
    });
    return { first, second };
  }
}

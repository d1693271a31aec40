import { EntityManager, type FilterQuery } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import type { SmeMatchInput } from './dto/sme.input';
import { foldName, matchReasons, nameSimilarity, normalisePhone, normaliseRegistrationNumber, SmeMatchReason, type SmeMatchKey } from './matching';
import type { Viewer } from '../auth/request-context';
import { SmeAccess } from './sme-access';
import { Sme } from './sme.entity';
import { SmesService } from './smes.service';

export interface SmeMatch {
  sme: Sme;
  reasons: SmeMatchReason[];
  similarity: number;
}

/** Strongest evidence first: a registration number names one business, a phone nearly so. */
const STRENGTH: Record<SmeMatchReason, number> = {
  [SmeMatchReason.SAME_REGISTRATION_NUMBER]: 8,
  [SmeMatchReason.SAME_PHONE]: 4,
  [SmeMatchReason.SAME_NAME_AND_PROVINCE]: 2,
  [SmeMatchReason.SIMILAR_NAME_SAME_PROVINCE]: 1,
};

export function matchStrength(reasons: readonly SmeMatchReason[]): number {
  return reasons.reduce((sum, reason) => sum + STRENGTH[reason], 0);
}

const MAX_MATCHES = 10;

/** Finds the SMEs already in the ledger that a new record may duplicate, so a leader picks one instead. */
@Injectable()
export class SmeMatchesService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: SmeAccess,
    private readonly smes: SmesService,
  ) {}

  /** For a leader about to record support: what is already in the ledger. */
  async find(viewer: Viewer, input: SmeMatchInput): Promise<SmeMatch[]> {
    this.access.assertRecords(viewer);
    return this.matching(await this.keyOf(input));
  }

  /** The key an SME would be stored under, from what a leader typed. */
  async keyOf(input: SmeMatchInput): Promise<SmeMatchKey> {
    const countryCode = input.countryCode.toUpperCase();
    return {
      countryCode,
      province: await this.smes.provinceAsLedgerSpellsIt(countryCode, input.province),
      matchName: foldName(input.name),
      registrationNumber: normaliseRegistrationNumber(input.registrationNumber),
      phone: normalisePhone(input.phone, countryCode),
    };
  }

  /** SMEs (not merged) matching the key, strongest first; one query over the key's province and numbers. */
  async matching(key: SmeMatchKey, exceptId: string | null = null): Promise<SmeMatch[]> {
    const or: FilterQuery<Sme>[] = [{ countryCode: key.countryCode, province: key.province }];
    if (key.registrationNumber) or.push({ countryCode: key.countryCode, registrationNumber: key.registrationNumber });
    if (key.phone) or.push({ phone: key.phone });
    const rows = await this.em.find(Sme, { mergedInto: null, $or: or, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
    return rows
      .map((sme) => ({ sme, reasons: matchReasons(key, sme), similarity: nameSimilarity(key.matchName, sme.matchName) }))
      .filter((match) => match.reasons.length > 0)
      .sort((a, b) => matchStrength(b.reasons) - matchStrength(a.reasons) || b.similarity - a.similarity || a.sme.createdAt.getTime() - b.sme.createdAt.getTime())
      .slice(0, MAX_MATCHES);
  }
}

import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PROGRAMME_STAFF, Roles } from '../auth/access.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { GqlContext, Viewer } from '../auth/request-context';
import { Gender, Role } from '../common/enums';
import type { Page } from '../common/pagination';
import { MarkSmesDistinctInput, MarkSmesDistinctPayload, MergeSmesInput, MergeSmesPayload, SmeDuplicatesArgs, SmeMatchInput, SmesArgs, UpdateSmeInput, UpdateSmePayload } from './dto/sme.input';
import { SmeConnection, SmeDuplicateCandidateModel, SmeMatchModel, SmeModel, SmeSupportModel } from './models/sme.model';
import { SmeAccess } from './sme-access';
import { SmeDuplicatesService, type SmeDuplicateCandidate } from './sme-duplicates.service';
import { SmeMatchesService, type SmeMatch } from './sme-matches.service';
import { SmeMergeService } from './sme-merge.service';
import type { Sme, SmeSupport } from './sme.entity';
import { SmesService } from './smes.service';

/** Who reads the ledger: staff, trainers (their cohorts' leaders' SMEs) and leaders (their own). */
const LEDGER_READERS = [...PROGRAMME_STAFF, Role.TRAINER, Role.TRAINEE];
/** Who records support: the leaders themselves, and staff on their behalf. */
export const LEDGER_WRITERS = [...PROGRAMME_STAFF, Role.TRAINEE];

@Resolver(() => SmeModel)
export class SmesResolver {
  constructor(
    private readonly smes: SmesService,
    private readonly access: SmeAccess,
    private readonly matches: SmeMatchesService,
    private readonly duplicates: SmeDuplicatesService,
    private readonly merges: SmeMergeService,
  ) {}

  @Roles(...LEDGER_READERS)
  @Query(() => SmeConnection, { name: 'smes', description: 'SMEs in the ledger: all for coordinators; those supported by leaders in the cohorts a trainer teaches; a leader’s own.' })
  list(@CurrentViewer() viewer: Viewer, @Args() args: SmesArgs): Promise<Page<Sme>> {
    return this.smes.list(viewer, args);
  }

  @Roles(...LEDGER_READERS)
  @Query(() => SmeModel, { nullable: true, description: 'One SME you may see (as in `smes`); NOT_FOUND otherwise.' })
  sme(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Sme> {
    return this.smes.find(viewer, id);
  }

  @Roles(...LEDGER_WRITERS)
  @Query(() => [SmeMatchModel], { description: 'SMEs already in the ledger that the one being recorded may be, strongest match first (at most 10).' })
  smeMatches(@CurrentViewer() viewer: Viewer, @Args('input') input: SmeMatchInput): Promise<SmeMatch[]> {
    return this.matches.find(viewer, input);
  }

  @Roles(...PROGRAMME_STAFF)
  @Query(() => [SmeDuplicateCandidateModel], { description: 'Pairs of SMEs that may be one business (neither merged, not marked distinct), strongest first.' })
  smeDuplicates(@CurrentViewer() viewer: Viewer, @Args() args: SmeDuplicatesArgs): Promise<SmeDuplicateCandidate[]> {
    return this.duplicates.candidates(viewer, args.first);
  }

  @Roles(...PROGRAMME_STAFF)
  @Mutation(() => UpdateSmePayload, { description: 'Correct an SME’s details; its match name follows its name.' })
  async updateSme(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateSmeInput): Promise<UpdateSmePayload> {
    return { sme: await this.smes.update(viewer, input) };
  }

  @Roles(...PROGRAMME_STAFF)
  @Mutation(() => MergeSmesPayload, { description: 'Merge duplicates into the SME that stays: every support record moves to it, and it is counted once.' })
  async mergeSmes(@CurrentViewer() viewer: Viewer, @Args('input') input: MergeSmesInput): Promise<MergeSmesPayload> {
    return { sme: await this.merges.merge(viewer, input) };
  }

  @Roles(...PROGRAMME_STAFF)
  @Mutation(() => MarkSmesDistinctPayload, { description: 'Say two SMEs the matcher paired are different businesses, so the pair is no longer listed.' })
  markSmesDistinct(@CurrentViewer() viewer: Viewer, @Args('input') input: MarkSmesDistinctInput): Promise<MarkSmesDistinctPayload> {
    return this.merges.markDistinct(viewer, input);
  }

  @ResolveField(() => Gender, { nullable: true, description: "The owner's sex. Personal fields are null for an SME outside your scope." })
  async ownerGender(@Parent() sme: Sme, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext): Promise<Gender | null> {
    return (await this.seesAll(sme, viewer, ctx)) ? sme.ownerGender : null;
  }

  @ResolveField(() => Int, { nullable: true })
  async womenEmployees(@Parent() sme: Sme, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext): Promise<number | null> {
    return (await this.seesAll(sme, viewer, ctx)) ? sme.womenEmployees : null;
  }

  @ResolveField(() => Int, { nullable: true })
  async menEmployees(@Parent() sme: Sme, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext): Promise<number | null> {
    return (await this.seesAll(sme, viewer, ctx)) ? sme.menEmployees : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Upper-case, without spaces, dashes or dots.' })
  async registrationNumber(@Parent() sme: Sme, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext): Promise<string | null> {
    return (await this.seesAll(sme, viewer, ctx)) ? sme.registrationNumber : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Digits with the country calling code (E.164 without the plus).' })
  async phone(@Parent() sme: Sme, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext): Promise<string | null> {
    return (await this.seesAll(sme, viewer, ctx)) ? sme.phone : null;
  }

  @ResolveField(() => SmeModel, { nullable: true, description: 'The SME this one was merged into.' })
  async mergedInto(@Parent() sme: Sme, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext): Promise<Sme | null> {
    if (!sme.mergedInto || !(await this.seesAll(sme, viewer, ctx))) return null;
    return ctx.loaders.get('sme.byId', (ids) => this.smes.byIds(ids), null as Sme | null).load(sme.mergedInto.id);
  }

  @ResolveField(() => [SmeSupportModel], { description: 'The support records you may see, oldest first.' })
  supports(@Parent() sme: Sme, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext): Promise<SmeSupport[]> {
    return ctx.loaders.get('sme.supports', (ids) => this.smes.supportsOf(viewer, ids), [] as SmeSupport[]).load(sme.id);
  }

  @ResolveField(() => Int, { description: 'How many different leaders supported it.' })
  leaderCount(@Parent() sme: Sme, @Context() ctx: GqlContext): Promise<number> {
    return ctx.loaders.get('sme.leaderCount', (ids) => this.smes.leaderCounts(ids), 0).load(sme.id);
  }

  /**
   * Whether the viewer sees this SME's personal fields. A trainee matching a new record against the
   * ledger sees of an SME they did not support only its name, country, province, sector and leader
   * count: enough to pick it, nothing about its owner, staff, registration or phone.
   */
  private async seesAll(sme: Sme, viewer: Viewer, ctx: GqlContext): Promise<boolean> {
    return ctx.loaders
      .get(
        'sme.seenInFull',
        async (ids) => {
          const visible = await this.access.visibleIds(viewer, ids);
          return new Map(ids.map((id) => [id, visible.has(id)]));
        },
        false,
      )
      .load(sme.id);
  }
}

import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PROGRAMME_STAFF, Roles } from '../auth/access.decorator';
import type { GqlContext } from '../auth/request-context';
import type { Page } from '../common/pagination';
import {
  CreateOrganisationInput,
  CreateOrganisationPayload,
  OrganisationsArgs,
  UpdateOrganisationInput,
  UpdateOrganisationPayload,
} from './dto/organisation.input';
import { OrganisationConnection, OrganisationModel } from './models/organisation.model';
import type { Organisation } from './organisation.entity';
import { OrganisationsService } from './organisations.service';

@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @Roles(...PROGRAMME_STAFF)
  @Query(() => OrganisationConnection, { name: 'organisations' })
  list(@Args() args: OrganisationsArgs): Promise<Page<Organisation>> {
    return this.organisations.list(args);
  }

  @Roles(...PROGRAMME_STAFF)
  @Query(() => OrganisationModel, { nullable: true })
  organisation(@Args('id', { type: () => ID }) id: string): Promise<Organisation | null> {
    return this.organisations.find(id);
  }

  @Roles(...PROGRAMME_STAFF)
  @Mutation(() => CreateOrganisationPayload)
  async createOrganisation(@Args('input') input: CreateOrganisationInput): Promise<CreateOrganisationPayload> {
    return { organisation: await this.organisations.create(input) };
  }

  @Roles(...PROGRAMME_STAFF)
  @Mutation(() => UpdateOrganisationPayload)
  async updateOrganisation(@Args('input') input: UpdateOrganisationInput): Promise<UpdateOrganisationPayload> {
    return { organisation: await this.organisations.update(input) };
  }

  @ResolveField(() => Int, { description: 'How many people belong to it.' })
  peopleCount(@Parent() organisation: Organisation, @Context() ctx: GqlContext): Promise<number> {
    return ctx.loaders.get('organisation.peopleCount', (ids) => this.organisations.peopleCounts(ids), 0).load(organisation.id);
  }
}

import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PROGRAMME_STAFF, Roles } from '../auth/access.decorator';
import { OptionalViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/request-context';
import { Role } from '../common/enums';
import type { Page } from '../common/pagination';
import { OrganisationModel } from '../organisations/models/organisation.model';
import type { Organisation } from '../organisations/organisation.entity';
import { PeopleArgs } from './dto/people.args';
import { CreatePersonInput, CreatePersonPayload, UpdatePersonInput, UpdatePersonPayload } from './dto/person.input';
import { PersonConnection, PersonModel } from './models/person.model';
import { PeopleService } from './people.service';
import type { Person } from './person.entity';

/** Contact details are for staff who work with the person, and for the person; never for viewers. */
const SEES_CONTACTS = [Role.ADMIN, Role.COORDINATOR, Role.TRAINER];

function mayContact(viewer: Viewer | null, person: Person): boolean {
  if (!viewer) return false;
  return viewer.user.hasAnyRole(SEES_CONTACTS) || viewer.user.person?.id === person.id;
}

@Resolver(() => PersonModel)
export class PeopleResolver {
  constructor(private readonly people: PeopleService) {}

  @Roles(...PROGRAMME_STAFF)
  @Query(() => PersonConnection, { name: 'people', description: 'Search, filter and page through people.' })
  list(@Args() args: PeopleArgs): Promise<Page<Person>> {
    return this.people.list(args);
  }

  @Roles(...PROGRAMME_STAFF)
  @Query(() => PersonModel, { nullable: true })
  person(@Args('id', { type: () => ID }) id: string): Promise<Person | null> {
    return this.people.find(id);
  }

  @Roles(...PROGRAMME_STAFF)
  @Mutation(() => CreatePersonPayload)
  async createPerson(@Args('input') input: CreatePersonInput): Promise<CreatePersonPayload> {
    return { person: await this.people.create(input) };
  }

  @Roles(...PROGRAMME_STAFF)
  @Mutation(() => UpdatePersonPayload)
  async updatePerson(@Args('input') input: UpdatePersonInput): Promise<UpdatePersonPayload> {
    return { person: await this.people.update(input) };
  }

  @ResolveField(() => OrganisationModel, { nullable: true })
  async organisation(@Parent() person: Person): Promise<Organisation | null> {
    return person.organisation ? person.organisation.load() : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Hidden from viewers and from other trainees.' })
  email(@Parent() person: Person, @OptionalViewer() viewer: Viewer | null): string | null {
    return mayContact(viewer, person) ? person.email : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Hidden from viewers and from other trainees.' })
  phone(@Parent() person: Person, @OptionalViewer() viewer: Viewer | null): string | null {
    return mayContact(viewer, person) ? person.phone : null;
  }
}

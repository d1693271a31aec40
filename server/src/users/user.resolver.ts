import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PROGRAMME_STAFF, Roles } from '../auth/access.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/request-context';
import { Role } from '../common/enums';
import { PersonModel } from '../people/models/person.model';
import type { Person } from '../people/person.entity';
import type { User } from './user.entity';
import { SetUserActiveInput, SetUserActivePayload } from './dto/set-user-active.input';
import { UserModel } from './models/user.model';
import { UsersService } from './users.service';

@Resolver(() => UserModel)
export class UserResolver {
  constructor(private readonly users: UsersService) {}

  @Roles(Role.ADMIN)
  @Query(() => [UserModel], { name: 'users', description: 'Every account.' })
  list(): Promise<User[]> {
    return this.users.list();
  }

  @Roles(...PROGRAMME_STAFF)
  @Query(() => [UserModel], { description: 'Active accounts with the trainer role, for assigning trainers to cohorts.' })
  trainers(): Promise<User[]> {
    return this.users.trainers();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => SetUserActivePayload, { description: 'Deactivating ends every session of the user.' })
  setUserActive(@Args('input') input: SetUserActiveInput, @CurrentViewer() viewer: Viewer): Promise<SetUserActivePayload> {
    return this.users.setActive(viewer.user, input.userId, input.active);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'The person this account belongs to, if any.' })
  async person(@Parent() user: User): Promise<Person | null> {
    return user.person ? user.person.load() : null;
  }
}

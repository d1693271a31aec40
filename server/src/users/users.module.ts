import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { UserResolver } from './user.resolver';
import { UsersService } from './users.service';

@Module({ imports: [AuthModule], providers: [UserResolver, UsersService] })
export class UsersModule {}

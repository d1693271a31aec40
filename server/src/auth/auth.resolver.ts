import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { UserModel } from '../users/models/user.model';
import type { User } from '../users/user.entity';
import { Public, SignedIn } from './access.decorator';
import { AuthService } from './auth.service';
import { CurrentViewer, OptionalViewer } from './current-viewer.decorator';
import { LoginInput } from './dto/login.input';
import { LoginPayload } from './models/login.payload';
import { clientAddress, SESSION_COOKIE, type GqlContext, type Viewer } from './request-context';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => UserModel, { nullable: true, description: 'The signed-in user, or null.' })
  me(@OptionalViewer() viewer: Viewer | null): User | null {
    return viewer?.user ?? null;
  }

  @Public()
  @Mutation(() => LoginPayload)
  async login(@Args('input') input: LoginInput, @Context() ctx: GqlContext): Promise<LoginPayload> {
    const signIn = await this.auth.login(input.email, input.password, clientAddress(ctx.req), ctx.req.headers['user-agent'] ?? null);
    ctx.res.cookie(SESSION_COOKIE, signIn.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.publicUrl.startsWith('https://'),
      path: '/',
      expires: signIn.expiresAt,
    });
    return { token: signIn.token, user: signIn.user };
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Ends this session.' })
  async logout(@CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext): Promise<boolean> {
    await this.auth.logout(viewer.session);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }
}

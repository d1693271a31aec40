import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Request } from 'express';
import { ForbiddenError, UnauthenticatedError } from '../common/errors';
import { ACCESS_KEY, type AccessRule } from './access.decorator';
import { AuthService } from './auth.service';
import { tokenFromRequest, type Viewer } from './request-context';

type AuthedRequest = Request & { viewer?: Viewer | null };

/**
 * Runs before every GraphQL operation and HTTP route. Fails closed: an operation that declares no
 * access rule is refused, and a test enumerates the schema to make sure none is missing.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!rule) {
      this.logger.error(`No access rule on ${context.getClass().name}.${context.getHandler().name}: refused`);
      throw new ForbiddenError();
    }
    const req = requestOf(context);
    const viewer = await this.viewerOf(req);
    if (rule.kind === 'public') return true;
    if (!viewer) throw new UnauthenticatedError();
    if (rule.kind === 'roles' && !viewer.user.hasAnyRole(rule.roles)) throw new ForbiddenError();
    return true;
  }

  private async viewerOf(req: AuthedRequest): Promise<Viewer | null> {
    if (req.viewer === undefined) {
      const token = tokenFromRequest(req);
      req.viewer = token ? await this.auth.authenticate(token) : null;
    }
    return req.viewer;
  }
}

function requestOf(context: ExecutionContext): AuthedRequest {
  if (context.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AuthedRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthedRequest>();
}

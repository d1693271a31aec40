import { HttpException, HttpStatus, Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { ForbiddenError } from './errors';

const MESSAGE = 'Too many requests from your address; wait a minute and try again.';

/**
 * Limits what anyone can call without signing in (certificate verification, PDFs, credentials),
 * per client address, so verification codes cannot be enumerated. The limit comes from
 * PUBLIC_RATE_LIMIT (requests a minute). Apply with `@UseGuards(PublicRateLimit)`.
 */
@Injectable()
export class PublicRateLimit extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext): ReturnType<ThrottlerGuard['getRequestResponse']> {
    if (context.getType<GqlContextType>() === 'graphql') {
      const ctx = GqlExecutionContext.create(context).getContext<{ req: Request; res: Response }>();
      return { req: ctx.req, res: ctx.res };
    }
    return super.getRequestResponse(context);
  }

  protected override throwThrottlingException(context: ExecutionContext, _detail: ThrottlerLimitDetail): Promise<void> {
    // GraphQL callers get a contract error code; plain HTTP gets 429.
    if (context.getType<GqlContextType>() === 'graphql') throw new ForbiddenError(MESSAGE);
    throw new HttpException(MESSAGE, HttpStatus.TOO_MANY_REQUESTS);
  }
}

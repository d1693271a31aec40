import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from '../common/errors';
import type { GqlContext, Viewer } from './request-context';

/** The signed-in caller; use on operations whose rule requires sign-in. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer = GqlExecutionContext.create(context).getContext<GqlContext>().req.viewer;
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
});

/** The caller if signed in, else null; for public operations that answer more to signed-in users. */
export const OptionalViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Viewer | null => GqlExecutionContext.create(context).getContext<GqlContext>().req.viewer ?? null,
);

export const RequestLocale = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => GqlExecutionContext.create(context).getContext<GqlContext>().locale,
);

/** The signed-in caller on a plain HTTP route (downloads). */
export const CurrentHttpViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer = context.switchToHttp().getRequest<GqlContext['req']>().viewer;
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
});

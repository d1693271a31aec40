import type { Request, Response } from 'express';
import type { Locale } from '../common/locale';
import type { RequestLoaders } from '../common/loaders';
import type { User } from '../users/user.entity';
import type { Session } from './session.entity';

export interface Viewer {
  user: User;
  session: Session;
}

/** What every resolver gets as its GraphQL context. */
export interface GqlContext {
  req: Request & { viewer?: Viewer | null };
  res: Response;
  locale: Locale;
  loaders: RequestLoaders;
}

export const SESSION_COOKIE = 'corridor_session';

export function tokenFromRequest(req: Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  return readCookie(req.headers.cookie, SESSION_COOKIE);
}

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

export function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

import { SetMetadata } from '@nestjs/common';
import { Role } from '../common/enums';

export const ACCESS_KEY = 'corridor:access';

/** Who may call an operation. Every query, mutation and route declares one; the guard refuses the rest. */
export type AccessRule = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: Role[] };

/** Anyone, signed in or not. Use on purpose: verification, sign-in, health. */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/** Any signed-in user; the service decides which records they may see. */
export const SignedIn = () => SetMetadata(ACCESS_KEY, { kind: 'signed-in' } satisfies AccessRule);

/** Signed-in users holding at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule);

/** Staff who run the programme. */
export const PROGRAMME_STAFF = [Role.ADMIN, Role.COORDINATOR];

/** Who reads M&E reports: programme staff with exact figures, viewers (donors) with aggregates only. */
export const REPORT_READERS = [Role.ADMIN, Role.COORDINATOR, Role.VIEWER];

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../common/paths';
import { Algorithm, hash, verify } from '@node-rs/argon2';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. (Algorithm is an ambient const enum: the literal 2 is Argon2id.)
const ARGON2_OPTIONS = { algorithm: 2 satisfies Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

let common: Set<string> | undefined;

/** The shipped list of common passwords (lower-case), read once. */
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(resolve(projectRoot(), 'server', 'assets', 'common-passwords.txt'), 'utf8')
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
  return common;
}

/** Length and a blocklist, no composition rules (NIST SP 800-63B). Returns the problem, or null. */
export function passwordProblem(password: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return `The password must be at least ${PASSWORD_MIN} characters long.`;
  if (length > PASSWORD_MAX) return `The password must be at most ${PASSWORD_MAX} characters long.`;
  if (commonPasswords().has(password.toLowerCase())) return 'This password is too common. Choose another.';
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

let dummy: Promise<string> | undefined;

/** Verified against when the account does not exist, so timing does not reveal which emails have accounts. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomUUID());
  return dummy;
}

import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { loadOrCreateIssuerKey, type IssuerKey } from './credentials';

/**
 * The Ed25519 key credentials are signed with. Created on first use in `<data dir>/keys/` (mode
 * 0600), outside the database, so a database dump never carries it; back it up with the data dir.
 */
@Injectable()
export class Issuer {
  private key: Promise<IssuerKey> | null = null;

  constructor(@Inject(APP_CONFIG) readonly config: AppConfig) {}

  signingKey(): Promise<IssuerKey> {
    this.key ??= loadOrCreateIssuerKey(join(this.config.dataDir, 'keys'));
    return this.key;
  }
}

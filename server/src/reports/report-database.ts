import { EntityManager } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import type { SqlDialect } from './report-scope';

/** The database handle and dialect every report resolver passes to the plain report functions. */
@Injectable()
export class ReportDatabase {
  readonly dialect: SqlDialect;

  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.dialect = config.database.kind;
  }

  get knex(): Knex {
    return (this.em as SqlEntityManager).getKnex();
  }
}

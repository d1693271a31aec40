import { EntityManager } from '@mikro-orm/core';
import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { Public } from '../auth/access.decorator';

@Controller()
export class HealthController {
  constructor(private readonly em: EntityManager) {}

  /** For load balancers: 200 when the database answers, 503 when it does not. */
  @Public()
  @Get('healthz')
  async health(): Promise<{ status: 'ok'; database: 'ok' }> {
    try {
      await this.em.getConnection().execute('select 1');
      return { status: 'ok', database: 'ok' };
    } catch {
      throw new HttpException({ status: 'error', database: 'unreachable' }, HttpStatus.SERVICE_UNAVAILABLE);
    }
  }
}

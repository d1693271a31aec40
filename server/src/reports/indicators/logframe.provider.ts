import type { Provider } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import { readLogframe } from './logframe-reader';

/** The logframe read from content/indicators.yaml once, at start; a broken file stops the server. */
export const LOGFRAME = Symbol('LOGFRAME');

export const logframeProvider: Provider = {
  provide: LOGFRAME,
  useFactory: (config: AppConfig) => readLogframe(config.contentDir),
  inject: [APP_CONFIG],
};

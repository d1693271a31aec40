import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { LoggerModule } from 'nestjs-pino';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { AuthModule } from './auth/auth.module';
import { localeFromHeader } from './common/locale';
import { RequestLoaders } from './common/loaders';
import { DomainErrorFilter } from './common/domain-error.filter';
import { formatError } from './common/format-error';
import { createValidationPipe } from './common/validation.pipe';
import type { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { CoursesModule } from './courses/courses.module';
import { mikroOrmOptions } from './database/mikro-orm.config';
import { HealthModule } from './health/health.module';
import { NomineesModule } from './nominees/nominees.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PeopleModule } from './people/people.module';
import { SmesModule } from './smes/smes.module';
import { ReportsModule } from './reports/reports.module';
import { CertificatesModule } from './certificates/certificates.module';
import { TrainingModule } from './training/training.module';
import { UsersModule } from './users/users.module';
import type { GqlContext } from './auth/request-context';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const production = config.nodeEnv === 'production';
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // Never log credentials: the session cookie and bearer tokens.
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            autoLogging: { ignore: (req) => req.url === '/healthz' },
          },
        }),
        // Used by PublicRateLimit on the endpoints anyone may call; per client address.
        ThrottlerModule.forRoot([{ ttl: 60_000, limit: config.publicRateLimit }]),
        MikroOrmModule.forRoot({ ...mikroOrmOptions(config.database), registerRequestContext: true }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          // The schema is built in memory; `npm run schema:generate` writes server/schema.gql and a test keeps it current.
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          graphiql: !production,
          introspection: !production,
          includeStacktraceInErrorResponses: false,
          formatError,
          context: ({ req, res }: { req: Request; res: Response }): GqlContext => ({
            req,
            res,
            locale: localeFromHeader(req.headers['accept-language']),
            loaders: new RequestLoaders(),
          }),
        }),
        HealthModule,
        AuthModule,
        UsersModule,
        PeopleModule,
        OrganisationsModule,
        CoursesModule,
        NomineesModule,
        TrainingModule,
        CertificatesModule,
        SmesModule,
        ReportsModule,
      ],
      providers: [{ provide: APP_PIPE, useFactory: createValidationPipe }, { provide: APP_FILTER, useClass: DomainErrorFilter }],
    };
  }
}

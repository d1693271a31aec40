import { Module } from '@nestjs/common';
import { NomineeImportService } from './nominee-import.service';
import { NomineesResolver } from './nominees.resolver';

@Module({ providers: [NomineeImportService, NomineesResolver] })
export class NomineesModule {}

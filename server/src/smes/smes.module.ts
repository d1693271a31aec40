import { Module } from '@nestjs/common';
import { TrainingModule } from '../training/training.module';
import { SmeAccess } from './sme-access';
import { SmeDuplicatesService } from './sme-duplicates.service';
import { SmeMatchesService } from './sme-matches.service';
import { SmeMergeService } from './sme-merge.service';
import { SmeSupportService } from './sme-support.service';
import { ProgressReportSmesResolver, SmeSupportsResolver } from './sme-supports.resolver';
import { SmesResolver } from './smes.resolver';
import { SmesService } from './smes.service';

/** The SME ledger: the SMEs trained leaders support, matched for duplicates and merged by coordinators (docs/decisions/0011). */
@Module({
  imports: [TrainingModule],
  providers: [SmeAccess, SmesService, SmeMatchesService, SmeSupportService, SmeDuplicatesService, SmeMergeService, SmesResolver, SmeSupportsResolver, ProgressReportSmesResolver],
})
export class SmesModule {}

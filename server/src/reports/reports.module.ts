import { Module } from '@nestjs/common';
import { IndicatorsResolver } from './indicators/indicators.resolver';
import { IndicatorsService } from './indicators/indicators.service';
import { logframeProvider } from './indicators/logframe.provider';
import { SmesReachedResolver } from './indicators/smes-reached.resolver';
import { AttendanceHeatmapService } from './learning/attendance-heatmap.service';
import { LearningReaders } from './learning/learning-reader';
import { LearningResultsResolver } from './learning/learning-results.resolver';
import { LearningResultsService } from './learning/learning-results.service';
import { ParticipationResolver } from './learning/participation.resolver';
import { ParticipationService } from './learning/participation.service';
import { ExportsController } from './exports/exports.controller';
import { ExportsService } from './exports/exports.service';
import { ReportDatabase } from './report-database';
import { TrainingModule } from '../training/training.module';

/**
 * Monitoring and evaluation (docs/decisions/0011): logframe indicators, SMEs reached and, beside
 * them, learning results. Each part keeps its folder under reports/ and adds its providers here;
 * all of them compute through the shared participant scope and ReportDatabase.
 */
@Module({
  // Learning results: CohortAccess decides which cohorts a trainer may read.
  imports: [TrainingModule],
  providers: [
    ReportDatabase,
    logframeProvider,
    IndicatorsService,
    IndicatorsResolver,
    SmesReachedResolver,
    LearningReaders,
    LearningResultsService,
    ParticipationService,
    AttendanceHeatmapService,
    LearningResultsResolver,
    ParticipationResolver,
    // Exports: the same figures as CSV, XLSX and the donor report PDF (reports/exports/).
    ExportsService,
  ],
  controllers: [ExportsController],
  exports: [ReportDatabase, logframeProvider],
})
export class ReportsModule {}

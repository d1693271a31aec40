import { graphql } from '../../../gql';

/**
 * The cohorts and years the filter bar offers. Taken from the participation split rather than the
 * cohorts list, which viewers may not read: any report reader sees the groups that have figures.
 */
export const ReportFilterOptionsQuery = graphql(`
  query ReportFilterOptions {
    participation {
      cohorts: by(split: COHORT) {
        key
        label
      }
      years: by(split: YEAR) {
        key
        label
      }
    }
  }
`);

/** The indicator table; the breakdown only when a split is chosen. */
export const ReportIndicatorsQuery = graphql(`
  query ReportIndicators($filter: ReportFilter, $split: ReportSplit!, $withBreakdown: Boolean!) {
    indicators(filter: $filter) {
      code
      ...IndicatorTable_indicator
    }
  }
`);

export const ReportLearningQuery = graphql(`
  query ReportLearning($filter: ReportFilter) {
    learningResults(filter: $filter) {
      overall {
        ...GainSummary_gain
      }
      byCountry: by(split: COUNTRY) {
        key
        ...KnowledgeGainChart_cell
      }
      bySex: by(split: SEX) {
        key
        ...KnowledgeGainChart_cell
      }
      byModule {
        module {
          id
        }
        ...ModuleResults_result
      }
    }
  }
`);

export const ReportParticipationQuery = graphql(`
  query ReportParticipation($filter: ReportFilter, $split: ReportSplit!, $staff: Boolean!) {
    participation(filter: $filter) {
      overall {
        ...ParticipationTable_cell
      }
      by(split: $split) {
        key
        ...ParticipationTable_cell
      }
      belowThresholdCount @include(if: $staff)
      belowThreshold(first: 100) @include(if: $staff) {
        ...BelowThresholdTable_line
      }
    }
  }
`);

export const ReportAttendanceHeatmapQuery = graphql(`
  query ReportAttendanceHeatmap($cohortId: ID!, $by: ReportSplit) {
    attendanceHeatmap(cohortId: $cohortId, by: $by) {
      ...AttendanceHeatmap_heatmap
    }
  }
`);

export const ReportSmesReachedQuery = graphql(`
  query ReportSmesReached($filter: ReportFilter) {
    smesReached(filter: $filter) {
      total {
        value
        people
        suppressed
      }
      byMonth {
        month
        smes
        cumulative
      }
      byProvince {
        key
        ...CellTable_cell
      }
      bySector {
        key
        ...CellTable_cell
      }
      byKind {
        key
        ...CellTable_cell
      }
      byOwnerSex {
        key
        ...CellTable_cell
      }
    }
  }
`);

/** The records one indicator (or one cell of its split) counts: staff only. */
export const IndicatorRecordsQuery = graphql(`
  query IndicatorRecords($code: String!, $filter: ReportFilter, $split: ReportSplit, $key: String, $first: Int, $after: String) {
    indicator(code: $code, filter: $filter) {
      code
      name
      description
      unit
      actual {
        value
        people
        suppressed
      }
    }
    indicatorRecords(code: $code, filter: $filter, split: $split, key: $key, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...IndicatorRecordsTable_record
        }
      }
    }
  }
`);

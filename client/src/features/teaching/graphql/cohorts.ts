import { graphql } from '../../../gql';

/** Today's sessions: current cohorts only, whatever the list below is filtered to. */
export const TodaySessionsQuery = graphql(`
  query TeachingToday {
    cohorts(current: true) {
      id
      ...TodaySessions_cohort
    }
  }
`);

export const CohortsListQuery = graphql(`
  query CohortsList($courseId: ID, $current: Boolean) {
    cohorts(courseId: $courseId, current: $current) {
      id
      endsOn
      ...CohortsTable_cohort
    }
  }
`);

export const CourseOptionsQuery = graphql(`
  query TeachingCourseOptions {
    courses {
      id
      title
    }
  }
`);

/** The home page's section for trainers and coordinators. */
export const TeachingSummaryQuery = graphql(`
  query TeachingSummary {
    cohorts(current: true) {
      id
      ...TodaySessions_cohort
      ...CohortsTable_cohort
    }
  }
`);

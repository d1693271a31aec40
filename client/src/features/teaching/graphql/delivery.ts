import { graphql } from '../../../gql';

/** One session's attendance sheet, its check-in state and enough of the cohort for the header. */
export const AttendancePageQuery = graphql(`
  query AttendancePage($id: ID!) {
    trainingSession(id: $id) {
      id
      startsAt
      endsAt
      venue
      cancelled
      inProgress
      module {
        id
        title
      }
      cohort {
        id
        title
        viewerTeaches
        checkInGraceMinutes
      }
      ...CheckInPanel_session
      attendanceSheet {
        ...AttendanceSheet_line
      }
    }
  }
`);

export const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      records {
        id
        status
        note
        selfCheckedIn
        updatedAt
        enrolment {
          id
        }
      }
    }
  }
`);

export const OpenCheckInMutation = graphql(`
  mutation OpenCheckIn($sessionId: ID!) {
    openCheckIn(sessionId: $sessionId) {
      session {
        id
        ...CheckInPanel_session
      }
    }
  }
`);

export const CloseCheckInMutation = graphql(`
  mutation CloseCheckIn($sessionId: ID!) {
    closeCheckIn(sessionId: $sessionId) {
      session {
        id
        ...CheckInPanel_session
      }
    }
  }
`);

export const GradebookQuery = graphql(`
  query Gradebook($id: ID!) {
    cohort(id: $id) {
      id
      title
      viewerTeaches
      course {
        id
        modules {
          id
          title
          position
          assessments {
            id
            kind
            title
            maxScore
            passScore
            rubric {
              criterion
              points
            }
          }
        }
      }
      roster: enrolments(status: [APPROVED, COMPLETED], first: 500) {
        totalCount
        edges {
          node {
            id
            ...GradebookRow_enrolment
          }
        }
      }
    }
  }
`);

// Each result's enrolment re-reads its results, so a first score joins the gradebook row.
export const RecordAssessmentResultsMutation = graphql(`
  mutation RecordAssessmentResults($input: RecordAssessmentResultsInput!) {
    recordAssessmentResults(input: $input) {
      results {
        id
        score
        passed
        attempt
        feedback
        updatedAt
        enrolment {
          id
          completed
          results {
            id
            score
            passed
            attempt
            feedback
            assessment {
              id
            }
          }
        }
      }
    }
  }
`);

export const CohortActionPlansQuery = graphql(`
  query CohortActionPlans($id: ID!) {
    cohort(id: $id) {
      id
      viewerTeaches
      actionPlans {
        id
        status
        submittedAt
        updatedAt
        ...PlanReviewCard_plan
      }
    }
  }
`);

export const ReviewActionPlanMutation = graphql(`
  mutation ReviewActionPlan($input: ReviewActionPlanInput!) {
    reviewActionPlan(input: $input) {
      actionPlan {
        id
        status
        reviewerComment
        reviewedAt
        updatedAt
        reviewedBy {
          id
          email
          person {
            id
            fullName
          }
        }
      }
    }
  }
`);

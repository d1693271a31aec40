import { graphql } from '../../../gql';

/** My learning and the home page's summary: every enrolment of the signed-in trainee. */
export const MyLearningQuery = graphql(`
  query MyLearning {
    myEnrolments {
      id
      status
      cohort {
        id
        startsOn
        endsOn
      }
      ...EnrolmentCard_enrolment
    }
  }
`);

// There is no `enrolment(id)` query: a trainee's own enrolments are few, so the pages pick theirs from this list.
export const EnrolmentPageQuery = graphql(`
  query EnrolmentPage {
    myEnrolments {
      id
      status
      cohort {
        id
        title
        course {
          id
          slug
          title
          modules {
            id
            slug
            title
            position
            assessments {
              id
            }
          }
        }
      }
      ...EnrolmentSummary_enrolment
      certificate {
        id
        ...MyCertificate_certificate
      }
      progress {
        ...ProgressOverview_progress
        ...RequirementList_progress
        ...ModuleProgressTable_progress
      }
      tests {
        ...TestList_test
      }
      actionPlans {
        id
        ...ActionPlanList_plan
      }
      history {
        id
        ...EnrolmentHistory_change
      }
    }
  }
`);

export const TestPageQuery = graphql(`
  query TestPage {
    myEnrolments {
      id
      status
      cohort {
        id
        title
        course {
          id
          slug
          modules {
            id
            slug
            title
            position
            assessments {
              id
            }
          }
        }
      }
      tests {
        assessment {
          id
          kind
          title
          passScore
        }
        opensAt
        closesAt
        state
        attemptsUsed
        attemptsAllowed
        canAttempt
        results {
          id
          score
          passed
          attempt
          createdAt
          review {
            questionId
            chosenChoiceIds
            correctChoiceIds
            correct
          }
        }
      }
    }
  }
`);

/** The questions of one module's tests (pre- and post-test ask the same bank). */
export const TestQuestionsQuery = graphql(`
  query TestQuestions($courseSlug: String!, $slug: String!) {
    courseModule(courseSlug: $courseSlug, slug: $slug) {
      id
      assessments {
        id
        questions {
          id
          ...QuizQuestion_question
        }
      }
    }
  }
`);

export const SubmitQuizMutation = graphql(`
  mutation SubmitQuiz($input: SubmitQuizInput!) {
    submitQuiz(input: $input) {
      result {
        id
        score
        passed
        attempt
        createdAt
      }
    }
  }
`);

export const CheckInSessionQuery = graphql(`
  query CheckInSession($id: ID!) {
    trainingSession(id: $id) {
      id
      ...CheckInSession_session
    }
  }
`);

/** Sessions the trainee could check in to now, for someone who types the code without scanning it. */
export const CheckInChoicesQuery = graphql(`
  query CheckInChoices {
    myEnrolments {
      id
      status
      cohort {
        id
        sessions {
          id
          startsAt
          endsAt
          cancelled
          inProgress
          checkInOpen
          ...CheckInSession_session
        }
      }
    }
  }
`);

export const CheckInMutation = graphql(`
  mutation CheckIn($input: CheckInInput!) {
    checkIn(input: $input) {
      record {
        id
        status
        selfCheckedIn
        updatedAt
      }
    }
  }
`);

export const ActionPlanPageQuery = graphql(`
  query ActionPlanPage {
    myEnrolments {
      id
      status
      cohort {
        id
        title
        course {
          id
          modules {
            id
            title
            position
          }
        }
      }
      actionPlans {
        id
        status
        ...ActionPlanForm_plan
        ...ProgressReports_plan
      }
    }
  }
`);

/** What a saved plan brings back: everything the plan screens show, so they update from the cache. */
export const ActionPlanPayloadFragment = graphql(`
  fragment ActionPlanPayload_plan on ActionPlan {
    id
    status
    updatedAt
    submittedAt
    ...ActionPlanForm_plan
    ...ActionPlanList_plan
    ...ProgressReports_plan
  }
`);
export const SaveActionPlanMutation = graphql(`
  mutation SaveActionPlan($input: SaveActionPlanInput!) {
    saveActionPlan(input: $input) {
      actionPlan {
        id
        ...ActionPlanPayload_plan
      }
    }
  }
`);

export const SubmitActionPlanMutation = graphql(`
  mutation SubmitActionPlan($id: ID!) {
    submitActionPlan(id: $id) {
      actionPlan {
        id
        ...ActionPlanPayload_plan
      }
    }
  }
`);

export const AddProgressReportMutation = graphql(`
  mutation AddProgressReport($input: AddProgressReportInput!) {
    addProgressReport(input: $input) {
      progressReport {
        id
        ...ProgressReports_report
      }
    }
  }
`);

export const ApplyPageQuery = graphql(`
  query ApplyPage($cohortId: ID!) {
    cohort(id: $cohortId) {
      id
      title
      startsOn
      endsOn
      venue
      language
      capacity
      seatsTaken
      enrolmentOpen
      lastApplicationDay
      cancelled
      course {
        id
        slug
        title
      }
    }
    myEnrolments {
      id
      status
      cohort {
        id
      }
    }
  }
`);

export const ApplyForCohortMutation = graphql(`
  mutation ApplyForCohort($input: ApplyForCohortInput!) {
    applyForCohort(input: $input) {
      enrolment {
        id
        status
        motivation
        reason
        cohort {
          id
        }
      }
    }
  }
`);

export const WithdrawEnrolmentMutation = graphql(`
  mutation WithdrawEnrolment($input: WithdrawEnrolmentInput!) {
    withdrawEnrolment(input: $input) {
      enrolment {
        id
        status
        reason
        decidedAt
      }
    }
  }
`);

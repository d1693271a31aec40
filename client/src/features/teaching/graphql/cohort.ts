import { graphql } from '../../../gql';

/** The cohort page's header and tabs; each tab loads its own query. */
export const CohortLayoutQuery = graphql(`
  query CohortLayout($id: ID!) {
    cohort(id: $id) {
      id
      title
      startsOn
      endsOn
      venue
      cancelled
      enrolmentOpen
      seatsTaken
      capacity
      viewerTeaches
      course {
        id
        slug
        title
      }
      pendingApplications: enrolments(status: [PENDING], first: 1) {
        totalCount
      }
      plansToReview: actionPlans(status: [SUBMITTED]) {
        id
      }
    }
  }
`);

export const CohortOverviewQuery = graphql(`
  query CohortOverview($id: ID!) {
    cohort(id: $id) {
      id
      title
      cancelled
      ...CohortDetails_cohort
      ...CohortForm_cohort
      ...CohortTrainers_cohort
    }
  }
`);

/** Accounts with the trainer role (coordinators only), for assigning trainers. */
export const TrainerOptionsQuery = graphql(`
  query TrainerOptions {
    trainers {
      id
      ...TrainerPicker_user
    }
  }
`);

export const NewCohortPageQuery = graphql(`
  query NewCohortPage {
    courses {
      id
      title
    }
  }
`);

export const CreateCohortMutation = graphql(`
  mutation CreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      cohort {
        id
        title
      }
    }
  }
`);

export const UpdateCohortMutation = graphql(`
  mutation UpdateCohort($input: UpdateCohortInput!) {
    updateCohort(input: $input) {
      cohort {
        id
        title
        startsOn
        endsOn
        venue
        cancelled
        enrolmentOpen
        ...CohortDetails_cohort
        ...CohortForm_cohort
        ...CohortTrainers_cohort
      }
    }
  }
`);

export const CohortSessionsQuery = graphql(`
  query CohortSessions($id: ID!) {
    cohort(id: $id) {
      id
      venue
      cancelled
      viewerTeaches
      course {
        id
        modules {
          id
          title
          position
        }
      }
      sessions {
        id
        ...SessionRow_session
      }
    }
  }
`);

// The payload re-reads the cohort's sessions, so the list shows the new ones in time order.
export const ScheduleSessionsMutation = graphql(`
  mutation ScheduleSessions($input: ScheduleSessionsInput!) {
    scheduleSessions(input: $input) {
      sessions {
        id
        cohort {
          id
          sessions {
            id
            ...SessionRow_session
          }
        }
      }
    }
  }
`);

export const UpdateSessionMutation = graphql(`
  mutation UpdateSession($input: UpdateSessionInput!) {
    updateSession(input: $input) {
      session {
        id
        ...SessionRow_session
        cohort {
          id
          sessions {
            id
          }
        }
      }
    }
  }
`);

export const CohortRosterQuery = graphql(`
  query CohortRoster($id: ID!) {
    cohort(id: $id) {
      id
      capacity
      seatsTaken
      roster: enrolments(status: [APPROVED, COMPLETED], first: 500) {
        totalCount
        edges {
          node {
            id
            ...RosterTable_enrolment
          }
        }
      }
    }
  }
`);

export const CohortApplicationsQuery = graphql(`
  query CohortApplications($id: ID!) {
    cohort(id: $id) {
      id
      title
      capacity
      seatsTaken
      cancelled
      enrolmentOpen
      lastApplicationDay
      applications: enrolments(status: [PENDING, WAITLISTED], first: 500) {
        totalCount
        edges {
          node {
            id
            status
            createdAt
            ...ApplicationCard_enrolment
          }
        }
      }
    }
  }
`);

export const DecideEnrolmentMutation = graphql(`
  mutation DecideEnrolment($input: DecideEnrolmentInput!) {
    decideEnrolment(input: $input) {
      enrolment {
        id
        status
        reason
        decidedAt
        cohort {
          id
          seatsTaken
          enrolmentOpen
        }
      }
    }
  }
`);

export const EnrolPeopleSearchQuery = graphql(`
  query EnrolPeopleSearch($filter: PeopleFilter, $first: Int) {
    people(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          ...PersonChoice_person
        }
      }
    }
  }
`);

export const EnrolPeopleMutation = graphql(`
  mutation EnrolPeople($input: EnrolPeopleInput!) {
    enrolPeople(input: $input) {
      enrolled {
        id
        status
        person {
          id
          fullName
        }
        cohort {
          id
          seatsTaken
          enrolmentOpen
        }
      }
      alreadyEnrolled {
        id
        fullName
      }
    }
  }
`);

/** importNominees, asking for the people in the file so they can be enrolled straight away. */
export const ImportNomineesForCohortMutation = graphql(`
  mutation ImportNomineesForCohort($input: NomineeFileInput!) {
    importNominees(input: $input) {
      created
      updated
      unchanged
      people {
        id
        ...PersonChoice_person
      }
    }
  }
`);

export const CohortHistoryQuery = graphql(`
  query CohortHistory($id: ID!, $first: Int, $after: String) {
    cohort(id: $id) {
      id
      history(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            ...HistoryEntry_change
          }
        }
      }
    }
  }
`);

import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import {
  CreateCohortMutation,
  DecideEnrolmentMutation,
  EnrolPeopleMutation,
  ImportNomineesForCohortMutation,
  ScheduleSessionsMutation,
  UpdateCohortMutation,
  UpdateSessionMutation,
} from '../graphql/cohort';
import {
  CloseCheckInMutation,
  OpenCheckInMutation,
  RecordAssessmentResultsMutation,
  RecordAttendanceMutation,
  ReviewActionPlanMutation,
} from '../graphql/delivery';

/**
 * Drops fields of a cohort that a change makes stale; screens showing them load them again.
 * Enrolment lists are filtered by status on the server, so a decision moves people between them.
 */
function evictCohortFields(cache: ApolloCache, cohortId: string, fieldNames: readonly string[]): void {
  const id = cache.identify({ __typename: 'Cohort', id: cohortId });
  for (const fieldName of [...fieldNames, 'history']) cache.evict({ id, fieldName });
  cache.gc();
}

/** Attendance and scores change an enrolment's rate, progress and completion. */
function evictEnrolmentProgress(cache: ApolloCache, enrolmentIds: readonly string[]): void {
  for (const enrolmentId of enrolmentIds) {
    const id = cache.identify({ __typename: 'Enrolment', id: enrolmentId });
    for (const fieldName of ['attendanceRate', 'completed', 'progress']) cache.evict({ id, fieldName });
  }
}

export function useCreateCohort() {
  return useMutation(CreateCohortMutation, {
    update(cache, _result, { variables }) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'cohorts' });
      if (variables) cache.evict({ id: cache.identify({ __typename: 'Course', id: variables.input.courseId }), fieldName: 'cohorts' });
      cache.gc();
    },
  });
}

export function useUpdateCohort(cohortId: string) {
  return useMutation(UpdateCohortMutation, {
    update(cache) {
      evictCohortFields(cache, cohortId, []);
    },
  });
}

export function useScheduleSessions(cohortId: string) {
  return useMutation(ScheduleSessionsMutation, {
    update(cache) {
      evictCohortFields(cache, cohortId, []);
    },
  });
}

export function useUpdateSession(cohortId: string) {
  return useMutation(UpdateSessionMutation, {
    update(cache) {
      evictCohortFields(cache, cohortId, []);
    },
  });
}

export function useDecideEnrolment(cohortId: string) {
  return useMutation(DecideEnrolmentMutation, {
    update(cache) {
      evictCohortFields(cache, cohortId, ['enrolments']);
    },
  });
}

export function useEnrolPeople(cohortId: string) {
  return useMutation(EnrolPeopleMutation, {
    update(cache) {
      evictCohortFields(cache, cohortId, ['enrolments']);
    },
  });
}

/** An import creates and updates people and organisations: their cached lists are dropped. */
export function useImportNomineesForCohort() {
  return useMutation(ImportNomineesForCohortMutation, {
    update(cache) {
      for (const fieldName of ['people', 'person', 'organisations', 'organisation']) cache.evict({ id: 'ROOT_QUERY', fieldName });
      cache.gc();
    },
  });
}

export function useRecordAttendance(cohortId: string) {
  return useMutation(RecordAttendanceMutation, {
    update(cache, _result, { variables }) {
      evictEnrolmentProgress(cache, variables?.input.marks.map((mark) => mark.enrolmentId) ?? []);
      evictCohortFields(cache, cohortId, []);
    },
  });
}

export function useOpenCheckIn() {
  return useMutation(OpenCheckInMutation);
}

export function useCloseCheckIn() {
  return useMutation(CloseCheckInMutation);
}

export function useRecordAssessmentResults(cohortId: string) {
  return useMutation(RecordAssessmentResultsMutation, {
    update(cache, _result, { variables }) {
      evictEnrolmentProgress(cache, variables?.input.results.map((row) => row.enrolmentId) ?? []);
      evictCohortFields(cache, cohortId, []);
    },
  });
}

export function useReviewActionPlan(cohortId: string) {
  return useMutation(ReviewActionPlanMutation, {
    update(cache) {
      // The list of plans to review (and its count on the tab) is filtered by status on the server.
      evictCohortFields(cache, cohortId, ['actionPlans']);
    },
  });
}

import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import {
  AddProgressReportMutation,
  ApplyForCohortMutation,
  CheckInMutation,
  SaveActionPlanMutation,
  SubmitActionPlanMutation,
  SubmitQuizMutation,
  WithdrawEnrolmentMutation,
} from '../graphql/learning';

/**
 * Progress, tests and completion are worked out by the server from many records, so after a change
 * the enrolment's computed fields are dropped from the cache and load again where they are shown.
 */
function evictEnrolmentFields(cache: ApolloCache, enrolmentId: string, fields: readonly string[]): void {
  const id = cache.identify({ __typename: 'Enrolment', id: enrolmentId });
  for (const fieldName of fields) cache.evict({ id, fieldName });
  cache.gc();
}

export function useApplyForCohort() {
  return useMutation(ApplyForCohortMutation, {
    update(cache, _result, { variables }) {
      // A new enrolment joins the trainee's list, and the course page shows it against its cohort.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'myEnrolments' });
      if (variables) cache.evict({ id: cache.identify({ __typename: 'Cohort', id: variables.input.cohortId }), fieldName: 'enrolments' });
      cache.gc();
    },
  });
}

export function useWithdrawEnrolment(enrolmentId: string) {
  return useMutation(WithdrawEnrolmentMutation, {
    update(cache) {
      evictEnrolmentFields(cache, enrolmentId, ['history', 'progress', 'tests', 'completed']);
    },
  });
}

export function useSubmitQuiz(enrolmentId: string) {
  return useMutation(SubmitQuizMutation, {
    update(cache) {
      evictEnrolmentFields(cache, enrolmentId, ['tests', 'progress', 'results', 'completed']);
    },
  });
}

export function useCheckIn(sessionId: string) {
  return useMutation(CheckInMutation, {
    update(cache) {
      cache.evict({ id: cache.identify({ __typename: 'TrainingSession', id: sessionId }), fieldName: 'attendance' });
      // Attendance rates change with the new mark.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'myEnrolments' });
      cache.gc();
    },
  });
}

export function useSaveActionPlan(enrolmentId: string) {
  return useMutation(SaveActionPlanMutation, {
    update(cache, { data }) {
      const plan = data?.saveActionPlan.actionPlan;
      // A new plan joins the enrolment's list at once, so its page can open without a reload.
      if (plan) {
        cache.modify({
          id: cache.identify({ __typename: 'Enrolment', id: enrolmentId }),
          fields: {
            actionPlans(existing: readonly Reference[] = [], { readField, toReference }) {
              if (existing.some((ref) => readField('id', ref) === plan.id)) return existing;
              const ref = toReference({ __typename: 'ActionPlan', id: plan.id });
              return ref ? [...existing, ref] : existing;
            },
          },
        });
      }
      evictEnrolmentFields(cache, enrolmentId, ['progress']);
    },
  });
}

export function useSubmitActionPlan(enrolmentId: string) {
  return useMutation(SubmitActionPlanMutation, {
    update(cache) {
      evictEnrolmentFields(cache, enrolmentId, ['progress']);
    },
  });
}

export function useAddProgressReport(actionPlanId: string) {
  return useMutation(AddProgressReportMutation, {
    update(cache) {
      cache.evict({ id: cache.identify({ __typename: 'ActionPlan', id: actionPlanId }), fieldName: 'progressReports' });
      cache.gc();
    },
  });
}

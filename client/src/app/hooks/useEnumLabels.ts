import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ActionPlanStatus,
  AssessmentKind,
  AttendanceStatus,
  EnrolmentStatus,
  Gender,
  NomineeRowAction,
  OrganisationType,
  Role,
  TargetGroup,
  TestWindowState,
} from '../../gql/graphql';
import { countryCodes, isOneOf } from '../enums';

/** Labels for enum values in the current language; an unknown country code is shown as it is. */
export function useEnumLabels() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      country: (code: string) => (isOneOf(countryCodes, code) ? t(`enums.country.${code}`) : code),
      gender: (value: Gender) => t(`enums.gender.${value}`),
      organisationType: (value: OrganisationType) => t(`enums.organisationType.${value}`),
      targetGroup: (value: TargetGroup) => t(`enums.targetGroup.${value}`),
      role: (value: Role) => t(`enums.role.${value}`),
      nomineeRowAction: (value: NomineeRowAction) => t(`enums.nomineeRowAction.${value}`),
      enrolmentStatus: (value: EnrolmentStatus) => t(`enums.enrolmentStatus.${value}`),
      attendanceStatus: (value: AttendanceStatus) => t(`enums.attendanceStatus.${value}`),
      actionPlanStatus: (value: ActionPlanStatus) => t(`enums.actionPlanStatus.${value}`),
      assessmentKind: (value: AssessmentKind) => t(`enums.assessmentKind.${value}`),
      testWindowState: (value: TestWindowState) => t(`enums.testWindowState.${value}`),
    }),
    [t],
  );
}

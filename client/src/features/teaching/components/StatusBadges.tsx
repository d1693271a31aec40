import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import type { ActionPlanStatus, EnrolmentStatus } from '../../../gql/graphql';
import type { SessionPhase } from '../lib/cohorts';

const enrolmentBadge: Record<EnrolmentStatus, string> = {
  PENDING: 'badge-update',
  WAITLISTED: 'badge-warning',
  APPROVED: 'badge-create',
  COMPLETED: 'badge-create',
  REJECTED: 'badge-invalid',
  WITHDRAWN: 'badge-unchanged',
};

export function EnrolmentStatusBadge({ status }: { status: EnrolmentStatus }) {
  const labels = useEnumLabels();
  return <span className={`badge ${enrolmentBadge[status]}`}>{labels.enrolmentStatus(status)}</span>;
}

const planBadge: Record<ActionPlanStatus, string> = {
  DRAFT: 'badge-unchanged',
  SUBMITTED: 'badge-update',
  RETURNED: 'badge-warning',
  ACCEPTED: 'badge-create',
};

export function PlanStatusBadge({ status }: { status: ActionPlanStatus }) {
  const labels = useEnumLabels();
  return (
    <span className={`badge ${planBadge[status]}`} data-status={status}>
      {labels.actionPlanStatus(status)}
    </span>
  );
}

const phaseBadge: Record<SessionPhase, string> = {
  inProgress: 'badge-create',
  upcoming: 'badge-update',
  ended: 'badge-unchanged',
  cancelled: 'badge-invalid',
};

export function SessionPhaseBadge({ phase }: { phase: SessionPhase }) {
  const { t } = useTranslation();
  return <span className={`badge ${phaseBadge[phase]}`}>{t(`teaching.sessionPhase.${phase}`)}</span>;
}

import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import type { EnrolmentStatus } from '../../../gql/graphql';

const badgeClass: Record<EnrolmentStatus, string> = {
  PENDING: 'badge-warning',
  WAITLISTED: 'badge-warning',
  APPROVED: 'badge-update',
  COMPLETED: 'badge-create',
  REJECTED: 'badge-invalid',
  WITHDRAWN: 'badge-unchanged',
};

export function EnrolmentStatusBadge({ status }: { status: EnrolmentStatus }) {
  const labels = useEnumLabels();
  return (
    <span className={`badge ${badgeClass[status]}`} data-testid="enrolment-status" data-status={status}>
      {labels.enrolmentStatus(status)}
    </span>
  );
}

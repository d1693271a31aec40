import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import type { ActionPlanStatus } from '../../../gql/graphql';

const badgeClass: Record<ActionPlanStatus, string> = {
  DRAFT: 'badge-unchanged',
  SUBMITTED: 'badge-update',
  RETURNED: 'badge-warning',
  ACCEPTED: 'badge-create',
};

export function ActionPlanStatusBadge({ status }: { status: ActionPlanStatus }) {
  const labels = useEnumLabels();
  return (
    <span className={`badge ${badgeClass[status]}`} data-testid="action-plan-status" data-status={status}>
      {labels.actionPlanStatus(status)}
    </span>
  );
}

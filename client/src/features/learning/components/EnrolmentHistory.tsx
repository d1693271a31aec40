import { useTranslation } from 'react-i18next';
import { enrolmentStatuses, isOneOf } from '../../../app/enums';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const EnrolmentHistoryFragment = graphql(`
  fragment EnrolmentHistory_change on ChangeRecord {
    id
    at
    action
    actor {
      id
      email
      person {
        id
        fullName
      }
    }
    changes {
      field
      from
      to
    }
  }
`);

const knownActions = ['applied', 'approved', 'rejected', 'waitlisted', 'withdrawn', 'enrolled', 'completed'] as const;

/** The decisions on this enrolment, oldest first: who did what, when, and why. */
export function EnrolmentHistory({ changes: changeRefs }: { changes: readonly FragmentType<typeof EnrolmentHistoryFragment>[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useEnumLabels();
  const changes = getFragmentData(EnrolmentHistoryFragment, changeRefs);
  if (changes.length === 0) return <p>{t('learning.history.none')}</p>;
  const status = (value: string | null | undefined) =>
    isOneOf(enrolmentStatuses, value) ? labels.enrolmentStatus(value) : (value ?? t('common.none'));
  return (
    <ol className="history" data-testid="enrolment-history">
      {changes.map((change) => {
        const statusChange = change.changes.find((item) => item.field === 'status');
        const reason = change.changes.find((item) => item.field === 'reason' && item.to);
        const who = change.actor?.person?.fullName ?? change.actor?.email ?? t('learning.history.system');
        return (
          <li key={change.id}>
            <p className="history-when meta">
              <time dateTime={change.at}>{format.dateTime(change.at)}</time>
            </p>
            <p>
              {isOneOf(knownActions, change.action)
                ? t(`learning.history.action.${change.action}`, { who })
                : t('learning.history.other', { action: change.action, who })}
            </p>
            {statusChange && (
              <p className="meta">
                {statusChange.from
                  ? t('learning.history.statusChange', { from: status(statusChange.from), to: status(statusChange.to) })
                  : t('learning.history.statusSet', { to: status(statusChange.to) })}
              </p>
            )}
            {reason?.to && <p className="meta">{t('learning.reason', { reason: reason.to })}</p>}
          </li>
        );
      })}
    </ol>
  );
}

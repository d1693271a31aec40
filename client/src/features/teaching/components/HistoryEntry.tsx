import { useTranslation } from 'react-i18next';
import { actionPlanStatuses, attendanceStatuses, enrolmentStatuses, isOneOf } from '../../../app/enums';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { nativeNameLanguage } from '../../../app/i18n/languages';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { knownAction, knownSubject } from '../lib/history';

export const HistoryEntryFragment = graphql(`
  fragment HistoryEntry_change on ChangeRecord {
    id
    at
    action
    subjectType
    actor {
      id
      email
      person {
        id
        fullName
      }
    }
    person {
      id
      fullName
      nativeName
      countryCode
    }
    changes {
      field
      from
      to
    }
  }
`);

/** One line of the change history: when, what, about whom, by whom, and each value before → after. */
export function HistoryEntry({ change: changeRef }: { change: FragmentType<typeof HistoryEntryFragment> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useEnumLabels();
  const change = getFragmentData(HistoryEntryFragment, changeRef);
  // Statuses read in the reader's language; other values are shown as recorded.
  const valueText = (field: string, value: string | null | undefined): string => {
    if (value === null || value === undefined || value === '') return t('common.none');
    if (field !== 'status') return value;
    if (change.subjectType === 'enrolment' && isOneOf(enrolmentStatuses, value)) return labels.enrolmentStatus(value);
    if (change.subjectType === 'attendance' && isOneOf(attendanceStatuses, value)) return labels.attendanceStatus(value);
    if (change.subjectType === 'action-plan' && isOneOf(actionPlanStatuses, value)) return labels.actionPlanStatus(value);
    return value;
  };
  const action = knownAction(change.action);
  const subject = knownSubject(change.subjectType);
  const actor = change.actor ? (change.actor.person?.fullName ?? change.actor.email) : t('teaching.history.system');
  return (
    <li className="history-entry">
      <p>
        <time dateTime={change.at} className="meta">
          {format.dateTime(change.at)}
        </time>
      </p>
      <p>
        <strong>{action ? t(`teaching.history.actions.${action}`) : change.action}</strong>
        {' · '}
        {subject ? t(`teaching.history.subjects.${subject}`) : change.subjectType}
        {change.person ? (
          <>
            {' · '}
            {change.person.fullName}
            {change.person.nativeName ? (
              <span lang={nativeNameLanguage(change.person.countryCode)}> ({change.person.nativeName})</span>
            ) : null}
          </>
        ) : null}
      </p>
      <p className="meta">{t('teaching.history.by', { name: actor })}</p>
      {change.changes.length > 0 ? (
        <ul className="change-list">
          {change.changes.map((item) => (
            <li key={item.field}>
              <code>{item.field}</code>: {valueText(item.field, item.from)} → {valueText(item.field, item.to)}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

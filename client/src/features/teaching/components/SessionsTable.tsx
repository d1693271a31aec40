import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { SessionRow_SessionFragment } from '../../../gql/graphql';
import { SignInSheetLink } from '../../certificates/components/SignInSheetLink';
import { sessionPhase } from '../lib/cohorts';
import { SessionPhaseBadge } from './StatusBadges';

export const SessionRowFragment = graphql(`
  fragment SessionRow_session on TrainingSession {
    id
    startsAt
    endsAt
    venue
    cancelled
    held
    inProgress
    checkInOpen
    module {
      id
      title
    }
  }
`);

export type SessionRowData = SessionRow_SessionFragment;

/**
 * The cohort's sessions in time order. Those who teach the cohort get its attendance sheet and its
 * printable sign-in sheet; further actions per row come from the caller (coordinators edit).
 */
export function SessionsTable({
  cohortId,
  sessions: sessionRefs,
  now,
  canTakeAttendance,
  renderActions,
}: {
  cohortId: string;
  sessions: readonly FragmentType<typeof SessionRowFragment>[];
  now: Date;
  canTakeAttendance: boolean;
  renderActions?: (session: SessionRowData) => ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const sessions = getFragmentData(SessionRowFragment, sessionRefs);
  return (
    <div className="table-scroll stack-on-phone" role="region" aria-label={t('teaching.sessions.title')} tabIndex={0}>
      <table className="data-table" data-testid="sessions-table">
        <caption className="visually-hidden">{t('teaching.sessions.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('teaching.sessions.when')}</th>
            <th scope="col">{t('teaching.sessions.module')}</th>
            <th scope="col">{t('teaching.cohort.venue')}</th>
            <th scope="col">{t('teaching.cohort.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('teaching.sessions.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => {
            const phase = sessionPhase(session, now);
            return (
              <tr key={session.id} className={session.cancelled ? 'row-cancelled' : undefined}>
                <th scope="row" className="nowrap">
                  {format.date(session.startsAt)}
                  <span className="cell-sub">
                    {t('teaching.timeRange', { start: format.time(session.startsAt), end: format.time(session.endsAt) })}
                  </span>
                </th>
                <td data-label={t('teaching.sessions.module')}>{session.module.title}</td>
                <td data-label={t('teaching.cohort.venue')}>{session.venue ?? ''}</td>
                <td data-label={t('teaching.cohort.status')}>
                  <SessionPhaseBadge phase={phase} />
                </td>
                <td className="row-actions">
                  {canTakeAttendance && !session.cancelled ? (
                    <>
                      <Link to={`/cohorts/${cohortId}/sessions/${session.id}`}>{t('teaching.sessions.sheet')}</Link>
                      <SignInSheetLink
                        sessionId={session.id}
                        session={`${format.date(session.startsAt)} ${format.time(session.startsAt)}`}
                        className="print-link"
                      />
                    </>
                  ) : null}
                  {renderActions?.(session)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { ErrorMessage, useErrorText } from '../../../app/components/ErrorMessage';
import { FormError } from '../../../app/components/FormError';
import { Loading } from '../../../app/components/Loading';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { getFragmentData } from '../../../gql';
import { hasAnyRole, staffRoles, useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { ConfirmPanel } from '../../../app/components/ConfirmPanel';
import { ScheduleSessionsForm } from '../components/ScheduleSessionsForm';
import { SessionEditForm } from '../components/SessionEditForm';
import { SessionRowFragment, SessionsTable, type SessionRowData } from '../components/SessionsTable';
import { CohortSessionsQuery } from '../graphql/cohort';
import { useUpdateSession } from '../hooks/useTeachingMutations';
import { localDay } from '../lib/schedule';

/** The heading of a panel that opens below the button pressed: focus moves to it, so the panel is seen and read. */
function FocusedHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h3 ref={ref} tabIndex={-1}>
      {children}
    </h3>
  );
}

type Editing = { session: SessionRowData; mode: 'edit' | 'cancel' | 'reinstate' };

/** The cohort's sessions; coordinators schedule (one or several days at once), move and cancel them. */
export default function CohortSessionsTab() {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorText = useErrorText();
  const { cohortId = '' } = useParams();
  const location = useLocation();
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;
  const { user } = useCurrentUser();
  const isStaff = hasAnyRole(user?.roles, staffRoles);
  const [now] = useState(() => new Date());
  const { data, loading, error, refetch } = useQuery(CohortSessionsQuery, { variables: { id: cohortId } });
  const [updateSession, { loading: updating }] = useUpdateSession(cohortId);
  const [scheduling, setScheduling] = useState(justCreated);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [message, setMessage] = useState<string | null>(justCreated ? t('teaching.newCohort.created') : null);
  const [actionError, setActionError] = useState<string | null>(null);

  if (!data) {
    if (loading) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return null;
  }
  const cohort = data.cohort;
  if (!cohort) return null;
  const sessions = getFragmentData(SessionRowFragment, cohort.sessions);
  const lastSession = sessions.at(-1);

  async function setCancelled(session: SessionRowData, cancelled: boolean): Promise<void> {
    setActionError(null);
    try {
      await updateSession({ variables: { input: { id: session.id, cancelled } } });
      setEditing(null);
      setMessage(cancelled ? t('teaching.sessions.cancelledDone') : t('teaching.sessions.reinstatedDone'));
    } catch (caught: unknown) {
      setActionError(errorText(caught));
    }
  }

  const whenOf = (session: SessionRowData) =>
    `${format.date(session.startsAt)} ${t('teaching.timeRange', { start: format.time(session.startsAt), end: format.time(session.endsAt) })}`;

  return (
    <section aria-labelledby="sessions-title">
      <div className="section-heading">
        <h2 id="sessions-title">{t('teaching.sessions.title')}</h2>
        {isStaff && !scheduling && !cohort.cancelled && (
          <button
            type="button"
            className="button-primary"
            onClick={() => {
              setMessage(null);
              setScheduling(true);
            }}
          >
            {t('teaching.schedule.open')}
          </button>
        )}
      </div>
      <div aria-live="polite">{message ? <p className="alert alert-success">{message}</p> : null}</div>
      {isStaff && scheduling && (
        <>
          <ScheduleSessionsForm
            cohortId={cohort.id}
            modules={cohort.course.modules}
            cohortVenue={cohort.venue ?? null}
            defaultDate={lastSession ? localDay(new Date(new Date(lastSession.startsAt).getTime() + 86_400_000)) : localDay(now)}
            onScheduled={(count) => {
              setScheduling(false);
              setMessage(t('teaching.schedule.done', { count }));
            }}
          />
          <p>
            <button type="button" className="button-link" onClick={() => setScheduling(false)}>
              {t('teaching.schedule.close')}
            </button>
          </p>
        </>
      )}
      {editing && (
        <div className="card editing-panel">
          <FocusedHeading key={`${editing.session.id}-${editing.mode}`}>
            {t('teaching.sessions.editing', { when: whenOf(editing.session) })}
          </FocusedHeading>
          <FormError message={actionError} />
          {editing.mode === 'edit' ? (
            <SessionEditForm
              cohortId={cohort.id}
              session={editing.session}
              modules={cohort.course.modules}
              onDone={(saved) => {
                setEditing(null);
                if (saved) setMessage(t('common.saved'));
              }}
            />
          ) : (
            <ConfirmPanel
              title={editing.mode === 'cancel' ? t('teaching.sessions.confirmCancel') : t('teaching.sessions.confirmReinstate')}
              confirmLabel={editing.mode === 'cancel' ? t('teaching.sessions.cancel') : t('teaching.sessions.reinstate')}
              cancelLabel={t('teaching.keep')}
              busy={updating}
              onConfirm={() => void setCancelled(editing.session, editing.mode === 'cancel')}
              onCancel={() => setEditing(null)}
            />
          )}
        </div>
      )}
      {sessions.length === 0 ? (
        <p>{t('teaching.sessions.none')}</p>
      ) : (
        <SessionsTable
          cohortId={cohort.id}
          sessions={cohort.sessions}
          now={now}
          canTakeAttendance={cohort.viewerTeaches}
          renderActions={
            isStaff
              ? (session) => (
                  <span className="row-buttons">
                    <button
                      type="button"
                      className="button-link"
                      aria-label={t('teaching.sessions.editLabel', { when: whenOf(session) })}
                      onClick={() => {
                        setMessage(null);
                        setActionError(null);
                        setEditing({ session, mode: 'edit' });
                      }}
                    >
                      {t('common.edit')}
                    </button>
                    <button
                      type="button"
                      className="button-link"
                      aria-label={t(session.cancelled ? 'teaching.sessions.reinstateLabel' : 'teaching.sessions.cancelLabel', {
                        when: whenOf(session),
                      })}
                      onClick={() => {
                        setMessage(null);
                        setActionError(null);
                        setEditing({ session, mode: session.cancelled ? 'reinstate' : 'cancel' });
                      }}
                    >
                      {session.cancelled ? t('teaching.sessions.reinstate') : t('teaching.sessions.cancel')}
                    </button>
                  </span>
                )
              : undefined
          }
        />
      )}
    </section>
  );
}

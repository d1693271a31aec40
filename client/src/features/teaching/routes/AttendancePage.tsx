import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage, useErrorText } from '../../../app/components/ErrorMessage';
import { FormError } from '../../../app/components/FormError';
import { Loading } from '../../../app/components/Loading';
import { NotFound } from '../../../app/components/NotFound';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { getFragmentData } from '../../../gql';
import { SignInSheetLink } from '../../certificates/components/SignInSheetLink';
import { AttendanceSheet, AttendanceSheetFragment, toSheetLine } from '../components/AttendanceSheet';
import { CheckInPanel, CheckInPanelFragment } from '../components/CheckInPanel';
import { SessionPhaseBadge } from '../components/StatusBadges';
import { AttendancePageQuery } from '../graphql/delivery';
import { useRecordAttendance } from '../hooks/useTeachingMutations';
import {
  allowedStatuses,
  changedLines,
  emptyDraft,
  markUnmarkedPresent,
  setNote,
  setStatus,
  sheetMarks,
  sheetStatuses,
  tally,
  type Draft,
} from '../lib/attendance-sheet';
import { sessionPhase } from '../lib/cohorts';

/** While self check-in is open the sheet refreshes, so trainees who check in appear. */
const CHECK_IN_POLL_MS = 10_000;

/** Mark everyone present, change the exceptions, save once. */
export default function AttendancePage() {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const format = useFormatters();
  const errorText = useErrorText();
  const { cohortId = '', sessionId = '' } = useParams();
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(AttendancePageQuery, { variables: { id: sessionId } });
  const [recordAttendance, { loading: saving }] = useRecordAttendance(cohortId);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [now, setNow] = useState(() => new Date());
  const session = data?.trainingSession;
  const open = session ? getFragmentData(CheckInPanelFragment, session).checkInOpen : false;
  useEffect(() => {
    if (!open) return;
    startPolling(CHECK_IN_POLL_MS);
    return () => stopPolling();
  }, [open, startPolling, stopPolling]);
  useDocumentTitle(session ? t('teaching.sheet.title', { module: session.module.title }) : t('teaching.sheet.titlePlain'));

  const lines = session ? getFragmentData(AttendanceSheetFragment, session.attendanceSheet) : [];
  const sheetLines = lines.map(toSheetLine);
  const changed = changedLines(sheetLines, draft);
  const dirty = changed.length > 0;

  // Leaving with unsaved marks asks first (a closed tab or a reload; links inside the app do not).
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  if (!data) {
    if (loading) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return null;
  }
  if (!session || session.cohort.id !== cohortId) return <NotFound message={t('teaching.sheet.notFound')} />;

  const allowed = session.cohort.viewerTeaches ? allowedStatuses(session, now) : [];
  const phase = sessionPhase(session, now);
  const counts = tally(sheetLines, draft);
  const selfCheckIns = lines.filter((line) => line.record?.selfCheckedIn).length;

  async function save(event?: FormEvent<HTMLFormElement>): Promise<void> {
    event?.preventDefault();
    if (saving || !dirty) return;
    setSaveError(null);
    setSavedAt(null);
    setNow(new Date());
    const marks = sheetMarks(sheetLines, draft);
    if (marks.length === 0) {
      setSaveError(t('teaching.sheet.nothingToSave'));
      return;
    }
    try {
      await recordAttendance({
        variables: { input: { sessionId, marks } },
        refetchQueries: [AttendancePageQuery],
        awaitRefetchQueries: true,
      });
      setDraft(emptyDraft);
      setSavedAt(new Date().toISOString());
    } catch (caught: unknown) {
      setSaveError(errorText(caught));
    }
  }

  return (
    <section className="page attendance-page">
      <p className="breadcrumb">
        <Link to={`/cohorts/${session.cohort.id}/sessions`}>{t('teaching.sheet.back', { title: session.cohort.title })}</Link>
      </p>
      <h1>{session.module.title}</h1>
      <p className="meta status-line">
        <SessionPhaseBadge phase={phase} />
        <span>
          {format.date(session.startsAt)} ·{' '}
          {t('teaching.timeRange', { start: format.time(session.startsAt), end: format.time(session.endsAt) })}
        </span>
        {session.venue ? <span>· {session.venue}</span> : null}
      </p>
      {/* Paper for a room without devices: everyone on the roster, in English and the cohort's language. */}
      {session.cohort.viewerTeaches && !session.cancelled ? (
        <p className="sheet-print">
          <SignInSheetLink sessionId={session.id} />
        </p>
      ) : null}

      {session.cohort.viewerTeaches ? <CheckInPanel session={session} selfCheckIns={selfCheckIns} /> : null}

      {session.cancelled ? <p className="notice">{t('teaching.sheet.cancelled')}</p> : null}
      {!session.cancelled && phase === 'upcoming' ? <p className="notice">{t('teaching.sheet.future')}</p> : null}
      {!session.cohort.viewerTeaches ? <p className="notice">{t('teaching.sheet.readOnly')}</p> : null}

      <h2 id="sheet-title">{t('teaching.sheet.heading', { count: lines.length })}</h2>
      {lines.length === 0 ? (
        <p>{t('teaching.sheet.empty')}</p>
      ) : (
        <form className="sheet-form" aria-labelledby="sheet-title" onSubmit={(event) => void save(event)} noValidate>
          {allowed.length > 1 ? (
            <div className="sheet-tools">
              <button
                type="button"
                className="button-secondary"
                disabled={counts.UNMARKED === 0}
                onClick={() => {
                  setSavedAt(null);
                  setDraft((previous) => markUnmarkedPresent(sheetLines, previous));
                }}
              >
                {t('teaching.sheet.markAllPresent')}
              </button>
              <p className="hint">
                {t('teaching.sheet.markAllHint')} <span className="keyboard-hint">{t('teaching.sheet.keyboardHint')}</span>
              </p>
            </div>
          ) : null}
          <AttendanceSheet
            lines={lines}
            draft={draft}
            allowed={allowed}
            onStatus={(line, status) => {
              setSavedAt(null);
              setDraft((previous) => setStatus(previous, line, status));
            }}
            onNote={(line, note) => {
              setSavedAt(null);
              setDraft((previous) => setNote(previous, line, note));
            }}
            onSave={() => void save()}
          />
          {allowed.length > 0 ? (
            <div className="sheet-footer">
              <p className="sheet-tally" data-testid="sheet-tally">
                {sheetStatuses.map((status) => (
                  <span key={status}>
                    {labels.attendanceStatus(status)} <strong>{counts[status]}</strong>
                  </span>
                ))}
                <span>
                  {t('teaching.sheet.unmarked')} <strong>{counts.UNMARKED}</strong>
                </span>
              </p>
              <FormError message={saveError} />
              <div className="sheet-save">
                <p role="status" className={dirty ? 'unsaved' : 'saved'} data-testid="sheet-state">
                  {dirty
                    ? t('teaching.sheet.unsaved', { count: changed.length })
                    : savedAt
                      ? t('teaching.sheet.savedAt', { time: format.time(savedAt) })
                      : t('teaching.sheet.noChanges')}
                </p>
                <button type="submit" className="button-primary" disabled={saving || !dirty}>
                  {saving ? t('common.saving') : t('teaching.sheet.save')}
                </button>
              </div>
            </div>
          ) : null}
        </form>
      )}
    </section>
  );
}

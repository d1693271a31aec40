import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { FormError } from '../../../app/components/FormError';
import { Loading } from '../../../app/components/Loading';
import { NotFound } from '../../../app/components/NotFound';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { useSaveState } from '../../../app/hooks/useSaveState';
import { getFragmentData, type FragmentType } from '../../../gql';
import type { AttendanceStatus } from '../../../gql/graphql';
import { CheckInSession, CheckInSessionFragment } from '../components/CheckInSession';
import { CheckInChoicesQuery, CheckInSessionQuery } from '../graphql/learning';
import { useCheckIn } from '../hooks/useLearningMutations';
import { CHECK_IN_CODE_LENGTH, isCompleteCheckInCode, normaliseCheckInCode } from '../lib/check-in-code';

/**
 * /learning/check-in/:sessionId?code=…: the trainer's QR code opens this page with the code filled
 * in. Without a session in the address (someone typing the code), the trainee's sessions in progress
 * are offered.
 */
export default function CheckInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('learning.checkIn.title'));
  const { sessionId } = useParams();
  return (
    <section className="page page-narrow check-in-page">
      <p className="breadcrumb">
        <Link to="/learning">{t('learning.back')}</Link>
      </p>
      <h1>{t('learning.checkIn.title')}</h1>
      {sessionId ? <KnownSession sessionId={sessionId} /> : <ChooseSession />}
    </section>
  );
}

function KnownSession({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CheckInSessionQuery, { variables: { id: sessionId } });
  if (!data) {
    if (loading) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return null;
  }
  if (!data.trainingSession) return <NotFound message={t('learning.checkIn.noSession')} />;
  return <CheckInForm session={data.trainingSession} />;
}

function ChooseSession() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CheckInChoicesQuery, { fetchPolicy: 'network-only' });
  const [chosen, setChosen] = useState<string | null>(null);
  if (!data) {
    if (loading) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return null;
  }
  const sessions = data.myEnrolments
    .filter((enrolment) => enrolment.status === 'APPROVED')
    .flatMap((enrolment) => enrolment.cohort.sessions)
    .filter((session) => session.inProgress && !session.cancelled);
  if (sessions.length === 0) {
    return (
      <>
        <p className="notice">{t('learning.checkIn.nothingNow')}</p>
        <button type="button" className="button-secondary" onClick={() => void refetch()}>
          {t('errors.retry')}
        </button>
      </>
    );
  }
  const selected = sessions.length === 1 ? sessions[0] : sessions.find((session) => session.id === chosen);
  return (
    <>
      {sessions.length > 1 && (
        <fieldset className="session-choice">
          <legend>{t('learning.checkIn.whichSession')}</legend>
          {sessions.map((session) => (
            <label key={session.id} className="choice">
              <input
                type="radio"
                name="session"
                value={session.id}
                checked={chosen === session.id}
                onChange={() => setChosen(session.id)}
              />
              <SessionLabel session={session} />
            </label>
          ))}
        </fieldset>
      )}
      {selected && <CheckInForm key={selected.id} session={selected} />}
    </>
  );
}

function SessionLabel({ session: sessionRef }: { session: FragmentType<typeof CheckInSessionFragment> }) {
  const format = useFormatters();
  const session = getFragmentData(CheckInSessionFragment, sessionRef);
  return (
    <span>
      {session.module.title} · {format.time(session.startsAt)}–{format.time(session.endsAt)}
      <br />
      <span className="meta">{session.cohort.title}</span>
    </span>
  );
}

function CheckInForm({ session: sessionRef }: { session: FragmentType<typeof CheckInSessionFragment> }) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const session = getFragmentData(CheckInSessionFragment, sessionRef);
  const [code, setCode] = useState(() => normaliseCheckInCode(searchParams.get('code') ?? ''));
  const [incomplete, setIncomplete] = useState(false);
  const [result, setResult] = useState<{ status: AttendanceStatus; at: string } | null>(null);
  const [checkIn, { loading }] = useCheckIn(session.id);
  const save = useSaveState();
  const attended = session.attendance.find((record) => record.status === 'PRESENT' || record.status === 'LATE');
  const shown = result ?? (attended ? { status: attended.status, at: attended.updatedAt } : null);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    save.reset();
    if (!isCompleteCheckInCode(code)) {
      setIncomplete(true);
      return;
    }
    setIncomplete(false);
    try {
      const { data } = await checkIn({ variables: { input: { sessionId: session.id, code: normaliseCheckInCode(code) } } });
      if (data) setResult({ status: data.checkIn.record.status, at: data.checkIn.record.updatedAt });
    } catch (caught: unknown) {
      save.fail(caught);
    }
  }

  return (
    <>
      <CheckInSession session={sessionRef} />
      {shown ? (
        <CheckInResult status={shown.status} at={shown.at} />
      ) : (
        <form className="form check-in-form" onSubmit={(event) => void submit(event)} noValidate>
          <FormError message={incomplete ? t('learning.checkIn.incomplete', { length: CHECK_IN_CODE_LENGTH }) : save.error} />
          <div className={save.fields.code || incomplete ? 'field field-invalid' : 'field'}>
            <label htmlFor="check-in-code">{t('learning.checkIn.code')}</label>
            <p className="hint" id="check-in-code-hint">
              {t('learning.checkIn.codeHint', { length: CHECK_IN_CODE_LENGTH })}
            </p>
            <input
              id="check-in-code"
              name="code"
              className="code-input"
              value={code}
              autoComplete="one-time-code"
              autoCapitalize="characters"
              autoCorrect="off"
              spellCheck={false}
              inputMode="text"
              maxLength={CHECK_IN_CODE_LENGTH + 3}
              aria-describedby="check-in-code-hint"
              aria-invalid={save.fields.code || incomplete ? true : undefined}
              onChange={(event) => setCode(event.target.value.toUpperCase())}
            />
          </div>
          <button type="submit" className="button-primary button-large" disabled={loading}>
            {loading ? t('learning.checkIn.checking') : t('learning.checkIn.action')}
          </button>
        </form>
      )}
    </>
  );
}

function CheckInResult({ status, at }: { status: AttendanceStatus; at: string }) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const format = useFormatters();
  return (
    <div
      className={status === 'LATE' ? 'check-in-result late' : 'check-in-result'}
      role="status"
      data-testid="check-in-result"
      data-status={status}
    >
      <p className="check-in-status">{labels.attendanceStatus(status)}</p>
      <p>
        {status === 'LATE'
          ? t('learning.checkIn.late', { time: format.time(at) })
          : t('learning.checkIn.present', { time: format.time(at) })}
      </p>
      <p>
        <Link to="/learning">{t('learning.back')}</Link>
      </p>
    </div>
  );
}

import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmPanel } from '../../../app/components/ConfirmPanel';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { FormError } from '../../../app/components/FormError';
import { Loading } from '../../../app/components/Loading';
import { CertificateIssueJobQuery } from '../graphql/certificates';
import { useIssueJob } from '../hooks/useIssueJob';
import { POLL_INTERVAL_MS, shouldPoll } from '../lib/issue-job';
import { IssueProgress } from './IssueProgress';

/**
 * Issue to everyone the preview shows as qualifying: a confirm step, then the batch runs on the
 * server while this polls its progress; when it ends, the page reloads its lists.
 */
export function IssueCertificatesPanel({
  cohortId,
  enrolmentIds,
  onFinished,
}: {
  cohortId: string;
  /** The qualifying enrolments of the preview: exactly these are issued. */
  enrolmentIds: readonly string[];
  onFinished: () => void;
}) {
  const { t } = useTranslation();
  const job = useIssueJob(cohortId);
  const [confirming, setConfirming] = useState(false);
  const count = enrolmentIds.length;

  if (job.jobId) return <IssueJob key={job.jobId} jobId={job.jobId} onFinished={onFinished} onDismiss={job.forget} />;
  if (count === 0) return <p className="notice">{t('certificates.issue.nothing')}</p>;

  return (
    <div className="issue-panel">
      <FormError message={job.error} />
      {confirming ? (
        <ConfirmPanel
          title={t('certificates.issue.confirmTitle', { count })}
          confirmLabel={job.starting ? t('certificates.issue.starting') : t('certificates.issue.action', { count })}
          cancelLabel={t('common.cancel')}
          busy={job.starting}
          onConfirm={() => void job.start(enrolmentIds).then((started) => started && setConfirming(false))}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('certificates.issue.confirmBody')}</p>
        </ConfirmPanel>
      ) : (
        <button type="button" className="button-primary" onClick={() => setConfirming(true)}>
          {t('certificates.issue.action', { count })}
        </button>
      )}
    </div>
  );
}

/** Polls one job about twice a second while it runs, and tells the page once when it has ended. */
function IssueJob({ jobId, onFinished, onDismiss }: { jobId: string; onFinished: () => void; onDismiss: () => void }) {
  const { data, error, refetch, stopPolling } = useQuery(CertificateIssueJobQuery, {
    variables: { id: jobId },
    fetchPolicy: 'network-only',
    pollInterval: POLL_INTERVAL_MS,
  });
  const ended = data !== undefined && !shouldPoll(data.certificateIssueJob);
  const told = useRef(false);

  useEffect(() => {
    if (!ended) return;
    stopPolling();
    if (!told.current) {
      told.current = true;
      onFinished();
    }
  }, [ended, stopPolling, onFinished]);

  if (data === undefined) {
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return <Loading />;
  }
  return (
    <>
      {error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      <IssueProgress job={data.certificateIssueJob ?? null} onDismiss={onDismiss} />
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { jobView } from '../lib/issue-job';

export const IssueProgressFragment = graphql(`
  fragment IssueProgress_job on CertificateIssueJob {
    id
    state
    total
    done
    issued
    skipped
    error
  }
`);

/** A batch being issued: a progress bar with done of total, then what was issued and skipped. */
export function IssueProgress({
  job: jobRef,
  onDismiss,
}: {
  /** Null when the server no longer knows the job. */
  job: FragmentType<typeof IssueProgressFragment> | null;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const view = jobView(getFragmentData(IssueProgressFragment, jobRef));
  const dismiss = (
    <button type="button" className="button-secondary" onClick={onDismiss}>
      {t('certificates.issue.dismiss')}
    </button>
  );

  switch (view.phase) {
    case 'running':
      return (
        <div className="issue-progress card" data-testid="issue-progress" data-phase="running">
          <p className="issue-progress-title">{t('certificates.issue.running')}</p>
          {/* Without a total the bar is indeterminate: the server is still listing who to issue to. */}
          <progress max={view.total || undefined} value={view.total ? view.done : undefined} aria-label={t('certificates.issue.running')} />
          <p role="status" className="issue-progress-count">
            {view.percent === null
              ? t('certificates.issue.preparing')
              : t('certificates.issue.progress', { done: view.done, total: view.total, percent: view.percent })}
          </p>
        </div>
      );
    case 'finished':
      return (
        <div className="issue-progress alert alert-success" data-testid="issue-progress" data-phase="finished" role="status">
          <p className="issue-progress-title">{t('certificates.issue.finished')}</p>
          <progress max={1} value={1} aria-hidden="true" />
          <ul className="issue-counts" data-testid="issue-result">
            <li>{t('certificates.issue.issued', { count: view.issued })}</li>
            <li>{t('certificates.issue.skipped', { count: view.skipped })}</li>
          </ul>
          {view.skipped > 0 && <p>{t('certificates.issue.skippedHelp')}</p>}
          {dismiss}
        </div>
      );
    case 'failed':
      return (
        <div className="issue-progress alert alert-error" data-testid="issue-progress" data-phase="failed" role="alert">
          <p className="issue-progress-title">{t('certificates.issue.failed', { done: view.done, total: view.total })}</p>
          {view.error ? <p className="meta">{view.error}</p> : null}
          <p>{t('certificates.issue.again')}</p>
          {dismiss}
        </div>
      );
    case 'lost':
      return (
        <div className="issue-progress notice" data-testid="issue-progress" data-phase="lost" role="status">
          <p>{t('certificates.issue.lost')}</p>
          {dismiss}
        </div>
      );
  }
}

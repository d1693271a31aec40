import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { modulesPassed } from '../lib/enrolments';

export const ProgressOverviewFragment = graphql(`
  fragment ProgressOverview_progress on EnrolmentProgress {
    attendanceRate
    sessionsHeld
    sessionsAttended
    sessionsScheduled
    completed
    modules {
      postTestPassed
    }
  }
`);

export function ProgressOverview({ progress: progressRef }: { progress: FragmentType<typeof ProgressOverviewFragment> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const progress = getFragmentData(ProgressOverviewFragment, progressRef);
  const passed = modulesPassed(progress.modules);
  return (
    <>
      {progress.completed && <p className="alert alert-success">{t('learning.progress.completed')}</p>}
      <dl className="stats">
        <div>
          <dt>{t('learning.progress.attendance')}</dt>
          <dd>{progress.attendanceRate == null ? t('common.none') : format.percent(progress.attendanceRate)}</dd>
        </div>
        <div>
          <dt>{t('learning.progress.sessions')}</dt>
          <dd>
            {t('learning.progress.sessionsValue', {
              attended: progress.sessionsAttended,
              held: progress.sessionsHeld,
            })}
            <span className="stat-note">{t('learning.progress.sessionsScheduled', { count: progress.sessionsScheduled })}</span>
          </dd>
        </div>
        <div>
          <dt>{t('learning.progress.modulesPassed')}</dt>
          <dd>{t('learning.progress.ofTotal', { done: passed.passed, total: passed.total })}</dd>
        </div>
      </dl>
    </>
  );
}

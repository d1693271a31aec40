import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const ModuleProgressTableFragment = graphql(`
  fragment ModuleProgressTable_progress on EnrolmentProgress {
    modules {
      module {
        id
        slug
        title
        position
      }
      sessionsScheduled
      sessionsHeld
      sessionsAttended
      preTest {
        id
        score
        passed
      }
      postTest {
        id
        score
        passed
      }
      postTestAttempts
      postTestPassed
      actionPlanStatus
    }
  }
`);

/** Per module: sessions attended, pre- and post-test, action plan; each module links to its lesson. */
export function ModuleProgressTable({
  progress: progressRef,
  courseSlug,
}: {
  progress: FragmentType<typeof ModuleProgressTableFragment>;
  courseSlug: string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useEnumLabels();
  const { modules } = getFragmentData(ModuleProgressTableFragment, progressRef);
  const caption = t('learning.modules.caption');
  return (
    <div className="table-scroll stack-on-phone" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table" data-testid="module-progress">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('learning.modules.module')}</th>
            <th scope="col">{t('learning.modules.sessions')}</th>
            <th scope="col">{t('enums.assessmentKind.PRE_TEST')}</th>
            <th scope="col">{t('enums.assessmentKind.POST_TEST')}</th>
            <th scope="col">{t('enums.assessmentKind.ACTION_PLAN')}</th>
          </tr>
        </thead>
        <tbody>
          {modules.map((entry) => (
            <tr key={entry.module.id}>
              <th scope="row">
                <span className="meta">{t('course.modulePosition', { position: entry.module.position })}</span>
                <br />
                <Link to={`/courses/${encodeURIComponent(courseSlug)}/modules/${encodeURIComponent(entry.module.slug)}`}>
                  {entry.module.title}
                </Link>
              </th>
              <td data-label={t('learning.modules.sessions')}>
                <div>
                  {t('learning.modules.sessionsValue', { attended: entry.sessionsAttended, held: entry.sessionsHeld })}
                  {entry.sessionsScheduled > entry.sessionsHeld && (
                    <span className="meta"> {t('learning.modules.scheduled', { count: entry.sessionsScheduled })}</span>
                  )}
                </div>
              </td>
              <td data-label={t('enums.assessmentKind.PRE_TEST')}>
                <div>
                  {entry.preTest ? format.score(entry.preTest.score) : <span className="meta">{t('learning.modules.notTaken')}</span>}
                </div>
              </td>
              <td data-label={t('enums.assessmentKind.POST_TEST')}>
                <div>
                  {entry.postTest ? (
                    <>
                      {format.score(entry.postTest.score)}{' '}
                      <span className={entry.postTestPassed ? 'badge badge-create' : 'badge badge-invalid'}>
                        {entry.postTestPassed ? t('learning.tests.passed') : t('learning.tests.notPassed')}
                      </span>
                      {entry.postTestAttempts > 1 && (
                        <span className="meta"> {t('learning.modules.attempts', { count: entry.postTestAttempts })}</span>
                      )}
                    </>
                  ) : (
                    <span className="meta">{t('learning.modules.notTaken')}</span>
                  )}
                </div>
              </td>
              <td data-label={t('enums.assessmentKind.ACTION_PLAN')}>
                <div>
                  {entry.actionPlanStatus ? (
                    labels.actionPlanStatus(entry.actionPlanStatus)
                  ) : (
                    <span className="meta">{t('common.none')}</span>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

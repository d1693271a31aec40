import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { NotFound } from '../../../app/components/NotFound';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { MyCertificate } from '../../certificates/components/MyCertificate';
import { ActionPlanList } from '../components/ActionPlanList';
import { EnrolmentHistory } from '../components/EnrolmentHistory';
import { EnrolmentSummary } from '../components/EnrolmentSummary';
import { ModuleProgressTable } from '../components/ModuleProgressTable';
import { ProgressOverview } from '../components/ProgressOverview';
import { RequirementList } from '../components/RequirementList';
import { TestList } from '../components/TestList';
import { WithdrawEnrolment } from '../components/WithdrawEnrolment';
import { EnrolmentPageQuery } from '../graphql/learning';
import { holdsSeat, withdrawableStatuses } from '../lib/enrolments';

/** /learning/:enrolmentId: status, progress per module, completion rules, tests, action plans, history. */
export default function EnrolmentPage() {
  const { t } = useTranslation();
  const { enrolmentId = '' } = useParams();
  const location = useLocation();
  const applied = (location.state as { applied?: boolean } | null)?.applied === true;
  const { data: current, previousData, loading, error, refetch } = useQuery(EnrolmentPageQuery, { fetchPolicy: 'cache-and-network' });
  const data = current ?? previousData;
  const enrolment = data?.myEnrolments.find((candidate) => candidate.id === enrolmentId);
  useDocumentTitle(enrolment?.cohort.title ?? t('learning.title'));
  const loaded = enrolment !== undefined;
  // Links such as "2 tests are open for you now" point at a section (#tests) of a page that loads first.
  useEffect(() => {
    if (loaded && location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [loaded, location.hash]);

  if (!data) {
    if (loading) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return null;
  }
  if (!enrolment) return <NotFound message={t('learning.enrolment.notFound')} />;

  const { course } = enrolment.cohort;
  const modules = [...course.modules].sort((a, b) => a.position - b.position);
  const seat = holdsSeat(enrolment.status);

  return (
    <section className="page enrolment-page">
      <p className="breadcrumb">
        <Link to="/learning">{t('learning.back')}</Link>
      </p>
      <p className="eyebrow">
        <Link to={`/courses/${encodeURIComponent(course.slug)}`}>{course.title}</Link>
      </p>
      <h1>{enrolment.cohort.title}</h1>
      <div aria-live="polite">{applied ? <p className="alert alert-success">{t('learning.apply.done')}</p> : null}</div>
      <EnrolmentSummary enrolment={enrolment} />
      {enrolment.certificate && (
        <section aria-labelledby="enrolment-certificate">
          <h2 id="enrolment-certificate">{t('certificates.mine.sectionTitle')}</h2>
          <div className="card">
            <MyCertificate certificate={enrolment.certificate} />
          </div>
        </section>
      )}

      {seat && (
        <>
          <section aria-labelledby="enrolment-progress">
            <h2 id="enrolment-progress">{t('learning.progress.title')}</h2>
            <ProgressOverview progress={enrolment.progress} />
            <h3>{t('learning.requirement.title')}</h3>
            <RequirementList progress={enrolment.progress} />
          </section>
          <section aria-labelledby="enrolment-modules">
            <h2 id="enrolment-modules">{t('learning.modules.title')}</h2>
            <ModuleProgressTable progress={enrolment.progress} courseSlug={course.slug} />
          </section>
          <section aria-labelledby="enrolment-tests" id="tests">
            <h2 id="enrolment-tests">{t('learning.tests.title')}</h2>
            <TestList tests={enrolment.tests} modules={modules} enrolmentId={enrolment.id} />
          </section>
          <section aria-labelledby="enrolment-plans">
            <h2 id="enrolment-plans">{t('learning.plans.title')}</h2>
            <p className="meta">{t('learning.plans.intro')}</p>
            <ActionPlanList plans={enrolment.actionPlans} enrolmentId={enrolment.id} canWrite />
          </section>
        </>
      )}
      {!seat && (
        <section aria-labelledby="enrolment-modules">
          <h2 id="enrolment-modules">{t('learning.modules.title')}</h2>
          <p>{t('learning.modules.readBefore')}</p>
          <ol className="plain-list numbered">
            {modules.map((module) => (
              <li key={module.id}>
                <Link to={`/courses/${encodeURIComponent(course.slug)}/modules/${encodeURIComponent(module.slug)}`}>{module.title}</Link>
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="enrolment-history">
        <h2 id="enrolment-history">{t('learning.history.title')}</h2>
        <EnrolmentHistory changes={enrolment.history} />
      </section>
      {withdrawableStatuses.includes(enrolment.status) && (
        <WithdrawEnrolment enrolmentId={enrolment.id} approved={enrolment.status === 'APPROVED'} />
      )}
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useParams } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { NotFound } from '../../../app/components/NotFound';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { hasAnyRole, staffRoles, useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { CohortStatus } from '../components/CohortsTable';
import { CohortLayoutQuery } from '../graphql/cohort';

/** The cohort page: its header and a tab per part (overview, sessions, people, applications, scores, plans, history, certificates). */
export default function CohortLayout() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { cohortId = '' } = useParams();
  const { user } = useCurrentUser();
  const isStaff = hasAnyRole(user?.roles, staffRoles);
  const { data, loading, error, refetch } = useQuery(CohortLayoutQuery, { variables: { id: cohortId } });
  const cohort = data?.cohort;
  useDocumentTitle(cohort?.title ?? t('teaching.list.title'));
  const { pathname } = useLocation();
  const tabsRef = useRef<HTMLElement>(null);
  // On a phone the tabs scroll sideways: keep the open one in sight (Certificates, the last, is often off the edge).
  useEffect(() => {
    const nav = tabsRef.current;
    const active = nav?.querySelector<HTMLElement>('a.active');
    if (!nav || !active) return;
    const outer = nav.getBoundingClientRect();
    const inner = active.getBoundingClientRect();
    if (inner.right > outer.right) nav.scrollLeft += inner.right - outer.right;
    else if (inner.left < outer.left) nav.scrollLeft -= outer.left - inner.left;
  }, [pathname, cohort?.id]);

  if (!data) {
    if (loading) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return null;
  }
  if (!cohort) return <NotFound message={t('teaching.cohort.notFound')} />;

  const pending = cohort.pendingApplications.totalCount;
  const toReview = cohort.plansToReview.length;
  const tabs = [
    { to: '', label: t('teaching.tabs.overview'), end: true },
    { to: 'sessions', label: t('teaching.tabs.sessions') },
    { to: 'people', label: t('teaching.tabs.people') },
    ...(isStaff ? [{ to: 'applications', label: t('teaching.tabs.applications'), count: pending }] : []),
    { to: 'gradebook', label: t('teaching.tabs.gradebook') },
    { to: 'action-plans', label: t('teaching.tabs.actionPlans'), count: toReview },
    { to: 'history', label: t('teaching.tabs.history') },
    // Issuing, revoking and re-issuing are for coordinators and admins (the server checks too).
    ...(isStaff ? [{ to: 'certificates', label: t('teaching.tabs.certificates') }] : []),
  ];

  return (
    <section className="page cohort-page">
      <p className="breadcrumb">
        <Link to="/cohorts">{t('teaching.backToCohorts')}</Link>
      </p>
      <p className="eyebrow">{cohort.course.title}</p>
      <h1>{cohort.title}</h1>
      <p className="meta status-line">
        <span>{t('teaching.dateRange', { start: format.date(cohort.startsOn), end: format.date(cohort.endsOn) })}</span>
        {cohort.venue ? <span>· {cohort.venue}</span> : null}
        <span>· {t('teaching.cohort.placesValue', { taken: cohort.seatsTaken, capacity: cohort.capacity })}</span>
        <CohortStatus cohort={cohort} />
      </p>
      <nav ref={tabsRef} aria-label={t('teaching.tabs.label')} className="tabs">
        <ul>
          {tabs.map((tab) => (
            <li key={tab.to}>
              <NavLink to={tab.to === '' ? `/cohorts/${cohort.id}` : `/cohorts/${cohort.id}/${tab.to}`} end={tab.end}>
                {tab.label}
                {tab.count ? (
                  <span className="tab-count">
                    <span className="visually-hidden"> (</span>
                    {tab.count}
                    <span className="visually-hidden">)</span>
                  </span>
                ) : null}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="tab-panel">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </div>
    </section>
  );
}

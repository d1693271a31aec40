import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { Loading } from '../../../app/components/Loading';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { hasAnyRole, staffRoles, useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { FilterBar } from '../components/FilterBar';
import { useReportFilter } from '../hooks/useReportFilter';
import { donorReportUrl } from '../lib/exports';
import '../reports.css';

/** The M&E dashboard: the filter bar, then a tab per part (indicators, learning, participation, SMEs). */
export default function ReportsLayout() {
  const { t } = useTranslation();
  useDocumentTitle(t('reports.title'));
  const { language } = useFormatters();
  const { user } = useCurrentUser();
  const isStaff = hasAnyRole(user?.roles, staffRoles);
  const { filter, searchParams } = useReportFilter();
  // Tabs keep the filter; each tab's own split choice stays behind.
  const tabSearch = (() => {
    const params = new URLSearchParams(searchParams);
    for (const own of ['by', 'rows', 'heatmapCohort']) params.delete(own);
    const query = params.toString();
    return query ? `?${query}` : '';
  })();
  const tabs = [
    { to: '/reports', label: t('reports.tabs.indicators'), end: true },
    { to: '/reports/learning', label: t('reports.tabs.learning') },
    { to: '/reports/participation', label: t('reports.tabs.participation') },
    { to: '/reports/smes', label: t('reports.tabs.smes') },
  ];

  return (
    <section className="page reports-page">
      <div className="page-heading">
        <h1>{t('reports.title')}</h1>
        <a className="button-secondary" href={donorReportUrl(filter, language)} download data-testid="donor-report">
          {t('reports.donorReport')}
        </a>
      </div>
      <p className="lead">{t('reports.intro')}</p>
      {!isStaff ? <p className="notice small-cells-note">{t('reports.smallCellsNote')}</p> : null}
      <FilterBar />
      <nav aria-label={t('reports.tabs.label')} className="tabs">
        <ul>
          {tabs.map((tab) => (
            <li key={tab.to}>
              <NavLink to={{ pathname: tab.to, search: tabSearch }} end={tab.end}>
                {tab.label}
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

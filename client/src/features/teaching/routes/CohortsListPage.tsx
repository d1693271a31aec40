import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { SelectField, type Option } from '../../../app/components/fields';
import { Loading } from '../../../app/components/Loading';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { withParam } from '../../../app/search-params';
import { hasAnyRole, staffRoles, useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { CohortsTable } from '../components/CohortsTable';
import { TodaySessions } from '../components/TodaySessions';
import { CohortsListQuery, CourseOptionsQuery, TodaySessionsQuery } from '../graphql/cohorts';
import { cohortParams, cohortPeriods, cohortsFilterFromParams, cohortsVariables, inPeriod } from '../lib/cohorts';

/** Trainers see the cohorts they teach; coordinators see all. Today's sessions come first. */
export default function CohortsListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('teaching.list.title'));
  const { user } = useCurrentUser();
  const isStaff = hasAnyRole(user?.roles, staffRoles);
  const [now] = useState(() => new Date());
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = cohortsFilterFromParams(searchParams);
  const today = useQuery(TodaySessionsQuery, { fetchPolicy: 'cache-and-network' });
  const courses = useQuery(CourseOptionsQuery);
  const { data, loading, error, refetch } = useQuery(CohortsListQuery, {
    variables: cohortsVariables(filter),
    fetchPolicy: 'cache-and-network',
  });
  const cohorts = data ? inPeriod(data.cohorts, filter.period, now) : null;

  const periodOptions: Option[] = cohortPeriods.map((period) => ({ value: period, label: t(`teaching.list.period.${period}`) }));
  const courseOptions: Option[] = (courses.data?.courses ?? []).map((course) => ({ value: course.id, label: course.title }));
  const setParam = (name: string) => (value: string) => setSearchParams(withParam(searchParams, name, value), { replace: true });

  return (
    <section className="page">
      <div className="page-heading">
        <h1>{isStaff ? t('teaching.list.titleAll') : t('teaching.list.title')}</h1>
        {isStaff && (
          <Link to="/cohorts/new" className="button-primary">
            {t('teaching.list.new')}
          </Link>
        )}
      </div>

      {today.data ? <TodaySessions cohorts={today.data.cohorts} now={now} /> : null}
      {today.error && !today.data ? <ErrorMessage error={today.error} onRetry={() => void today.refetch()} /> : null}

      <h2>{t('teaching.list.cohorts')}</h2>
      <div className="filters">
        <div className="filter-row">
          <SelectField
            id="cohorts-period"
            label={t('teaching.list.periodLabel')}
            value={filter.period}
            options={periodOptions}
            onValueChange={(value) => setParam(cohortParams.period)(value === 'current' ? '' : value)}
          />
          <SelectField
            id="cohorts-course"
            label={t('teaching.cohort.course')}
            value={filter.courseId ?? ''}
            options={courseOptions}
            emptyLabel={t('common.all')}
            onValueChange={setParam(cohortParams.courseId)}
          />
        </div>
      </div>
      <p className="result-count" role="status">
        {cohorts ? t('teaching.list.count', { count: cohorts.length }) : ''}
      </p>
      {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {!data && loading ? <Loading /> : null}
      {cohorts && cohorts.length === 0 ? <p>{t('teaching.list.empty')}</p> : null}
      {cohorts && cohorts.length > 0 ? <CohortsTable cohorts={cohorts} caption={t('teaching.list.cohorts')} /> : null}
    </section>
  );
}

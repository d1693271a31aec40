import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { hasAnyRole, staffRoles, teachingRoles } from '../../auth/hooks/useCurrentUser';
import { CourseCatalogue } from '../../catalogue/components/CourseCatalogue';
import { MyLearningSummary } from '../../learning/components/MyLearningSummary';
import { ReportsCard } from '../../reports/components/ReportsCard';
import { TeachingSummary } from '../../teaching/components/TeachingSummary';
import { ProfileSummary } from '../components/ProfileSummary';
import { ProgrammeSummary } from '../components/ProgrammeSummary';
import { StaffLinks } from '../components/StaffLinks';
import { HomePageQuery } from '../graphql/home';

/** One page for every role: each role adds the sections it needs, in a fixed order. */
export function HomePage() {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  useDocumentTitle(t('app.nav.home'));
  const { data, loading, error, refetch } = useQuery(HomePageQuery);

  if (!data) {
    if (loading) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return null;
  }
  const me = data.me;
  if (!me) return <Loading />;

  const roles = me.roles;
  const isStaff = hasAnyRole(roles, staffRoles);
  const isTrainee = roles.includes('TRAINEE');
  const isViewer = roles.includes('VIEWER');
  const showsCatalogue = hasAnyRole(roles, ['TRAINEE', 'TRAINER', 'VIEWER']);

  return (
    <section className="page home">
      <h1>{me.person ? t('home.welcome', { name: me.person.fullName }) : t('home.welcomeNoName')}</h1>
      <p className="meta">{t('home.roles', { roles: roles.map((role) => labels.role(role)).join(', ') })}</p>

      {isTrainee &&
        (me.person ? <ProfileSummary person={me.person} /> : <p className="notice">{t('home.profile.noPerson')}</p>)}
      {isTrainee && <MyLearningSummary />}
      {hasAnyRole(roles, teachingRoles) && <TeachingSummary />}
      {isStaff && <StaffLinks />}
      {isViewer && <ReportsCard />}
      {isViewer && <ProgrammeSummary courses={data.courses} />}
      {showsCatalogue && (
        <section aria-labelledby="home-catalogue" className="home-catalogue">
          <h2 id="home-catalogue">{t('home.catalogueTitle')}</h2>
          {roles.includes('TRAINER') && !isTrainee && <p>{t('home.trainerIntro')}</p>}
          <CourseCatalogue courses={data.courses} headingLevel={3} />
        </section>
      )}
    </section>
  );
}

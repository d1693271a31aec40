import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { RequireRole } from '../features/auth/components/RequireRole';
import { staffRoles } from '../features/auth/hooks/useCurrentUser';
import { SignInPage } from '../features/auth/routes/SignInPage';
import { CataloguePage } from '../features/catalogue/routes/CataloguePage';
import { CoursePage } from '../features/catalogue/routes/CoursePage';
import { ModulePage } from '../features/catalogue/routes/ModulePage';
import { certificatesRoutes } from '../features/certificates/certificates-routes';
import { HomePage } from '../features/home/routes/HomePage';
import { learningRoutes } from '../features/learning/learning-routes';
import { reportsRoutes } from '../features/reports/reports-routes';
import { smesRoutes } from '../features/smes/smes-routes';
import { teachingRoutes } from '../features/teaching/teaching-routes';
import { AppShell } from './AppShell';
import { Loading } from './components/Loading';
import { NotFound } from './components/NotFound';

// Staff screens load on demand: trainees on weak connections never download them.
const PeopleListPage = lazy(() => import('../features/people/routes/PeopleListPage'));
const PersonDetailPage = lazy(() => import('../features/people/routes/PersonDetailPage'));
const PersonFormPage = lazy(() => import('../features/people/routes/PersonFormPage'));
const OrganisationsListPage = lazy(() => import('../features/organisations/routes/OrganisationsListPage'));
const OrganisationDetailPage = lazy(() => import('../features/organisations/routes/OrganisationDetailPage'));
const OrganisationFormPage = lazy(() => import('../features/organisations/routes/OrganisationFormPage'));
const NomineeImportPage = lazy(() => import('../features/nominee-import/routes/NomineeImportPage'));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route path="sign-in" element={<SignInPage />} />
        {certificatesRoutes()}
        <Route element={<RequireAuth />}>
          <Route index element={<HomePage />} />
          <Route path="catalogue" element={<CataloguePage />} />
          <Route path="courses/:slug" element={<CoursePage />} />
          <Route path="courses/:slug/modules/:moduleSlug" element={<ModulePage />} />
          {learningRoutes()}
          {teachingRoutes()}
          {smesRoutes()}
          {reportsRoutes()}
          <Route element={<RequireRole roles={staffRoles} />}>
            <Route path="people" element={<Lazy><PeopleListPage /></Lazy>} />
            <Route path="people/new" element={<Lazy><PersonFormPage /></Lazy>} />
            <Route path="people/:id" element={<Lazy><PersonDetailPage /></Lazy>} />
            <Route path="people/:id/edit" element={<Lazy><PersonFormPage /></Lazy>} />
            <Route path="organisations" element={<Lazy><OrganisationsListPage /></Lazy>} />
            <Route path="organisations/new" element={<Lazy><OrganisationFormPage /></Lazy>} />
            <Route path="organisations/:id" element={<Lazy><OrganisationDetailPage /></Lazy>} />
            <Route path="organisations/:id/edit" element={<Lazy><OrganisationFormPage /></Lazy>} />
            <Route path="import" element={<Lazy><NomineeImportPage /></Lazy>} />
          </Route>
          <Route path="*" element={<NotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}

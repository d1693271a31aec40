import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { hasAnyRole, staffRoles, teachingRoles, useCurrentUser } from '../features/auth/hooks/useCurrentUser';
import { useSignOut } from '../features/auth/hooks/useSignOut';
import { reportReaderRoles } from '../features/reports/reports-routes';
import { ErrorMessage } from './components/ErrorMessage';
import { LanguageSwitcher } from './components/LanguageSwitcher';

export function AppShell() {
  const { t } = useTranslation();
  const { user, loading } = useCurrentUser();
  const { pathname } = useLocation();
  const { signOut, signingOut, error: signOutError } = useSignOut();
  const isStaff = hasAnyRole(user?.roles, staffRoles);
  const isTeaching = hasAnyRole(user?.roles, teachingRoles);
  const isReportReader = hasAnyRole(user?.roles, reportReaderRoles);
  const isTrainee = user?.roles.includes('TRAINEE') ?? false;

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          {user && (
            <nav aria-label={t('app.nav.label')} className="main-nav">
              <ul>
                <li>
                  <NavLink to="/" end>
                    {t('app.nav.home')}
                  </NavLink>
                </li>
                {isTrainee && (
                  <li>
                    <NavLink to="/learning">{t('app.nav.learning')}</NavLink>
                  </li>
                )}
                <li>
                  <NavLink to="/catalogue">{t('app.nav.catalogue')}</NavLink>
                </li>
                {isTeaching && (
                  <li>
                    <NavLink to="/cohorts">{t('app.nav.cohorts')}</NavLink>
                  </li>
                )}
                {isTeaching && (
                  <li>
                    <NavLink to="/smes">{t('smes.nav')}</NavLink>
                  </li>
                )}
                {isStaff && (
                  <>
                    <li>
                      <NavLink to="/people">{t('app.nav.people')}</NavLink>
                    </li>
                    <li>
                      <NavLink to="/organisations">{t('app.nav.organisations')}</NavLink>
                    </li>
                    <li>
                      <NavLink to="/import">{t('app.nav.import')}</NavLink>
                    </li>
                  </>
                )}
                {isReportReader && (
                  <li>
                    <NavLink to="/reports">{t('reports.nav')}</NavLink>
                  </li>
                )}
              </ul>
            </nav>
          )}
          <div className="header-tools">
            <LanguageSwitcher />
            {/* Anonymous visitors reach only public pages (a certificate's verify page): offer the way in. */}
            {!user && !loading && pathname !== '/sign-in' && (
              <Link to="/sign-in" className="button-secondary">
                {t('signIn.submit')}
              </Link>
            )}
            {user && (
              <div className="account">
                <span className="account-email" title={t('app.signedInAs', { email: user.email })}>
                  {user.person?.fullName ?? user.email}
                </span>
                <button
                  type="button"
                  className="button-secondary"
                  data-testid="sign-out"
                  disabled={signingOut}
                  onClick={() => void signOut()}
                >
                  {t('app.signOut')}
                </button>
              </div>
            )}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {signOutError ? <ErrorMessage error={signOutError} /> : null}
        {signingOut ? (
          <p className="loading" role="status">
            {t('app.signingOut')}
          </p>
        ) : (
          <Outlet />
        )}
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}

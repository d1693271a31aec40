import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import type { Role } from '../../../gql/graphql';
import { hasAnyRole, useCurrentUser } from '../hooks/useCurrentUser';

/** Routes below need one of these roles; the server checks again, this only spares a dead end. */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  if (!hasAnyRole(user?.roles, roles)) {
    return (
      <section className="page">
        <h1>{t('errors.forbiddenTitle')}</h1>
        <p role="alert">{t('errors.forbidden')}</p>
      </section>
    );
  }
  return <Outlet />;
}

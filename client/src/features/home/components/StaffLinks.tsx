import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The coordinator's and administrator's starting points. */
export function StaffLinks() {
  const { t } = useTranslation();
  const links = [
    { to: '/people', title: t('home.staff.people'), description: t('home.staff.peopleDescription') },
    { to: '/organisations', title: t('home.staff.organisations'), description: t('home.staff.organisationsDescription') },
    { to: '/import', title: t('home.staff.import'), description: t('home.staff.importDescription') },
    { to: '/reports', title: t('reports.homeCard.title'), description: t('reports.homeCard.description') },
    { to: '/catalogue', title: t('home.staff.catalogue'), description: t('home.staff.catalogueDescription') },
  ];
  return (
    <section aria-labelledby="staff-links">
      <h2 id="staff-links">{t('home.staff.title')}</h2>
      <ul className="card-grid link-cards">
        {links.map((link) => (
          <li key={link.to} className="card">
            <h3>
              <Link to={link.to}>{link.title}</Link>
            </h3>
            <p>{link.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The viewer's way from the home page to the M&E dashboard. */
export function ReportsCard() {
  const { t } = useTranslation();
  return (
    <section className="card reports-card" aria-labelledby="reports-card-title">
      <h2 id="reports-card-title">{t('reports.homeCard.title')}</h2>
      <p>{t('reports.homeCard.description')}</p>
      <p>
        <Link to="/reports" className="button-primary">
          {t('reports.homeCard.open')}
        </Link>
      </p>
    </section>
  );
}

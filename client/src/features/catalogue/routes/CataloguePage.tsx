import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { CourseCatalogue } from '../components/CourseCatalogue';
import { CataloguePageQuery } from '../graphql/catalogue';

export function CataloguePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('catalogue.title'));
  const { data, loading, error, refetch } = useQuery(CataloguePageQuery);
  return (
    <section className="page">
      <h1>{t('catalogue.title')}</h1>
      <p className="lead">{t('catalogue.intro')}</p>
      {data ? (
        <CourseCatalogue courses={data.courses} />
      ) : loading ? (
        <Loading />
      ) : error ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : null}
    </section>
  );
}

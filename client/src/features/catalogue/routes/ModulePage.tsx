import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { NotFound } from '../../../app/components/NotFound';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { ModuleLesson } from '../components/ModuleLesson';
import { ModulePageQuery } from '../graphql/catalogue';

export function ModulePage() {
  const { t } = useTranslation();
  const { slug = '', moduleSlug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ModulePageQuery, {
    variables: { courseSlug: slug, slug: moduleSlug },
  });
  const module = data?.courseModule;
  useDocumentTitle(module?.title ?? t('catalogue.title'));

  if (!data) {
    if (loading) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return null;
  }
  if (!module) return <NotFound message={t('module.notFound')} />;

  const course = module.course;
  const coursePath = `/courses/${encodeURIComponent(course.slug)}`;
  const modules = [...course.modules].sort((a, b) => a.position - b.position);
  const index = modules.findIndex((candidate) => candidate.id === module.id);
  const previous = index > 0 ? modules[index - 1] : undefined;
  const next = index >= 0 ? modules[index + 1] : undefined;
  return (
    <section className="page page-reading">
      <p className="breadcrumb">
        <Link to={coursePath}>{t('module.back', { course: course.title })}</Link>
      </p>
      <ModuleLesson module={module} />
      <nav className="pager" aria-label={t('module.pager')}>
        {previous ? (
          <Link to={`${coursePath}/modules/${encodeURIComponent(previous.slug)}`} rel="prev">
            {t('module.previous', { title: previous.title })}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link to={`${coursePath}/modules/${encodeURIComponent(next.slug)}`} rel="next">
            {t('module.next', { title: next.title })}
          </Link>
        ) : null}
      </nav>
    </section>
  );
}

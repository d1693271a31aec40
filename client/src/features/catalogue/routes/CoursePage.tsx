import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../../app/components/ErrorMessage';
import { Loading } from '../../../app/components/Loading';
import { NotFound } from '../../../app/components/NotFound';
import { isOneOf, components } from '../../../app/enums';
import { useDocumentTitle } from '../../../app/hooks/useDocumentTitle';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { CourseCohorts } from '../../learning/components/CourseCohorts';
import { CompletionRules } from '../components/CompletionRules';
import { CourseModuleList } from '../components/CourseModuleList';
import { CoursePageQuery } from '../graphql/catalogue';

export function CoursePage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CoursePageQuery, { variables: { slug } });
  const course = data?.course;
  useDocumentTitle(course?.title ?? t('catalogue.title'));

  if (!data) {
    if (loading) return <Loading />;
    if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
    return null;
  }
  if (!course) return <NotFound message={t('course.notFound')} />;

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/catalogue">{t('course.back')}</Link>
      </p>
      <p className="eyebrow">
        {isOneOf(components, course.component)
          ? t(`enums.component.${course.component}`)
          : t('catalogue.otherComponent', { code: course.component })}
      </p>
      <h1>{course.title}</h1>
      <p className="lead">{course.summary}</p>
      <p className="meta">
        {t('catalogue.moduleCount', { count: course.modules.length })}
        <span aria-hidden="true"> · </span>
        {t('course.totalHours', { count: course.totalHours, hours: format.hours(course.totalHours) })}
      </p>
      <CourseCohorts cohorts={course.cohorts} />
      <div className="course-layout">
        <section aria-labelledby="course-modules">
          <h2 id="course-modules">{t('course.modules')}</h2>
          <CourseModuleList courseSlug={course.slug} modules={course.modules} />
        </section>
        <aside>
          <CompletionRules course={course} />
        </aside>
      </div>
    </section>
  );
}

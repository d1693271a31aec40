import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const CourseCardFragment = graphql(`
  fragment CourseCard_course on Course {
    id
    slug
    title
    summary
    totalHours
    modules {
      id
    }
  }
`);

export function CourseCard({
  course: courseRef,
  headingLevel = 3,
}: {
  course: FragmentType<typeof CourseCardFragment>;
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const { t } = useTranslation();
  const format = useFormatters();
  const course = getFragmentData(CourseCardFragment, courseRef);
  return (
    <article className="card course-card">
      <Heading>
        <Link to={`/courses/${encodeURIComponent(course.slug)}`}>{course.title}</Link>
      </Heading>
      <p className="course-summary">{course.summary}</p>
      <p className="meta">
        <span>{t('catalogue.moduleCount', { count: course.modules.length })}</span>
        <span aria-hidden="true"> · </span>
        <span>{t('catalogue.hours', { count: course.totalHours, hours: format.hours(course.totalHours) })}</span>
      </p>
    </article>
  );
}

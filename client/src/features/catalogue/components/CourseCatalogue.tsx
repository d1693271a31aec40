import { useTranslation } from 'react-i18next';
import { components, isOneOf } from '../../../app/enums';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { groupByComponent } from '../lib/group-by-component';
import { CourseCard } from './CourseCard';

export const CourseCatalogueFragment = graphql(`
  fragment CourseCatalogue_course on Course {
    id
    component
    ...CourseCard_course
  }
`);

/** Courses grouped under their programme component (A, then C, …). */
export function CourseCatalogue({
  courses: courseRefs,
  headingLevel = 2,
}: {
  courses: readonly FragmentType<typeof CourseCatalogueFragment>[];
  /** Level of the component headings; course titles sit one level below. */
  headingLevel?: 2 | 3;
}) {
  const GroupHeading = headingLevel === 2 ? 'h2' : 'h3';
  const { t } = useTranslation();
  const courses = getFragmentData(CourseCatalogueFragment, courseRefs);
  if (courses.length === 0) return <p>{t('catalogue.empty')}</p>;
  return (
    <div className="catalogue">
      {groupByComponent(courses, components).map((group) => (
        <section key={group.component} className="catalogue-group" aria-labelledby={`component-${group.component}`}>
          <GroupHeading id={`component-${group.component}`}>
            {isOneOf(components, group.component)
              ? t(`enums.component.${group.component}`)
              : t('catalogue.otherComponent', { code: group.component })}
          </GroupHeading>
          <div className="card-grid">
            {group.items.map((course) => (
              <CourseCard key={course.id} course={course} headingLevel={headingLevel === 2 ? 3 : 4} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

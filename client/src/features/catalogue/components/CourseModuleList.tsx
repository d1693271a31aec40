import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const CourseModuleListFragment = graphql(`
  fragment CourseModuleList_module on CourseModule {
    id
    slug
    position
    title
    hours
    objectives
  }
`);

export function CourseModuleList({
  courseSlug,
  modules: moduleRefs,
}: {
  courseSlug: string;
  modules: readonly FragmentType<typeof CourseModuleListFragment>[];
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const modules = [...getFragmentData(CourseModuleListFragment, moduleRefs)].sort((a, b) => a.position - b.position);
  if (modules.length === 0) return <p>{t('course.noModules')}</p>;
  return (
    <ol className="module-list">
      {modules.map((module) => (
        <li key={module.id} className="card module-item">
          <p className="eyebrow">{t('course.modulePosition', { position: module.position })}</p>
          <h3>
            <Link to={`/courses/${encodeURIComponent(courseSlug)}/modules/${encodeURIComponent(module.slug)}`}>
              {module.title}
            </Link>
          </h3>
          <p className="meta">{t('catalogue.hours', { count: module.hours, hours: format.hours(module.hours) })}</p>
          {module.objectives.length > 0 && (
            <>
              <h4>{t('course.objectives')}</h4>
              <ul>
                {module.objectives.map((objective, index) => (
                  <li key={index}>{objective}</li>
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const ModuleLessonFragment = graphql(`
  fragment ModuleLesson_module on CourseModule {
    id
    position
    title
    hours
    objectives
    bodyHtml
    bodyLocale
  }
`);

export function ModuleLesson({ module: moduleRef }: { module: FragmentType<typeof ModuleLessonFragment> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const module = getFragmentData(ModuleLessonFragment, moduleRef);
  const untranslated = module.bodyLocale !== format.language;
  return (
    <article className="lesson">
      <p className="eyebrow">{t('course.modulePosition', { position: module.position })}</p>
      <h1>{module.title}</h1>
      <p className="meta">{t('catalogue.hours', { count: module.hours, hours: format.hours(module.hours) })}</p>
      {module.objectives.length > 0 && (
        <section className="card" aria-labelledby="module-objectives">
          <h2 id="module-objectives">{t('course.objectives')}</h2>
          <ul>
            {module.objectives.map((objective, index) => (
              <li key={index}>{objective}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="module-lesson">
        <h2 id="module-lesson">{t('module.lesson')}</h2>
        {untranslated && (
          <p className="notice" role="note">
            {t('module.untranslated')}
          </p>
        )}
        {/* The server renders Markdown to sanitised HTML (raw HTML in content never passes through). */}
        <div className="lesson-body" lang={module.bodyLocale} dangerouslySetInnerHTML={{ __html: module.bodyHtml }} />
      </section>
    </article>
  );
}

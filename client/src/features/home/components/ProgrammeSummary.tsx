import { useTranslation } from 'react-i18next';
import { programmeCountries } from '../../../app/enums';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { sumHours } from '../../../app/format';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const ProgrammeSummaryFragment = graphql(`
  fragment ProgrammeSummary_course on Course {
    id
    totalHours
    modules {
      id
    }
  }
`);

/** The programme at a glance, for donors and the steering committee. */
export function ProgrammeSummary({ courses: courseRefs }: { courses: readonly FragmentType<typeof ProgrammeSummaryFragment>[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const courses = getFragmentData(ProgrammeSummaryFragment, courseRefs);
  const moduleCount = courses.reduce((total, course) => total + course.modules.length, 0);
  const hours = sumHours(courses.map((course) => course.totalHours));
  const number = new Intl.NumberFormat(format.language);
  return (
    <section className="card programme-summary" aria-labelledby="programme-summary">
      <h2 id="programme-summary">{t('home.programme.title')}</h2>
      <p className="programme-name">{t('home.programme.name')}</p>
      <p>{t('home.programme.description')}</p>
      <dl className="stats">
        <div>
          <dt>{t('home.programme.courses')}</dt>
          <dd>{number.format(courses.length)}</dd>
        </div>
        <div>
          <dt>{t('home.programme.modules')}</dt>
          <dd>{number.format(moduleCount)}</dd>
        </div>
        <div>
          <dt>{t('home.programme.hours')}</dt>
          <dd>{format.hours(hours)}</dd>
        </div>
        <div>
          <dt>{t('home.programme.countries')}</dt>
          <dd>{number.format(programmeCountries.length)}</dd>
        </div>
      </dl>
    </section>
  );
}

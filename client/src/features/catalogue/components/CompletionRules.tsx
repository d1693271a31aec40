import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

// On Course rather than on the rules type, whose name is the server's business.
export const CompletionRulesFragment = graphql(`
  fragment CompletionRules_course on Course {
    id
    completionRules {
      minAttendanceRate
      requirePostTestPass
      requireActionPlan
    }
  }
`);

export function CompletionRules({ course: courseRef }: { course: FragmentType<typeof CompletionRulesFragment> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const rules = getFragmentData(CompletionRulesFragment, courseRef).completionRules;
  return (
    <section className="card" aria-labelledby="completion-rules">
      <h2 id="completion-rules">{t('course.completion.title')}</h2>
      <ul className="checklist">
        <li>{t('course.completion.attendance', { rate: format.percent(rules.minAttendanceRate) })}</li>
        {rules.requirePostTestPass && <li>{t('course.completion.postTest')}</li>}
        {rules.requireActionPlan && <li>{t('course.completion.actionPlan')}</li>}
      </ul>
    </section>
  );
}

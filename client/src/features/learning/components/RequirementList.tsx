import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { requirementText, type RequirementText } from '../lib/requirements';

export const RequirementListFragment = graphql(`
  fragment RequirementList_progress on EnrolmentProgress {
    requirements {
      kind
      met
      moduleId
      actual
      required
      description
    }
    modules {
      module {
        id
        title
      }
    }
  }
`);

/** Every completion rule, met or still missing, in the interface language. */
export function RequirementList({ progress: progressRef }: { progress: FragmentType<typeof RequirementListFragment> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const progress = getFragmentData(RequirementListFragment, progressRef);
  const formatters = useMemo(
    () => ({
      percent: format.percent,
      score: format.score,
      count: (value: number) => new Intl.NumberFormat(format.language).format(value),
    }),
    [format],
  );
  // Each group of keys shares its placeholders, so every call is checked against the English text.
  const sentence = (text: RequirementText): string => {
    if ('text' in text) return text.text;
    switch (text.key) {
      case 'learning.requirement.approved.met':
      case 'learning.requirement.approved.missing':
      case 'learning.requirement.actionPlan.met':
      case 'learning.requirement.actionPlan.missing':
        return t(text.key);
      case 'learning.requirement.sessionsHeld.met':
      case 'learning.requirement.sessionsHeld.missing':
        return t(text.key, text.values);
      case 'learning.requirement.attendance.met':
      case 'learning.requirement.attendance.missing':
        return t(text.key, text.values);
      case 'learning.requirement.attendance.noSessions':
        return t(text.key, text.values);
      case 'learning.requirement.postTest.met':
      case 'learning.requirement.postTest.notPassed':
        return t(text.key, text.values);
      case 'learning.requirement.postTest.notTaken':
        return t(text.key, text.values);
    }
  };
  const titles = new Map(progress.modules.map((entry) => [entry.module.id, entry.module.title]));
  return (
    <ul className="requirement-list" data-testid="requirements">
      {progress.requirements.map((requirement, index) => {
        const text = requirementText(requirement, requirement.moduleId ? titles.get(requirement.moduleId) : undefined, formatters);
        return (
          <li key={`${requirement.kind}-${requirement.moduleId ?? index}`} className={requirement.met ? 'met' : 'missing'}>
            <span className="requirement-mark" aria-hidden="true">
              {requirement.met ? '✓' : '○'}
            </span>
            <span className="visually-hidden">
              {requirement.met ? t('learning.requirement.metLabel') : t('learning.requirement.missingLabel')}:{' '}
            </span>
            <span>{sentence(text)}</span>
          </li>
        );
      })}
    </ul>
  );
}

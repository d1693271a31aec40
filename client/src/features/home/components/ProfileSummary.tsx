import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { nativeNameLanguage } from '../../../app/i18n/languages';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const ProfileSummaryFragment = graphql(`
  fragment ProfileSummary_person on Person {
    id
    fullName
    nativeName
    countryCode
    position
    targetGroup
    organisation {
      id
      name
    }
  }
`);

export function ProfileSummary({ person: personRef }: { person: FragmentType<typeof ProfileSummaryFragment> }) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const person = getFragmentData(ProfileSummaryFragment, personRef);
  return (
    <section className="card profile-summary" aria-labelledby="profile-summary">
      <h2 id="profile-summary">{t('home.profile.title')}</h2>
      <dl className="details">
        <dt>{t('person.fullName')}</dt>
        <dd>{person.fullName}</dd>
        <dt>{t('person.nativeName')}</dt>
        <dd lang={nativeNameLanguage(person.countryCode)}>{person.nativeName ?? t('common.none')}</dd>
        <dt>{t('person.organisation')}</dt>
        <dd>{person.organisation?.name ?? t('home.profile.noOrganisation')}</dd>
        {person.position && (
          <>
            <dt>{t('person.position')}</dt>
            <dd>{person.position}</dd>
          </>
        )}
        <dt>{t('person.country')}</dt>
        <dd>{labels.country(person.countryCode)}</dd>
        <dt>{t('person.targetGroup')}</dt>
        <dd>{labels.targetGroup(person.targetGroup)}</dd>
      </dl>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { nativeNameLanguage } from '../../../app/i18n/languages';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const PersonDetailsFragment = graphql(`
  fragment PersonDetails_person on Person {
    id
    fullName
    nativeName
    gender
    countryCode
    province
    position
    targetGroup
    email
    phone
    createdAt
    updatedAt
    organisation {
      id
      name
      type
    }
  }
`);

export function PersonDetails({ person: personRef }: { person: FragmentType<typeof PersonDetailsFragment> }) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const format = useFormatters();
  const person = getFragmentData(PersonDetailsFragment, personRef);
  const none = t('common.none');
  return (
    <dl className="details card">
      <dt>{t('person.fullName')}</dt>
      <dd>{person.fullName}</dd>
      <dt>{t('person.nativeName')}</dt>
      <dd lang={person.nativeName ? nativeNameLanguage(person.countryCode) : undefined}>{person.nativeName ?? none}</dd>
      <dt>{t('person.gender')}</dt>
      <dd>{labels.gender(person.gender)}</dd>
      <dt>{t('person.country')}</dt>
      <dd>{labels.country(person.countryCode)}</dd>
      <dt>{t('person.province')}</dt>
      <dd>{person.province ?? none}</dd>
      <dt>{t('person.organisation')}</dt>
      <dd>
        {person.organisation ? (
          <>
            <Link to={`/organisations/${person.organisation.id}`}>{person.organisation.name}</Link>{' '}
            <span className="meta">({labels.organisationType(person.organisation.type)})</span>
          </>
        ) : (
          none
        )}
      </dd>
      <dt>{t('person.position')}</dt>
      <dd>{person.position ?? none}</dd>
      <dt>{t('person.targetGroup')}</dt>
      <dd>{labels.targetGroup(person.targetGroup)}</dd>
      <dt>{t('person.email')}</dt>
      <dd>{person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : none}</dd>
      <dt>{t('person.phone')}</dt>
      <dd>{person.phone ? <a href={`tel:${person.phone.replace(/[^+0-9]/g, '')}`}>{person.phone}</a> : none}</dd>
      <dt>{t('common.created')}</dt>
      <dd>{format.date(person.createdAt)}</dd>
      <dt>{t('common.updated')}</dt>
      <dd>{format.date(person.updatedAt)}</dd>
    </dl>
  );
}

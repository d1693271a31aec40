import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const OrganisationDetailsFragment = graphql(`
  fragment OrganisationDetails_organisation on Organisation {
    id
    name
    type
    countryCode
    province
    peopleCount
  }
`);

export function OrganisationDetails({
  organisation: organisationRef,
}: {
  organisation: FragmentType<typeof OrganisationDetailsFragment>;
}) {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  const organisation = getFragmentData(OrganisationDetailsFragment, organisationRef);
  return (
    <dl className="details card">
      <dt>{t('organisation.name')}</dt>
      <dd>{organisation.name}</dd>
      <dt>{t('organisation.type')}</dt>
      <dd>{labels.organisationType(organisation.type)}</dd>
      <dt>{t('organisation.country')}</dt>
      <dd>{labels.country(organisation.countryCode)}</dd>
      <dt>{t('organisation.province')}</dt>
      <dd>{organisation.province ?? t('common.none')}</dd>
      <dt>{t('organisation.peopleCount')}</dt>
      <dd>{new Intl.NumberFormat(i18n.resolvedLanguage).format(organisation.peopleCount)}</dd>
    </dl>
  );
}

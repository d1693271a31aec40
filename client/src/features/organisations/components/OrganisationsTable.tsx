import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const OrganisationsTableFragment = graphql(`
  fragment OrganisationsTable_organisation on Organisation {
    id
    name
    type
    countryCode
    province
    peopleCount
  }
`);

export function OrganisationsTable({
  organisations: organisationRefs,
  caption,
}: {
  organisations: readonly FragmentType<typeof OrganisationsTableFragment>[];
  caption: string;
}) {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  const organisations = getFragmentData(OrganisationsTableFragment, organisationRefs);
  const number = new Intl.NumberFormat(i18n.resolvedLanguage);
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('organisation.name')}</th>
            <th scope="col">{t('organisation.type')}</th>
            <th scope="col">{t('organisation.country')}</th>
            <th scope="col">{t('organisation.province')}</th>
            <th scope="col" className="numeric">
              {t('organisation.peopleCount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((organisation) => (
            <tr key={organisation.id}>
              <th scope="row">
                <Link to={`/organisations/${organisation.id}`}>{organisation.name}</Link>
              </th>
              <td>{labels.organisationType(organisation.type)}</td>
              <td>{labels.country(organisation.countryCode)}</td>
              <td>{organisation.province ?? ''}</td>
              <td className="numeric">{number.format(organisation.peopleCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

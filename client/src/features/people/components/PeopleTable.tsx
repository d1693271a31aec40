import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { nativeNameLanguage } from '../../../app/i18n/languages';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const PeopleTableFragment = graphql(`
  fragment PeopleTable_person on Person {
    id
    fullName
    nativeName
    gender
    countryCode
    targetGroup
    email
    organisation {
      id
      name
    }
  }
`);

export function PeopleTable({
  people: peopleRefs,
  caption,
  showOrganisation = true,
}: {
  people: readonly FragmentType<typeof PeopleTableFragment>[];
  caption: string;
  showOrganisation?: boolean;
}) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const people = getFragmentData(PeopleTableFragment, peopleRefs);
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('person.fullName')}</th>
            <th scope="col">{t('person.nativeName')}</th>
            {showOrganisation && <th scope="col">{t('person.organisation')}</th>}
            <th scope="col">{t('person.country')}</th>
            <th scope="col">{t('person.gender')}</th>
            <th scope="col">{t('person.targetGroup')}</th>
            <th scope="col">{t('person.email')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id}>
              <th scope="row">
                <Link to={`/people/${person.id}`}>{person.fullName}</Link>
              </th>
              <td lang={nativeNameLanguage(person.countryCode)}>{person.nativeName ?? ''}</td>
              {showOrganisation && (
                <td>
                  {person.organisation ? (
                    <Link to={`/organisations/${person.organisation.id}`}>{person.organisation.name}</Link>
                  ) : (
                    ''
                  )}
                </td>
              )}
              <td>{labels.country(person.countryCode)}</td>
              <td>{labels.gender(person.gender)}</td>
              <td>{labels.targetGroup(person.targetGroup)}</td>
              <td className="nowrap">{person.email ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

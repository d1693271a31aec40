import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { nativeNameLanguage } from '../../../app/i18n/languages';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const RosterTableFragment = graphql(`
  fragment RosterTable_enrolment on Enrolment {
    id
    status
    attendanceRate
    completed
    person {
      id
      fullName
      nativeName
      countryCode
      organisation {
        id
        name
      }
    }
  }
`);

/** The people with a place in the cohort, how much they have attended and whether they have completed. */
export function RosterTable({ enrolments: enrolmentRefs }: { enrolments: readonly FragmentType<typeof RosterTableFragment>[] }) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const format = useFormatters();
  const enrolments = [...getFragmentData(RosterTableFragment, enrolmentRefs)].sort((a, b) =>
    a.person.fullName.localeCompare(b.person.fullName),
  );
  return (
    <div className="table-scroll stack-on-phone" role="region" aria-label={t('teaching.roster.title')} tabIndex={0}>
      <table className="data-table" data-testid="roster">
        <caption className="visually-hidden">{t('teaching.roster.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('teaching.person.name')}</th>
            <th scope="col">{t('person.organisation')}</th>
            <th scope="col">{t('person.country')}</th>
            <th scope="col" className="numeric">
              {t('teaching.roster.attendance')}
            </th>
            <th scope="col">{t('teaching.roster.completed')}</th>
          </tr>
        </thead>
        <tbody>
          {enrolments.map((enrolment) => (
            <tr key={enrolment.id}>
              <th scope="row">
                {enrolment.person.fullName}
                {enrolment.person.nativeName ? (
                  <span className="cell-sub" lang={nativeNameLanguage(enrolment.person.countryCode)}>
                    {enrolment.person.nativeName}
                  </span>
                ) : null}
              </th>
              <td data-label={t('person.organisation')}>{enrolment.person.organisation?.name ?? ''}</td>
              <td data-label={t('person.country')}>{labels.country(enrolment.person.countryCode)}</td>
              <td data-label={t('teaching.roster.attendance')} className="numeric">
                {enrolment.attendanceRate === null || enrolment.attendanceRate === undefined
                  ? t('common.none')
                  : format.percent(enrolment.attendanceRate)}
              </td>
              <td data-label={t('teaching.roster.completed')}>
                {enrolment.completed ? (
                  <span className="mark-pass">
                    <span aria-hidden="true">✓ </span>
                    {t('teaching.roster.yes')}
                  </span>
                ) : (
                  <span className="meta">{t('teaching.roster.notYet')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

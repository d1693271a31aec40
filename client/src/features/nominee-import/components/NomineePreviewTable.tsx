import { useTranslation } from 'react-i18next';
import { serverMessage, translateServerMessage } from '../../../app/errors/server-message';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { nativeNameLanguage } from '../../../app/i18n/languages';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const NomineePreviewTableFragment = graphql(`
  fragment NomineePreviewTable_row on NomineeRow {
    rowNumber
    fullName
    nativeName
    email
    countryCode
    organisationName
    action
    errors {
      column
      message
      reason
      params {
        name
        value
      }
    }
  }
`);

/** Every row of the file with what the import would do to it, and what is wrong with it. */
export function NomineePreviewTable({
  rows: rowRefs,
  caption,
}: {
  rows: readonly FragmentType<typeof NomineePreviewTableFragment>[];
  caption: string;
}) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const rows = getFragmentData(NomineePreviewTableFragment, rowRefs);
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table" data-testid="nominee-preview">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('import.columns.row')}
            </th>
            <th scope="col">{t('import.columns.action')}</th>
            <th scope="col">{t('person.fullName')}</th>
            <th scope="col">{t('import.columns.problems')}</th>
            <th scope="col">{t('person.nativeName')}</th>
            <th scope="col">{t('person.email')}</th>
            <th scope="col">{t('person.country')}</th>
            <th scope="col">{t('person.organisation')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.rowNumber} className={row.action === 'INVALID' ? 'row-invalid' : undefined}>
              <td className="numeric">{row.rowNumber}</td>
              <td>
                <span className={`badge badge-${row.action.toLowerCase()}`}>{labels.nomineeRowAction(row.action)}</span>
              </td>
              <td>{row.fullName ?? ''}</td>
              <td>
                {row.errors.length === 0 ? (
                  <span className="visually-hidden">{t('import.noProblems')}</span>
                ) : (
                  <ul className="row-errors">
                    {row.errors.map((error, index) => (
                      <li key={index}>
                        {error.column ? <code>{error.column}</code> : null}
                        {error.column ? ': ' : null}
                        {translateServerMessage(t, 'import.rowProblems', serverMessage(error.message, error.reason, error.params))}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td lang={row.countryCode ? nativeNameLanguage(row.countryCode.toUpperCase()) : undefined}>
                {row.nativeName ?? ''}
              </td>
              <td className="nowrap">{row.email ?? ''}</td>
              <td>{row.countryCode ? labels.country(row.countryCode.toUpperCase()) : ''}</td>
              <td>{row.organisationName ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

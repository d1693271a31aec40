import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { nativeNameLanguage } from '../../../app/i18n/languages';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useReportFormat } from '../hooks/useReportFormat';

export const BelowThresholdTableFragment = graphql(`
  fragment BelowThresholdTable_line on BelowThreshold {
    enrolment {
      id
    }
    person {
      id
      fullName
      nativeName
      countryCode
    }
    cohort {
      id
      title
    }
    attendanceRate
    minimum
  }
`);

/** Staff only: participants whose attendance is under their course's minimum, to follow up. */
export function BelowThresholdTable({ lines: refs }: { lines: readonly FragmentType<typeof BelowThresholdTableFragment>[] }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const lines = getFragmentData(BelowThresholdTableFragment, refs);
  if (lines.length === 0) return <p data-testid="below-threshold-empty">{t('reports.participation.noneBelow')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="below-threshold">
        <caption className="visually-hidden">{t('reports.participation.belowThreshold')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.participation.person')}</th>
            <th scope="col">{t('reports.participation.cohort')}</th>
            <th scope="col" className="numeric">
              {t('reports.participation.attendanceRate')}
            </th>
            <th scope="col" className="numeric">
              {t('reports.participation.minimum')}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.enrolment.id}>
              <th scope="row">
                <Link to={`/people/${line.person.id}`}>{line.person.fullName}</Link>
                {line.person.nativeName ? (
                  <span className="cell-sub" lang={nativeNameLanguage(line.person.countryCode)}>
                    {line.person.nativeName}
                  </span>
                ) : null}
              </th>
              <td>
                <Link to={`/cohorts/${line.cohort.id}`}>{line.cohort.title}</Link>
              </td>
              <td className="numeric">{format.figureWith({ value: line.attendanceRate, suppressed: false }, format.percent)}</td>
              <td className="numeric">{format.percent(line.minimum)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

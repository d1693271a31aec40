import { useTranslation } from 'react-i18next';
import { actionPlanStatuses, enrolmentStatuses, isOneOf } from '../../../app/enums';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { nativeNameLanguage } from '../../../app/i18n/languages';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useSplitLabels } from '../hooks/useSplitLabels';

export const IndicatorRecordsTableFragment = graphql(`
  fragment IndicatorRecordsTable_record on IndicatorRecord {
    kind
    id
    title
    subtitle
    countryCode
    gender
    province
    cohortTitle
    category
    date
  }
`);

/** The records behind an indicator (participants, SMEs or action plans), for staff. */
export function IndicatorRecordsTable({ records: refs }: { records: readonly FragmentType<typeof IndicatorRecordsTableFragment>[] }) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const names = useSplitLabels();
  const { date } = useFormatters();
  const records = getFragmentData(IndicatorRecordsTableFragment, refs);
  const kind = records[0]?.kind ?? 'PARTICIPANT';
  const category = (record: (typeof records)[number]): string => {
    const code = record.category;
    if (!code) return t('common.none');
    if (record.kind === 'SME') return names.sector(code);
    if (record.kind === 'ACTION_PLAN' && isOneOf(actionPlanStatuses, code)) return labels.actionPlanStatus(code);
    if (isOneOf(enrolmentStatuses, code)) return labels.enrolmentStatus(code);
    return code;
  };

  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="indicator-records">
        <caption className="visually-hidden">{t('reports.records.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`reports.records.title.${kind}`)}</th>
            <th scope="col">{t('reports.records.country')}</th>
            <th scope="col">{t(kind === 'SME' ? 'reports.records.ownerSex' : 'reports.records.sex')}</th>
            <th scope="col">{t('reports.records.province')}</th>
            <th scope="col">{t('reports.records.cohort')}</th>
            <th scope="col">{t(`reports.records.category.${kind}`)}</th>
            <th scope="col">{t(`reports.records.date.${kind}`)}</th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) => (
            <tr key={`${record.kind}-${record.id}`} data-testid="record-row">
              <th scope="row">
                {record.title}
                {record.subtitle ? (
                  <span className="cell-sub" lang={record.kind === 'PARTICIPANT' ? nativeNameLanguage(record.countryCode) : undefined}>
                    {record.subtitle}
                  </span>
                ) : null}
              </th>
              <td>{labels.country(record.countryCode)}</td>
              <td>{record.gender ? labels.gender(record.gender) : t('common.none')}</td>
              <td>{record.province ?? t('common.none')}</td>
              <td>{record.cohortTitle ?? t('common.none')}</td>
              <td>{category(record)}</td>
              <td className="nowrap">{record.date ? date(record.date) : t('common.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useSmeLabels } from '../hooks/useSmeLabels';

export const SmeSupportsTableFragment = graphql(`
  fragment SmeSupportsTable_sme on Sme {
    id
    supports {
      id
      kind
      supportedOn
      result
      leader {
        id
        fullName
      }
      enrolment {
        id
        cohort {
          id
          title
        }
      }
    }
  }
`);

/** Who supported the SME and how: leader, kind of support, date and result, newest first. */
export function SmeSupportsTable({ sme: smeRef }: { sme: FragmentType<typeof SmeSupportsTableFragment> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useSmeLabels();
  const sme = getFragmentData(SmeSupportsTableFragment, smeRef);
  const supports = [...sme.supports].sort((a, b) => b.supportedOn.localeCompare(a.supportedOn));
  if (supports.length === 0) return <p>{t('smes.detail.noSupports')}</p>;
  return (
    <div className="table-scroll stack-on-phone" role="region" aria-label={t('smes.detail.supportsTitle')} tabIndex={0}>
      <table className="data-table" data-testid="sme-supports-table">
        <caption className="visually-hidden">{t('smes.detail.supportsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('smes.detail.leader')}</th>
            <th scope="col">{t('smes.detail.kind')}</th>
            <th scope="col">{t('smes.detail.date')}</th>
            <th scope="col">{t('smes.detail.result')}</th>
          </tr>
        </thead>
        <tbody>
          {supports.map((support) => (
            <tr key={support.id} data-testid="sme-support-row">
              <th scope="row">
                {support.leader.fullName}
                <span className="cell-sub">{support.enrolment.cohort.title}</span>
              </th>
              <td data-label={t('smes.detail.kind')}>{labels.kind(support.kind)}</td>
              <td data-label={t('smes.detail.date')} className="nowrap">
                <time dateTime={support.supportedOn}>{format.date(support.supportedOn)}</time>
              </td>
              <td data-label={t('smes.detail.result')} className="prewrap">
                {support.result ?? t('common.none')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useSmeLabels } from '../hooks/useSmeLabels';

export const SmesTableFragment = graphql(`
  fragment SmesTable_sme on Sme {
    id
    name
    countryCode
    province
    sector
    leaderCount
    mergedInto {
      id
      name
    }
  }
`);

export function SmesTable({ smes: smeRefs, caption }: { smes: readonly FragmentType<typeof SmesTableFragment>[]; caption: string }) {
  const { t } = useTranslation();
  const enums = useEnumLabels();
  const labels = useSmeLabels();
  const smes = getFragmentData(SmesTableFragment, smeRefs);
  return (
    <div className="table-scroll stack-on-phone" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table" data-testid="smes-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('smes.field.name')}</th>
            <th scope="col">{t('smes.field.countryCode')}</th>
            <th scope="col">{t('smes.field.province')}</th>
            <th scope="col">{t('smes.field.sector')}</th>
            <th scope="col" className="numeric">
              {t('smes.field.leaders')}
            </th>
          </tr>
        </thead>
        <tbody>
          {smes.map((sme) => (
            <tr key={sme.id} data-testid="sme-row">
              <th scope="row">
                <Link to={`/smes/${sme.id}`}>{sme.name}</Link>
                {sme.mergedInto && <span className="cell-sub">{t('smes.mergedIntoShort', { name: sme.mergedInto.name })}</span>}
              </th>
              <td data-label={t('smes.field.countryCode')}>{enums.country(sme.countryCode)}</td>
              <td data-label={t('smes.field.province')}>{sme.province ?? ''}</td>
              <td data-label={t('smes.field.sector')}>{labels.sector(sme.sector)}</td>
              <td data-label={t('smes.field.leaders')} className="numeric">
                {sme.leaderCount}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

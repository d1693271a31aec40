import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useSmeLabels } from '../hooks/useSmeLabels';

export const SmeDetailsFragment = graphql(`
  fragment SmeDetails_sme on Sme {
    id
    name
    countryCode
    province
    sector
    ownerGender
    womenEmployees
    menEmployees
    registrationNumber
    phone
    leaderCount
    mergedInto {
      id
      name
    }
  }
`);

/** The server keeps a phone as digits with the calling code (E.164 without the plus): show the plus. */
export function displayPhone(phone: string): string {
  return /^\d+$/.test(phone) ? `+${phone}` : phone;
}

/** "3 women, 5 men", or whichever half is known. */
export function useEmployeesText() {
  const { t } = useTranslation();
  return (women: number | null | undefined, men: number | null | undefined): string | null => {
    if (women == null && men == null) return null;
    const parts: string[] = [];
    if (women != null) parts.push(t('smes.womenValue', { count: women }));
    if (men != null) parts.push(t('smes.menValue', { count: men }));
    return parts.join(', ');
  };
}

export function SmeDetails({ sme: smeRef }: { sme: FragmentType<typeof SmeDetailsFragment> }) {
  const { t } = useTranslation();
  const enums = useEnumLabels();
  const labels = useSmeLabels();
  const employees = useEmployeesText();
  const sme = getFragmentData(SmeDetailsFragment, smeRef);
  const none = t('common.none');
  return (
    <>
      {sme.mergedInto && (
        <p className="notice" data-testid="sme-merged-into">
          {t('smes.mergedInto')} <Link to={`/smes/${sme.mergedInto.id}`}>{sme.mergedInto.name}</Link>
        </p>
      )}
      <dl className="details card" data-testid="sme-details">
        <dt>{t('smes.field.name')}</dt>
        <dd>{sme.name}</dd>
        <dt>{t('smes.field.countryCode')}</dt>
        <dd>{enums.country(sme.countryCode)}</dd>
        <dt>{t('smes.field.province')}</dt>
        <dd>{sme.province ?? none}</dd>
        <dt>{t('smes.field.sector')}</dt>
        <dd>{labels.sector(sme.sector)}</dd>
        <dt>{t('smes.field.ownerGender')}</dt>
        <dd>{sme.ownerGender ? enums.gender(sme.ownerGender) : none}</dd>
        <dt>{t('smes.field.employees')}</dt>
        <dd>{employees(sme.womenEmployees, sme.menEmployees) ?? none}</dd>
        <dt>{t('smes.field.registrationNumber')}</dt>
        <dd>{sme.registrationNumber ?? none}</dd>
        <dt>{t('smes.field.phone')}</dt>
        <dd>{sme.phone ? <a href={`tel:+${sme.phone}`}>{displayPhone(sme.phone)}</a> : none}</dd>
        <dt>{t('smes.field.leaders')}</dt>
        <dd>{sme.leaderCount}</dd>
      </dl>
    </>
  );
}

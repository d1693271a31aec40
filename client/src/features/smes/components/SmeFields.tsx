import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../app/components/fields';
import { useEnumOptions } from '../../../app/hooks/useEnumOptions';
import { useSmeLabels } from '../hooks/useSmeLabels';
import type { SmeField, SmeValues } from '../lib/sme-form';

/**
 * Controlled inputs for the listed fields of an SME, in the order given; the leader's form puts the
 * fields that find a match first and the rest after the matches.
 */
export function SmeFields({
  idPrefix,
  fields,
  values,
  nameHint,
  errorFor,
  onChange,
}: {
  idPrefix: string;
  nameHint?: string;
  fields: readonly SmeField[];
  values: SmeValues;
  errorFor: (field: SmeField) => string | undefined;
  onChange: <K extends SmeField>(field: K, value: SmeValues[K]) => void;
}) {
  const { t } = useTranslation();
  const options = useEnumOptions();
  const labels = useSmeLabels();
  const id = (field: SmeField) => `${idPrefix}-${field}`;
  const text = (
    field: 'name' | 'province' | 'registrationNumber' | 'phone',
    extra: { hint?: string; required?: boolean; autoComplete?: string; type?: string; inputMode?: 'tel' | 'text' } = {},
  ) => (
    <TextField
      key={field}
      id={id(field)}
      label={t(`smes.field.${field}`)}
      maxLength={field === 'name' ? 200 : 100}
      value={values[field]}
      error={errorFor(field)}
      onValueChange={(value) => onChange(field, value)}
      {...extra}
    />
  );
  const count = (field: 'womenEmployees' | 'menEmployees') => (
    <TextField
      key={field}
      id={id(field)}
      label={t(`smes.field.${field}`)}
      type="number"
      inputMode="numeric"
      min={0}
      max={100000}
      value={values[field]}
      error={errorFor(field)}
      onValueChange={(value) => onChange(field, value)}
    />
  );
  return (
    <>
      {fields.map((field) => {
        switch (field) {
          case 'name':
            return text('name', { required: true, autoComplete: 'off', hint: nameHint });
          case 'province':
            return text('province', { autoComplete: 'off' });
          case 'registrationNumber':
            return text('registrationNumber', { autoComplete: 'off' });
          case 'phone':
            return text('phone', { type: 'tel', inputMode: 'tel', autoComplete: 'off' });
          case 'womenEmployees':
          case 'menEmployees':
            return count(field);
          case 'countryCode':
            return (
              <SelectField
                key={field}
                id={id(field)}
                label={t('smes.field.countryCode')}
                required
                value={values.countryCode}
                options={options.programmeCountries}
                emptyLabel={t('common.choose')}
                error={errorFor(field)}
                onValueChange={(value) => onChange('countryCode', value)}
              />
            );
          case 'sector':
            return (
              <SelectField
                key={field}
                id={id(field)}
                label={t('smes.field.sector')}
                required
                value={values.sector}
                options={labels.sectorOptions}
                emptyLabel={t('common.choose')}
                error={errorFor(field)}
                onValueChange={(value) => onChange('sector', value as SmeValues['sector'])}
              />
            );
          case 'ownerGender':
            return (
              <SelectField
                key={field}
                id={id(field)}
                label={t('smes.field.ownerGender')}
                value={values.ownerGender}
                options={options.genders}
                emptyLabel={t('smes.field.notKnown')}
                error={errorFor(field)}
                onValueChange={(value) => onChange('ownerGender', value as SmeValues['ownerGender'])}
              />
            );
          default: {
            const unknown: never = field;
            return unknown;
          }
        }
      })}
    </>
  );
}

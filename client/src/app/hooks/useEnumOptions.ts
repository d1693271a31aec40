import { useMemo } from 'react';
import type { Option } from '../components/fields';
import { countryCodes, genders, organisationTypes, programmeCountries, targetGroups } from '../enums';
import { useEnumLabels } from './useEnumLabels';

/** Select options for each enum, labelled in the current language. */
export function useEnumOptions() {
  const labels = useEnumLabels();
  return useMemo(
    () => ({
      programmeCountries: programmeCountries.map((code): Option => ({ value: code, label: labels.country(code) })),
      countries: countryCodes.map((code): Option => ({ value: code, label: labels.country(code) })),
      genders: genders.map((value): Option => ({ value, label: labels.gender(value) })),
      organisationTypes: organisationTypes.map((value): Option => ({ value, label: labels.organisationType(value) })),
      targetGroups: targetGroups.map((value): Option => ({ value, label: labels.targetGroup(value) })),
    }),
    [labels],
  );
}

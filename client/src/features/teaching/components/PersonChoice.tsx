import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { nativeNameLanguage } from '../../../app/i18n/languages';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { PersonChoice_PersonFragment } from '../../../gql/graphql';

export const PersonChoiceFragment = graphql(`
  fragment PersonChoice_person on Person {
    id
    fullName
    nativeName
    countryCode
    organisation {
      id
      name
    }
  }
`);

export type PersonChoiceData = PersonChoice_PersonFragment;

export function readPersonChoices(refs: readonly FragmentType<typeof PersonChoiceFragment>[]): readonly PersonChoiceData[] {
  return getFragmentData(PersonChoiceFragment, refs);
}

/** A person's names, organisation and country on one or two lines, for picking people. */
export function PersonChoiceLabel({ person }: { person: PersonChoiceData }) {
  const labels = useEnumLabels();
  return (
    <span>
      <strong>{person.fullName}</strong>
      {person.nativeName ? <span lang={nativeNameLanguage(person.countryCode)}> {person.nativeName}</span> : null}
      <span className="cell-sub">{[person.organisation?.name, labels.country(person.countryCode)].filter(Boolean).join(' · ')}</span>
    </span>
  );
}

import { useTranslation } from 'react-i18next';
import { nativeNameLanguage } from '../../../app/i18n/languages';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const TrainerPickerFragment = graphql(`
  fragment TrainerPicker_user on User {
    id
    email
    person {
      id
      fullName
      nativeName
      countryCode
    }
  }
`);

/** A checkbox per trainer account: several trainers teach a cohort together. */
export function TrainerPicker({
  id,
  trainers: trainerRefs,
  value,
  onValueChange,
  disabled,
}: {
  id: string;
  trainers: readonly FragmentType<typeof TrainerPickerFragment>[];
  value: readonly string[];
  onValueChange: (ids: string[]) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const trainers = [...getFragmentData(TrainerPickerFragment, trainerRefs)].sort((a, b) =>
    (a.person?.fullName ?? a.email).localeCompare(b.person?.fullName ?? b.email),
  );
  function toggle(trainerId: string, checked: boolean): void {
    onValueChange(checked ? [...value, trainerId] : value.filter((item) => item !== trainerId));
  }
  return (
    <fieldset className="checkbox-group" id={id}>
      <legend>{t('teaching.cohort.trainers')}</legend>
      {trainers.length === 0 ? <p className="meta">{t('teaching.trainers.noneAvailable')}</p> : null}
      <ul className="plain-list">
        {trainers.map((trainer) => (
          <li key={trainer.id}>
            <label className="checkbox">
              <input
                type="checkbox"
                name={`${id}-trainer`}
                value={trainer.id}
                checked={value.includes(trainer.id)}
                disabled={disabled}
                onChange={(event) => toggle(trainer.id, event.target.checked)}
              />
              <span>
                {trainer.person?.fullName ?? trainer.email}
                {trainer.person?.nativeName ? (
                  <span className="native-name" lang={nativeNameLanguage(trainer.person.countryCode)}>
                    {' '}
                    {trainer.person.nativeName}
                  </span>
                ) : null}
                <span className="cell-sub">{trainer.email}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

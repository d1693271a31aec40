import { useTranslation } from 'react-i18next';
import { serverMessage, translateServerMessage } from '../../../app/errors/server-message';

export interface NomineeFileError {
  message: string;
  reason: string;
  params: readonly { name: string; value: string }[];
}

/** What is wrong with a nominee file as a whole, in the reader's language. */
export function NomineeFileErrorList({ errors }: { errors: readonly NomineeFileError[] }) {
  const { t } = useTranslation();
  return (
    <ul data-testid="nominee-file-errors">
      {errors.map((error, index) => (
        <li key={index}>{translateServerMessage(t, 'import.fileProblems', serverMessage(error.message, error.reason, error.params))}</li>
      ))}
    </ul>
  );
}

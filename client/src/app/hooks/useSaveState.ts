import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../components/ErrorMessage';
import { fieldErrors } from '../errors/field-errors';
import { translateServerMessage } from '../errors/server-message';
import { toApiError } from '../errors/to-api-error';

/** The error shown by a form after a failed save: one message for the form, and one per field. */
export function useSaveState() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  return {
    error,
    fields,
    reset() {
      setError(null);
      setFields({});
    },
    fail(caught: unknown) {
      setError(errorText(caught));
      setFields(fieldErrors(toApiError(caught), (message) => translateServerMessage(t, 'problems', message)));
    },
  };
}

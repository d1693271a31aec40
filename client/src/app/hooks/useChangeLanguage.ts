import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../i18n/languages';

/**
 * Switches the interface language (the detector stores the choice in localStorage), then refreshes
 * server data: course text is localised by the server, so cached course fields are dropped and
 * every active query is fetched again in the new language.
 */
export function useChangeLanguage(): (language: LanguageCode) => Promise<void> {
  const { i18n } = useTranslation();
  const client = useApolloClient();
  return async (language) => {
    await i18n.changeLanguage(language);
    await client.refetchQueries({
      include: 'active',
      updateCache(cache) {
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'courses' });
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'course' });
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'courseModule' });
      },
    });
  };
}

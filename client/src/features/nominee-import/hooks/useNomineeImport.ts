import { useMutation } from '@apollo/client/react';
import { ImportNomineesMutation, PreviewNomineeImportMutation } from '../graphql/nominee-import';

export function usePreviewNomineeImport() {
  return useMutation(PreviewNomineeImportMutation);
}

/** An import creates and updates people and organisations: every cached list or record of them is dropped. */
export function useImportNominees() {
  return useMutation(ImportNomineesMutation, {
    update(cache) {
      for (const fieldName of ['people', 'person', 'organisations', 'organisation']) {
        cache.evict({ id: 'ROOT_QUERY', fieldName });
      }
      cache.gc();
    },
  });
}

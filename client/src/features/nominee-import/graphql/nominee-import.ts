import { graphql } from '../../../gql';

export const PreviewNomineeImportMutation = graphql(`
  mutation PreviewNomineeImport($input: NomineeFileInput!) {
    previewNomineeImport(input: $input) {
      validCount
      invalidCount
      canImport
      fileErrorDetails {
        message
        reason
        params {
          name
          value
        }
      }
      rows {
        rowNumber
        action
        ...NomineePreviewTable_row
      }
    }
  }
`);

export const ImportNomineesMutation = graphql(`
  mutation ImportNominees($input: NomineeFileInput!) {
    importNominees(input: $input) {
      created
      updated
      unchanged
    }
  }
`);

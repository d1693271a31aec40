import type { CodegenConfig } from '@graphql-codegen/cli';

// Run from the repo root: `npm run codegen`. Paths are relative to the repo root.
const config: CodegenConfig = {
  schema: 'server/schema.gql',
  documents: ['client/src/**/*.{ts,tsx}', '!client/src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'client/src/gql/': {
      preset: 'client',
      presetConfig: {
        gqlTagName: 'graphql',
        // Components read their fragment with getFragmentData, so a component only sees what it asked for.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        onlyOperationTypes: true,
        defaultScalarType: 'unknown',
        scalars: { DateTime: 'string', Date: 'string' },
      },
    },
  },
};

export default config;

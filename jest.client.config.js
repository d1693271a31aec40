/**
 * Client unit tests: pure helpers and the locale files, in Node; most React screens are covered by
 * the browser tests. Component tests (the reports feature) opt into jsdom with a
 * `@jest-environment jsdom` docblock and render with Apollo's MockedProvider (its CommonJS build).
 * @type {import('jest').Config}
 */
module.exports = {
  displayName: 'client',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/client/src/**/*.test.ts', '<rootDir>/client/src/**/*.test.tsx'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/client/tsconfig.json' }],
  },
};

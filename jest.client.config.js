/**
 * Client unit tests: pure helpers and the locale files. They run in Node and import nothing
 * ESM-only (@apollo/client stays out of them); React screens are covered by the browser tests.
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

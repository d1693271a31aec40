/** Server tests in three tiers, told apart by suffix: *.spec.ts (unit), *.db-spec.ts (database), *.e2e-spec.ts (API through /graphql). */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/server/**/*.spec.ts', '<rootDir>/server/**/*.db-spec.ts', '<rootDir>/server/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
  maxWorkers: 2,
};

/** Browser journeys: headless Debian Chromium driven by playwright-core against the real app. */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'],
  passWithNoTests: true,
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@loa/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
    '^@loa/coverage$': '<rootDir>/../../libs/coverage/src/index.ts',
  },
  globalSetup: '<rootDir>/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/global-teardown.ts',
  testTimeout: 120000,
  maxWorkers: 1,
};

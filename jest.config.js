/** @type {import('jest').Config} */
module.exports = {
  // Node's environment, with a quick exit for worker processes (see the file).
  testEnvironment: '<rootDir>/tests/test-environment.ts',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/tests/global-setup.ts',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  // Browser and server tests start processes; keep them from fighting over 2 cores.
  maxWorkers: 2,
  testTimeout: 20000,
};

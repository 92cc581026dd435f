// Browser end-to-end tests and checks of the built pane (npm run test:e2e builds it first).
// One file at a time: each starts its own Chromium and static server.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }];

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
  transform: { '^.+\\.tsx?$': tsJest },
  maxWorkers: 1,
  testTimeout: 120_000,
};

// Unit and integration tests. Browser end-to-end tests have their own config (jest.e2e.config.js)
// because they need the built pane.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }];

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['<rootDir>/test/e2e/'],
      transform: { '^.+\\.tsx?$': tsJest },
      moduleNameMapper: {
        '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js',
      },
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/**/*.test.tsx'],
      setupFiles: ['<rootDir>/test/setup/dom-text-codecs.ts'],
      testPathIgnorePatterns: ['<rootDir>/test/e2e/'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
  ],
  collectCoverageFrom: ['src/**/*.{ts,tsx}', '!src/**/*.d.ts'],
};

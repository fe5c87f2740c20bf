/**
 * Three projects: the pure core, hosts and CLI run in Node; the task pane runs in jsdom; the
 * production pages run in Chromium (e2e), built once per run by the project's global set-up.
 */
const tsJest = ['ts-jest', { tsconfig: { jsx: 'react-jsx', module: 'CommonJS', moduleResolution: 'Node', esModuleInterop: true, isolatedModules: true } }];
const common = {
  transform: { '^.+\\.tsx?$': tsJest },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js' },
};
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/tests/**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/'] },
    { ...common, displayName: 'e2e', testEnvironment: 'node', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'], globalSetup: '<rootDir>/tests/e2e/globalSetup.ts', globalTeardown: '<rootDir>/tests/e2e/globalTeardown.ts' },
    { ...common, displayName: 'ui', testEnvironment: 'jsdom', testMatch: ['<rootDir>/tests/**/*.test.tsx'], setupFiles: ['<rootDir>/tests/support/jsdomGlobals.ts'] },
  ],
};

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
  /**
   * No test relies on Jest's 5 s default: under load (a 2-core machine running other suites, load
   * average 10–12) ordinary tests took up to 5.4 s and a CLI set-up longer. 30 s is over 5× the worst
   * measured; heavier tests set their own limit beside the measured time that sized it.
   */
  testTimeout: 30_000,
  projects: [
    { ...common, displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/tests/**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/'] },
    { ...common, displayName: 'e2e', testEnvironment: 'node', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'], globalSetup: '<rootDir>/tests/e2e/globalSetup.ts', globalTeardown: '<rootDir>/tests/e2e/globalTeardown.ts' },
    { ...common, displayName: 'ui', testEnvironment: 'jsdom', testMatch: ['<rootDir>/tests/**/*.test.tsx'], setupFiles: ['<rootDir>/tests/support/jsdomGlobals.ts'] },
  ],
};

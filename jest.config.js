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
   * No test relies on Jest's 5 s default: on a loaded 2-core machine (other suites and a CPU-bound
   * process beside, load average 9–12) tests without a limit of their own took up to 10.6 s (the
   * CLI's demo). 30 s is about 3× that worst case; heavier tests set their own limit beside the
   * measured time that sized it.
   */
  testTimeout: 30_000,
  projects: [
    { ...common, displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/tests/**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/'] },
    { ...common, displayName: 'e2e', testEnvironment: 'node', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'], globalSetup: '<rootDir>/tests/e2e/globalSetup.ts', globalTeardown: '<rootDir>/tests/e2e/globalTeardown.ts' },
    { ...common, displayName: 'ui', testEnvironment: 'jsdom', testMatch: ['<rootDir>/tests/**/*.test.tsx'], setupFiles: ['<rootDir>/tests/support/jsdomGlobals.ts'], setupFilesAfterEnv: ['<rootDir>/tests/support/testingLibrary.ts'] },
  ],
};

/** Two projects: the pure core, hosts and CLI run in Node; the task pane runs in jsdom. */
const tsJest = ['ts-jest', { tsconfig: { jsx: 'react-jsx', module: 'CommonJS', moduleResolution: 'Node', esModuleInterop: true, isolatedModules: true } }];
const common = {
  transform: { '^.+\\.tsx?$': tsJest },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js' },
};
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/tests/**/*.test.ts'] },
    { ...common, displayName: 'ui', testEnvironment: 'jsdom', testMatch: ['<rootDir>/tests/**/*.test.tsx'], setupFiles: ['<rootDir>/tests/support/jsdomGlobals.ts'] },
  ],
};

// Jest projects: unit tests open no sockets; integration tests run real HTTP on port 0.
/** @type {import('jest').Config} */
const common = {
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  moduleNameMapper: { '^adaptivecards$': 'adaptivecards/dist/adaptivecards.js' },
  testEnvironment: 'node',
};
module.exports = {
  // jest-circus reads only the global testTimeout (a project-level one is ignored). Tests that
  // need longer set it themselves; this bound keeps a hung integration test from waiting 5 s × n.
  testTimeout: 30000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'], testTimeout: 30000 },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'], testTimeout: 120000 },
  ],
};

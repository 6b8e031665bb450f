// ESLint flat config: type-checked rules as errors, and import boundaries that keep
// the core channel-neutral (services/ and cards/ never see botbuilder or Bolt).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const sdkImports = [
  { group: ['botbuilder', 'botbuilder-*', 'botframework-*'], message: 'Only bot/teams may import botbuilder.' },
  { group: ['@slack/*'], message: 'Only bot/slack may import Slack SDKs.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'devTools/**', 'tests/e2e/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.mjs', '*.js', 'scripts/*.mjs', 'services/tenant-simulator/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...sdkImports, { group: ['**/bot/**', '../../bot/*', '**/cards/**'], message: 'services/ imports neither bot/ nor cards/.' }] },
      ],
    },
  },
  {
    files: ['cards/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...sdkImports, { group: ['**/bot/**', '**/services/**'], message: 'cards/ imports neither bot/ nor services/.' }] },
      ],
    },
  },
  {
    files: ['bot/core/**/*.ts', 'bot/language/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: sdkImports }] },
  },
  {
    // Channels see the core only through its public surface (bot/core/core.ts): Core, runReply,
    // the turn and notifier types. Views come from cards/views.ts.
    files: ['bot/teams/**/*.ts', 'bot/slack/**/*.ts', 'bot/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/*', '**/core/**', '!**/core/core'],
              message: 'Channels import only bot/core/core.ts (Core, runReply, turn types) from the core.',
            },
          ],
        },
      ],
    },
  },
  {
    // The CLI, benchmarks and the simulator's own entry point talk to a terminal.
    files: ['bot/cli/**/*.ts', 'bench/**/*.ts', 'services/tenant-simulator/main.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', __dirname: 'readonly', module: 'writable', require: 'readonly' } },
  },
  { files: ['scripts/**/*.mjs'], rules: { 'no-console': 'off' } },
);

// Lets a child `node` process run the TypeScript sources directly (`node -r ./tests/support/register-swc.cjs
// bot/cli/main.ts …`), compiled in memory with @swc/core as jest does, so process-level tests
// (exit codes, pipes, signals) need no build step.
const { readFileSync } = require('node:fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};

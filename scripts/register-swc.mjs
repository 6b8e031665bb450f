// Lets `node` run the TypeScript sources directly, compiled in memory with @swc/core as jest does:
//   node --import ./scripts/register-swc.mjs bot/cli/main.ts …
// Process-level tests (exit codes, pipes, several bot processes) use it so they need no build step.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { transformSync } from '@swc/core';

const require = createRequire(import.meta.url);

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};

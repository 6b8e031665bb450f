// Runs a TypeScript entry point straight from the sources, compiled in memory with @swc/core as jest
// does:   node scripts/run-ts.mjs bot/cli/main.ts audit --json
// Process-level tests (exit codes, pipes, several bot processes) use it so they need no build step.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { transformSync } from '@swc/core';

const require = createRequire(import.meta.url);

// Resolution tries extensions in insertion order: `.ts` must come before `.json`, or
// `./product-catalog` would load product-catalog.json instead of product-catalog.ts.
const json = require.extensions['.json'];
delete require.extensions['.json'];
require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
require.extensions['.json'] = json;

const [entry] = process.argv.splice(2, 1);
if (!entry) {
  process.stderr.write('usage: node scripts/run-ts.mjs ENTRY.ts [args…]\n');
  process.exitCode = 2;
} else {
  // The entry sees the argv it would see as `node ENTRY.js args…`.
  process.argv[1] = resolve(entry);
  require(process.argv[1]);
}

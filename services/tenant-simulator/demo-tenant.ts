import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadTenantFile, type TenantFile } from './tenant-file';

/** The nearest folder above `from` holding a package.json: the repo root, from source or from dist/. */
function findRepoRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

/**
 * Absolute path of the demo tenant (Contoso AB). tsc does not copy JSON into dist/, so the path is
 * resolved against the repo root and works both from the TypeScript source and from compiled output.
 */
export const DEMO_TENANT_PATH: string = join(
  findRepoRoot(__dirname),
  'services',
  'tenant-simulator',
  'demo-tenant.json',
);

/** Loads and validates the demo tenant. Throws `TenantFileError` if it has been broken. */
export function loadDemoTenant(): TenantFile {
  return loadTenantFile(DEMO_TENANT_PATH);
}

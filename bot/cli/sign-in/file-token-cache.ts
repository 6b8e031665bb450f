/**
 * A persistent MSAL token cache in a file, plugged into @azure/identity.
 *
 * Why our own: `@azure/identity-cache-persistence` (the official plugin) stores the cache in the OS
 * secret store through native code (libsecret on Linux), which headless servers and CI lack, and it
 * would be one more native dependency. This plugin uses the same public mechanism
 * (`useIdentityPlugin` → `cachePluginControl.setPersistence`) with a plain file instead, readable
 * only by its owner (mode 0600 in a 0700 folder) — the same protection the Azure CLI gives its
 * token cache on Linux. The file holds refresh tokens: it is as sensitive as a password, so the
 * credential must ask for it with `unsafeAllowUnencryptedStorage: true`, and `name` must be an
 * absolute path prefix (the plugin writes `<name>.json`). @azure/identity asks for a CAE and a
 * non-CAE cache with the same options; both map to that one file, and only the non-CAE one is
 * used (License Desk does not enable CAE).
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';
import { useIdentityPlugin } from '@azure/identity';

/** The part of MSAL's cache API this plugin uses (MSAL's `ICachePlugin` / `TokenCacheContext`). */
interface SerializableCache {
  serialize(): string;
  deserialize(cache: string): void;
}
interface CacheContext {
  cacheHasChanged: boolean;
  tokenCache: SerializableCache;
}
export interface CachePlugin {
  beforeCacheAccess(context: CacheContext): Promise<void>;
  afterCacheAccess(context: CacheContext): Promise<void>;
}

/** The options @azure/identity passes to a persistence provider (its `TokenCachePersistenceOptions`). */
interface PersistenceOptions {
  name?: string;
  unsafeAllowUnencryptedStorage?: boolean;
}

/** The plugin context @azure/identity hands to `useIdentityPlugin` plugins (only the part used here). */
interface PluginContext {
  cachePluginControl: { setPersistence(provider: (options?: PersistenceOptions) => Promise<CachePlugin>): void };
}

/** A cache plugin reading and writing `path` (created 0600, its folder 0700; written atomically). */
export function fileCachePlugin(path: string): CachePlugin {
  return {
    beforeCacheAccess(context) {
      if (existsSync(path)) context.tokenCache.deserialize(readFileSync(path, 'utf8'));
      return Promise.resolve();
    },
    afterCacheAccess(context) {
      if (context.cacheHasChanged) writePrivateFile(path, context.tokenCache.serialize());
      return Promise.resolve();
    },
  };
}

/** Writes `text` to `path` readable by the owner only; a crash mid-write leaves the old file. */
export function writePrivateFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}

let registered = false;

/** Registers the file cache with @azure/identity once per process (its plugin registry is global). */
export function useFileTokenCache(): void {
  if (registered) return;
  registered = true;
  useIdentityPlugin((context: unknown) => {
    (context as PluginContext).cachePluginControl.setPersistence((options) => {
      const name = options?.name ?? '';
      if (!isAbsolute(name)) return Promise.reject(new Error('token cache: name must be an absolute path prefix'));
      if (options?.unsafeAllowUnencryptedStorage !== true)
        return Promise.reject(new Error('token cache: a file cache is unencrypted; ask for it explicitly'));
      return Promise.resolve(fileCachePlugin(`${name}.json`));
    });
  });
}

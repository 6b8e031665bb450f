import type { PackageProblem, PackageResult } from './package-problem';

/**
 * The settings the Teams package needs, keyed by their placeholder names in the template.
 * `MicrosoftAppId` is the bot's Entra app (client) id, a GUID; `BOT_DOMAIN` is the public host
 * name the bot is served on (`licensedesk.example.com`), without scheme, port or path, because
 * Teams wants a bare domain in `validDomains` and the template adds `https://` itself.
 */
export interface PackageSettings {
  MicrosoftAppId: string;
  BOT_DOMAIN: string;
}

const GUID = /^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
/** DNS host name with at least two labels; labels 1–63 chars of letters, digits and inner hyphens. */
const HOST_NAME =
  /^(?=.{1,253}$)(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z][a-zA-Z0-9-]{0,61}[a-zA-Z0-9]$/;

function check(
  env: Readonly<Record<string, string | undefined>>,
  setting: keyof PackageSettings,
  valid: (value: string) => string | undefined,
): PackageProblem | string {
  const value = (env[setting] ?? '').trim();
  if (value === '') return { code: 'manifest/missing-setting', setting, message: `${setting} is not set` };
  const expectation = valid(value);
  // The message states the expectation only: settings may come from a secrets store.
  return expectation === undefined
    ? value
    : { code: 'manifest/invalid-setting', setting, message: `${setting}: expected ${expectation}` };
}

/**
 * Reads and checks the package settings from an environment record (process.env merged with
 * .env by the caller). Blank counts as missing. Returns every problem at once. Pure.
 */
export function readPackageSettings(env: Readonly<Record<string, string | undefined>>): PackageResult<PackageSettings> {
  const appId = check(env, 'MicrosoftAppId', (v) =>
    GUID.test(v) ? undefined : 'a GUID such as 00000000-0000-0000-0000-000000000000',
  );
  const domain = check(env, 'BOT_DOMAIN', (v) => {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || v.includes('/'))
      return 'a host name such as licensedesk.example.com, not a URL';
    return HOST_NAME.test(v) ? undefined : 'a host name such as licensedesk.example.com (no port)';
  });
  if (typeof appId === 'string' && typeof domain === 'string') {
    return { ok: true, value: { MicrosoftAppId: appId, BOT_DOMAIN: domain.toLowerCase() } };
  }
  return { ok: false, problems: [appId, domain].filter((p): p is PackageProblem => typeof p !== 'string') };
}

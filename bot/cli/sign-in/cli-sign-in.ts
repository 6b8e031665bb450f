/**
 * `license-desk login`: the admin signs in as themselves (device code flow, like `Connect-MgGraph
 * -UseDeviceCode`), and later commands know who asks from Graph's `/me` — instead of trusting a
 * `--as <upn>` claim. The user's token is used for exactly that question (scope `User.Read`); the
 * removals still run on the app's own Graph permissions, under License Desk's rules for the
 * signed-in requester (role, administrative unit, manager), as in chat.
 *
 * What is kept, in `stateDir` (default `~/.license-desk`, folder 0700, files 0600):
 * - `auth-record.json`: the AuthenticationRecord (account, tenant, client and authority ids; no secret);
 * - `msal-token-cache.json`: MSAL's token cache — access and REFRESH tokens, unencrypted, protected
 *   by file permissions only (see file-token-cache.ts). `logout` deletes both files.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  type AuthenticationRecord,
  AuthenticationRequiredError,
  DeviceCodeCredential,
  type DeviceCodeCredentialOptions,
  deserializeAuthenticationRecord,
  serializeAuthenticationRecord,
} from '@azure/identity';
import { useFileTokenCache, writePrivateFile } from './file-token-cache';

/** The delegated scope asked for by default: enough to read `/me`, nothing more. */
export const SIGN_IN_SCOPE = 'https://graph.microsoft.com/User.Read';

/** `User.Read` on the Graph that is used (national clouds have their own host); the global one otherwise. */
export function signInScope(graphBaseUrl: string | undefined): string {
  return graphBaseUrl?.startsWith('https://') ? `${graphBaseUrl.replace(/\/+$/, '')}/User.Read` : SIGN_IN_SCOPE;
}

/** Authority hosts MSAL knows (public and national clouds); any other one skips instance discovery. */
const KNOWN_AUTHORITY_HOSTS = new Set([
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.chinacloudapi.cn',
  'login.partner.microsoftonline.cn',
]);

const RECORD_FILE = 'auth-record.json';
const CACHE_NAME = 'msal-token-cache';

export interface SignInSettings {
  tenantId: string;
  /** A public-client app registration ("Allow public client flows") with delegated User.Read. */
  clientId: string;
  authorityHost: string;
  stateDir: string;
  /** An extra trusted CA (PEM) for the authority host: a TLS-inspecting proxy's, or a test's local fake. */
  authorityCa?: string;
  /** The delegated scope; default SIGN_IN_SCOPE. */
  scope?: string;
}

/** Signing in is needed (none yet, or it can no longer be renewed without the user). */
export class SignInRequiredError extends Error {
  override readonly name = 'SignInRequiredError';
}

function credentialOptions(settings: SignInSettings): DeviceCodeCredentialOptions {
  useFileTokenCache();
  const host = new URL(settings.authorityHost).hostname.toLowerCase();
  return {
    tenantId: settings.tenantId,
    clientId: settings.clientId,
    authorityHost: settings.authorityHost,
    ...(KNOWN_AUTHORITY_HOSTS.has(host) ? {} : { disableInstanceDiscovery: true }),
    tokenCachePersistenceOptions: {
      enabled: true,
      name: join(settings.stateDir, CACHE_NAME),
      unsafeAllowUnencryptedStorage: true,
    },
    ...(settings.authorityCa ? { tlsOptions: { ca: settings.authorityCa } } : {}),
  };
}

/**
 * Runs the device code flow: `prompt` gets Entra's message ("To sign in, use a web browser to open
 * … and enter the code …"); resolves once the user has signed in, with the record saved.
 */
export async function signIn(
  settings: SignInSettings,
  prompt: (message: string) => void,
): Promise<AuthenticationRecord> {
  const credential = new DeviceCodeCredential({
    ...credentialOptions(settings),
    userPromptCallback: (info) => prompt(info.message),
  });
  const record = await credential.authenticate(settings.scope ?? SIGN_IN_SCOPE);
  if (!record) throw new SignInRequiredError('the sign-in ended without an account');
  writePrivateFile(join(settings.stateDir, RECORD_FILE), serializeAuthenticationRecord(record));
  return record;
}

/**
 * A token provider for the signed-in user, silent only: from the cache, renewed with the cached
 * refresh token when needed, never a new prompt (a script must not hang on one). Throws
 * SignInRequiredError when nobody has signed in, or the sign-in can no longer be renewed.
 */
export async function signedInToken(settings: SignInSettings): Promise<string> {
  const recordPath = join(settings.stateDir, RECORD_FILE);
  if (!existsSync(recordPath)) throw new SignInRequiredError('not signed in');
  let record: AuthenticationRecord;
  try {
    record = deserializeAuthenticationRecord(readFileSync(recordPath, 'utf8'));
  } catch {
    throw new SignInRequiredError(`the saved sign-in (${recordPath}) is unreadable`);
  }
  if (record.tenantId.toLowerCase() !== settings.tenantId.toLowerCase() || record.clientId !== settings.clientId)
    throw new SignInRequiredError('the saved sign-in is for another tenant or app');
  const credential = new DeviceCodeCredential({
    ...credentialOptions(settings),
    authenticationRecord: record,
    disableAutomaticAuthentication: true,
  });
  try {
    return (await credential.getToken(settings.scope ?? SIGN_IN_SCOPE)).token;
  } catch (e) {
    if (e instanceof AuthenticationRequiredError) throw new SignInRequiredError('the sign-in has expired');
    throw e;
  }
}

/** Forgets the sign-in: deletes the record and the token cache. Resolves the files it removed. */
export function signOut(settings: Pick<SignInSettings, 'stateDir'>): string[] {
  const files = [RECORD_FILE, `${CACHE_NAME}.json`].map((f) => join(settings.stateDir, f));
  const removed = files.filter((f) => existsSync(f));
  for (const f of removed) rmSync(f, { force: true });
  return removed;
}

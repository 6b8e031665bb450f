import {
  ClientCertificateCredential,
  ClientSecretCredential,
  ManagedIdentityCredential,
  type TokenCredential,
} from '@azure/identity';

/** The one scope an app-only Graph token is requested for. */
export const GRAPH_DEFAULT_SCOPE = 'https://graph.microsoft.com/.default';

/** Longest one token request may take (the credentials retry inside it). */
export const TOKEN_TIMEOUT_MS = 30_000;

/**
 * How the app gets Graph tokens (client credentials, app-only):
 * - `certificatePath` (a PEM file with key and certificate) or `clientSecret` of an app
 *   registration in `tenantId`; a certificate wins when both are given (the stronger credential);
 * - neither: the managed identity of the Azure resource the bot runs on (App Service, Container
 *   Apps, a VM), user-assigned when `clientId` names one, else system-assigned.
 */
export interface TokenProviderConfig {
  tenantId?: string;
  clientId?: string;
  clientSecret?: string;
  certificatePath?: string;
  timeoutMs?: number;
}

export type GraphCredentialKind = 'certificate' | 'client secret' | 'managed identity';

/** Which credential `createTokenProvider` will use for this configuration. */
export function credentialKind(cfg: TokenProviderConfig): GraphCredentialKind {
  if (cfg.certificatePath) return 'certificate';
  if (cfg.clientSecret) return 'client secret';
  return 'managed identity';
}

/**
 * Returns a function resolving a bearer token for Microsoft Graph. The credential caches and
 * refreshes tokens itself, so calling the function per request is cheap. Makes no network call
 * until first called. Throws synchronously when a secret or certificate is given without the
 * app registration's tenant and client id.
 */
export function createTokenProvider(cfg: TokenProviderConfig): () => Promise<string> {
  const credential = createCredential(cfg);
  const timeoutMs = cfg.timeoutMs ?? TOKEN_TIMEOUT_MS;
  return async () => {
    const token = await credential.getToken(GRAPH_DEFAULT_SCOPE, { abortSignal: AbortSignal.timeout(timeoutMs) });
    // TokenCredential's type allows null ("no token"); the identity credentials throw instead, but be explicit.
    if (!token) throw new Error('Graph credentials: no token was issued.');
    return token.token;
  };
}

function createCredential(cfg: TokenProviderConfig): TokenCredential {
  const kind = credentialKind(cfg);
  if (kind === 'managed identity') {
    // The identity library finds the endpoint itself (App Service: IDENTITY_ENDPOINT + IDENTITY_HEADER).
    return cfg.clientId ? new ManagedIdentityCredential({ clientId: cfg.clientId }) : new ManagedIdentityCredential();
  }
  if (!cfg.tenantId || !cfg.clientId) {
    throw new Error(`Graph credentials: a ${kind} needs the app registration's tenant id and client id.`);
  }
  if (cfg.certificatePath) {
    return new ClientCertificateCredential(cfg.tenantId, cfg.clientId, { certificatePath: cfg.certificatePath });
  }
  return new ClientSecretCredential(cfg.tenantId, cfg.clientId, cfg.clientSecret ?? '');
}

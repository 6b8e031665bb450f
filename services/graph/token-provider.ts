import { ClientCertificateCredential, ClientSecretCredential, type TokenCredential } from '@azure/identity';

/** The one scope an app-only Graph token is requested for. */
export const GRAPH_DEFAULT_SCOPE = 'https://graph.microsoft.com/.default';

/**
 * App registration used to get Graph tokens (client credentials flow).
 * Exactly one of `clientSecret` or `certificatePath` (a PEM file with key and certificate) is required;
 * a certificate wins when both are given, because it is the stronger credential.
 */
export interface TokenProviderConfig {
  tenantId: string;
  clientId: string;
  clientSecret?: string;
  certificatePath?: string;
}

/**
 * Returns a function resolving a bearer token for Microsoft Graph. The credential caches and
 * refreshes tokens itself, so calling the function per request is cheap. Makes no network call
 * until first called. Throws synchronously when neither secret nor certificate is configured.
 */
export function createTokenProvider(cfg: TokenProviderConfig): () => Promise<string> {
  const credential = createCredential(cfg);
  return async () => {
    const token = await credential.getToken(GRAPH_DEFAULT_SCOPE);
    // TokenCredential's type allows null ("no token"); the identity credentials throw instead, but be explicit.
    if (!token) throw new Error('Graph credentials: no token was issued.');
    return token.token;
  };
}

function createCredential(cfg: TokenProviderConfig): TokenCredential {
  if (cfg.certificatePath) {
    return new ClientCertificateCredential(cfg.tenantId, cfg.clientId, { certificatePath: cfg.certificatePath });
  }
  if (cfg.clientSecret) {
    return new ClientSecretCredential(cfg.tenantId, cfg.clientId, cfg.clientSecret);
  }
  throw new Error('Graph credentials: set a client secret or a certificate path.');
}

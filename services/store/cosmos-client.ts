import * as https from 'node:https';
import { CosmosClient, type ConnectionPolicy } from '@azure/cosmos';
import type { TokenCredential } from '@azure/identity';

/** Where and how to reach one Cosmos DB account. */
export interface CosmosConnectionOptions {
  /** Account endpoint; `http:` only for a local server (the embedded one or an emulator). */
  endpoint: string;
  /** Account key. When absent, `credential` (Entra ID, data-plane RBAC) authenticates. */
  key?: string;
  credential?: TokenCredential;
  /** Bound on one HTTP attempt in milliseconds (default 5 000). */
  requestTimeoutMs?: number;
}

/** A client and the way to release it: `close()` stops background timers and frees sockets. */
export interface CosmosConnection {
  client: CosmosClient;
  close(): void;
}

/**
 * Builds a `CosmosClient` whose calls are bounded: each HTTP attempt by `requestTimeout`, and
 * 429 throttling retries by count and total wait (the SDK defaults are 9 retries and 30 s).
 *
 * Keep-alive: the SDK's own default agents already keep connections alive. Over https we pass
 * our own keep-alive agent so `close()` can destroy its sockets. Over http we must not pass one:
 * @azure/cosmos 4.9 only sets `allowInsecureConnection` on the request when it picks the agent
 * itself, and with a custom agent every http call fails ("Cannot connect to http://… while
 * allowInsecureConnection is false"; see RequestHandler.js). Endpoint discovery is off over http,
 * because a local server advertises https endpoints the client would then be redirected to.
 */
export function connectCosmos(options: CosmosConnectionOptions): CosmosConnection {
  const secure = new URL(options.endpoint).protocol === 'https:';
  const agent = secure ? new https.Agent({ keepAlive: true }) : undefined;
  const connectionPolicy: ConnectionPolicy = {
    requestTimeout: options.requestTimeoutMs ?? 5_000,
    enableEndpointDiscovery: secure,
    retryOptions: { maxRetryAttemptCount: 3, maxWaitTimeInSeconds: 5 },
  };
  const auth =
    options.key !== undefined
      ? { key: options.key }
      : options.credential !== undefined
        ? { aadCredentials: options.credential }
        : undefined;
  if (auth === undefined) throw new TypeError('connectCosmos needs a key or a credential');
  const client = new CosmosClient({
    endpoint: options.endpoint,
    ...auth,
    connectionPolicy,
    ...(agent ? { agent } : {}),
  });
  return {
    client,
    close() {
      client.dispose();
      agent?.destroy();
    },
  };
}

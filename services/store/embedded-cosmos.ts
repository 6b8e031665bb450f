import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpServer } from '@vercel/cosmosdb-server';

/** A running in-process Cosmos DB server. Memory only: everything is gone after `close()`. */
export interface EmbeddedCosmos {
  /** `http://127.0.0.1:<port>`; connect with endpoint discovery off (see `connectCosmos`). */
  endpoint: string;
  /** Any base64 string is accepted by the server; the client still needs one to sign requests. */
  key: string;
  /** Stops listening and destroys every open connection, so nothing keeps the process alive. */
  close(): Promise<void>;
}

/**
 * Starts `@vercel/cosmosdb-server` on 127.0.0.1 and a free port. It speaks the real Cosmos REST
 * protocol (partition keys, 404/409, If-Match with real 412s, parameterised queries) but has no
 * TTL, change feed, stored procedures or atomic batch. Served over HTTP because the package's
 * bundled certificate expired in 2021; TLS verification is never turned off instead.
 */
export async function startEmbeddedCosmos(): Promise<EmbeddedCosmos> {
  // keepAlive: the server answers `Connection: close` to every request unless told otherwise.
  const server = createHttpServer({ keepAlive: true });
  await listen(server);
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    key: randomBytes(64).toString('base64'),
    close: () => shutdown(server),
  };
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function shutdown(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close((error) => (error ? reject(error) : resolve()));
    // close() alone waits for idle keep-alive connections; these would hold jest open.
    server.closeAllConnections();
  });
}

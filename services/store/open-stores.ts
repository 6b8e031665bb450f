import { DefaultAzureCredential } from '@azure/identity';
import type { Container, Database } from '@azure/cosmos';
import type { CoordinationDocument } from './coordination-document';
import type { DocumentStore, StoredDocument } from './document-store';
import { CosmosDocumentStore } from './cosmos-document-store';
import { connectCosmos, type CosmosConnection } from './cosmos-client';
import { startEmbeddedCosmos, type EmbeddedCosmos } from './embedded-cosmos';
import { asStoreError, statusOf } from './cosmos-errors';
import { withDeadline } from './store-deadline';

/** Where License Desk keeps its state. */
export interface StoreConfig {
  /** A Cosmos DB account endpoint. Absent: an embedded in-memory server is started. */
  endpoint?: string;
  /** Account key for `endpoint`. Absent with an endpoint: Entra ID via `DefaultAzureCredential`. */
  key?: string;
  /** Database id (default `license-desk`). */
  databaseId?: string;
  /** Bound on each store call, retries included, in milliseconds (default 10 000). */
  timeoutMs?: number;
  /** Without an endpoint: how the embedded server is started (default here, on this thread). */
  startEmbedded?: () => Promise<EmbeddedCosmos>;
}

/**
 * The opened stores. `embedded` is true when state lives only in this process's memory (the
 * startup log must say so). `describe` is a one-line summary for that log: endpoint, database
 * and auth kind, never the key. `close()` releases the client and, if embedded, stops the
 * server; it is safe to call once, after which the stores must not be used.
 */
export interface Stores<R extends StoredDocument, A extends StoredDocument, C extends StoredDocument> {
  requests: DocumentStore<R>;
  audit: DocumentStore<A>;
  conversations: DocumentStore<C>;
  /** Leases and the shared write quota (see `coordination-document.ts`). */
  coordination: DocumentStore<CoordinationDocument>;
  embedded: boolean;
  endpoint: string;
  describe: string;
  close(): Promise<void>;
}

/**
 * Connects to Cosmos DB (or starts the embedded server) and creates the database and containers
 * if missing. With Entra ID auth, data-plane roles cannot create databases or containers; that
 * is fine when they exist, because `createIfNotExists` reads first and only creates on a 404.
 * Rejects `store/unavailable` when the account cannot be reached in time, after cleaning up.
 */
export async function openStores<R extends StoredDocument, A extends StoredDocument, C extends StoredDocument>(
  config: StoreConfig,
): Promise<Stores<R, A, C>> {
  if (config.endpoint === undefined && config.key !== undefined) {
    throw new TypeError('A Cosmos DB key was given without an endpoint');
  }
  const databaseId = config.databaseId ?? 'license-desk';
  const timeoutMs = config.timeoutMs ?? 10_000;
  const embedded = config.endpoint === undefined ? await (config.startEmbedded ?? startEmbeddedCosmos)() : undefined;
  const endpoint = embedded?.endpoint ?? config.endpoint ?? '';
  let connection: CosmosConnection | undefined;
  try {
    connection = connectCosmos(
      embedded !== undefined
        ? { endpoint, key: embedded.key }
        : config.key !== undefined
          ? { endpoint, key: config.key }
          : { endpoint, credential: new DefaultAzureCredential() },
    );
    const database = await ensureDatabase(connection, databaseId, timeoutMs);
    const [requests, audit, conversations, coordination] = await Promise.all([
      ensureContainer(database, 'requests', timeoutMs),
      ensureContainer(database, 'audit', timeoutMs),
      ensureContainer(database, 'conversations', timeoutMs),
      ensureContainer(database, 'coordination', timeoutMs),
    ]);
    const opened = connection;
    return {
      requests: new CosmosDocumentStore<R>(requests, { timeoutMs }),
      audit: new CosmosDocumentStore<A>(audit, { timeoutMs }),
      conversations: new CosmosDocumentStore<C>(conversations, { timeoutMs }),
      coordination: new CosmosDocumentStore<CoordinationDocument>(coordination, { timeoutMs }),
      embedded: embedded !== undefined,
      endpoint,
      describe: describeStores(endpoint, databaseId, embedded, config.key !== undefined),
      close: () => release(opened, embedded),
    };
  } catch (error) {
    await release(connection, embedded);
    throw asStoreError(error, `open database ${databaseId} at ${endpoint}`);
  }
}

/**
 * `createIfNotExists` reads, then creates on a 404: two processes opening a new account at once both
 * read 404 and the slower create gets 409. A 409 means it exists now, which is all we wanted, so
 * that case reads it instead of failing the start.
 */
async function createOrRead<T>(create: () => Promise<T>, read: () => Promise<T>): Promise<T> {
  try {
    return await create();
  } catch (error) {
    if (statusOf(error) !== 409) throw error;
    return read();
  }
}

async function ensureDatabase(connection: CosmosConnection, id: string, timeoutMs: number): Promise<Database> {
  const what = `open database ${id}`;
  const { database } = await createOrRead(
    () =>
      withDeadline(timeoutMs, what, (abortSignal) =>
        connection.client.databases.createIfNotExists({ id }, { abortSignal }),
      ),
    () => withDeadline(timeoutMs, what, (abortSignal) => connection.client.database(id).read({ abortSignal })),
  );
  return database;
}

/** Every container is partitioned by `/tenantId`, the port's partition key. */
async function ensureContainer(database: Database, id: string, timeoutMs: number): Promise<Container> {
  const what = `open container ${id}`;
  const { container } = await createOrRead(
    () =>
      withDeadline(timeoutMs, what, (abortSignal) =>
        database.containers.createIfNotExists({ id, partitionKey: { paths: ['/tenantId'] } }, { abortSignal }),
      ),
    () => withDeadline(timeoutMs, what, (abortSignal) => database.container(id).read({ abortSignal })),
  );
  return container;
}

async function release(connection: CosmosConnection | undefined, embedded: EmbeddedCosmos | undefined): Promise<void> {
  connection?.close();
  await embedded?.close();
}

function describeStores(
  endpoint: string,
  databaseId: string,
  embedded: EmbeddedCosmos | undefined,
  withKey: boolean,
): string {
  if (embedded !== undefined) {
    return `embedded Cosmos DB (@vercel/cosmosdb-server, memory only: all state is lost on exit) at ${endpoint}, database ${databaseId}`;
  }
  return `Cosmos DB at ${endpoint}, database ${databaseId}, auth ${withKey ? 'account key' : 'Entra ID (DefaultAzureCredential)'}`;
}

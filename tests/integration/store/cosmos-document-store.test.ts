import { randomUUID } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { connectCosmos, type CosmosConnection } from '../../../services/store/cosmos-client';
import { CosmosDocumentStore } from '../../../services/store/cosmos-document-store';
import { StoreError } from '../../../services/store/document-store';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../../services/store/embedded-cosmos';
import type { Database } from '@azure/cosmos';
import { describeDocumentStoreContract, type ContractDoc } from '../../support/document-store-contract';

let server: EmbeddedCosmos;
let connection: CosmosConnection;
let database: Database;

beforeAll(async () => {
  server = await startEmbeddedCosmos();
  connection = connectCosmos({ endpoint: server.endpoint, key: server.key });
  ({ database } = await connection.client.databases.createIfNotExists({ id: 'contract' }));
});

afterAll(async () => {
  connection?.close();
  await server?.close();
});

// A container per test: as fresh as the memory fake's `new`, and cheap on the embedded server.
describeDocumentStoreContract('CosmosDocumentStore on @vercel/cosmosdb-server', async () => {
  const { container } = await database.containers.createIfNotExists({
    id: `c-${randomUUID()}`,
    partitionKey: { paths: ['/tenantId'] },
  });
  return new CosmosDocumentStore<ContractDoc>(container);
});

describe('CosmosDocumentStore failures', () => {
  async function rejectionOf(promise: Promise<unknown>): Promise<StoreError> {
    const error: unknown = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    return error as StoreError;
  }

  it('strips Cosmos system fields but keeps _etag', async () => {
    const { container } = await database.containers.createIfNotExists({
      id: `c-${randomUUID()}`,
      partitionKey: { paths: ['/tenantId'] },
    });
    const store = new CosmosDocumentStore<{ id: string; tenantId: string }>(container);
    const created = await store.create({ id: 'd1', tenantId: 't1' });
    expect(Object.keys(created).sort()).toEqual(['_etag', 'id', 'tenantId']);
    // The raw resource really had them, so the stripping is doing work.
    const { resource } = await container.item('d1', 't1').read<Record<string, unknown>>();
    expect(resource).toHaveProperty('_rid');
    expect(resource).toHaveProperty('_ts');
  });

  it('maps a refused connection to store/unavailable', async () => {
    // A port that was just free: nothing listens there any more.
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const dead = connectCosmos({ endpoint: `http://127.0.0.1:${port}`, key: server.key });
    try {
      const store = new CosmosDocumentStore(dead.client.database('db').container('c'));
      const error = await rejectionOf(store.read('t1', 'd1'));
      expect(error.code).toBe('store/unavailable');
      expect(error.cause).toBeDefined();
      expect((await rejectionOf(store.upsert({ id: 'd1', tenantId: 't1' }))).code).toBe('store/unavailable');
    } finally {
      dead.close();
    }
  });

  it('gives up with store/unavailable when the server never answers', async () => {
    // Accepts the connection, then says nothing: only the deadline can end the call.
    const silent = http.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const hung = connectCosmos({ endpoint: `http://127.0.0.1:${port}`, key: server.key });
    try {
      const store = new CosmosDocumentStore(hung.client.database('db').container('c'), { timeoutMs: 300 });
      const error = await rejectionOf(store.read('t1', 'd1'));
      expect(error.code).toBe('store/unavailable');
      expect(error.message).toMatch(/longer than 300 ms/);
    } finally {
      hung.close();
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});

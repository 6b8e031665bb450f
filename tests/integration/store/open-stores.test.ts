import * as http from 'node:http';
import { StoreError, type StoredDocument } from '../../../services/store/document-store';
import { startEmbeddedCosmos } from '../../../services/store/embedded-cosmos';
import { openStores } from '../../../services/store/open-stores';

interface Note extends StoredDocument {
  text: string;
}

function isListening(endpoint: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(endpoint, { agent: false }, (response) => {
      response.resume();
      resolve(true);
    });
    request.on('error', () => resolve(false));
  });
}

describe('openStores', () => {
  it('starts the embedded server when no endpoint is given, and stops it on close', async () => {
    const stores = await openStores<Note, Note, Note>({});
    try {
      expect(stores.embedded).toBe(true);
      expect(stores.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(stores.describe).toContain('memory only');
      expect(stores.describe).toContain('license-desk');
      // The three containers are distinct: the same id in each is three documents.
      await stores.requests.create({ id: 'n1', tenantId: 't1', text: 'request' });
      await stores.audit.create({ id: 'n1', tenantId: 't1', text: 'audit' });
      await stores.conversations.create({ id: 'n1', tenantId: 't1', text: 'conversation' });
      expect((await stores.requests.read('t1', 'n1'))?.text).toBe('request');
      expect((await stores.audit.read('t1', 'n1'))?.text).toBe('audit');
      expect((await stores.conversations.read('t1', 'n1'))?.text).toBe('conversation');
      expect(await isListening(stores.endpoint)).toBe(true);
    } finally {
      await stores.close();
    }
    expect(await isListening(stores.endpoint)).toBe(false);
  });

  it('connects to a given endpoint with a key, reusing the database and containers it finds', async () => {
    const server = await startEmbeddedCosmos();
    try {
      const first = await openStores<Note, Note, Note>({
        endpoint: server.endpoint,
        key: server.key,
        databaseId: 'desk-test',
      });
      expect(first.embedded).toBe(false);
      expect(first.describe).toContain('account key');
      expect(first.describe).not.toContain(server.key);
      await first.requests.create({ id: 'kept', tenantId: 't1', text: 'still here' });
      await first.close();
      // The server outlives the stores that did not start it; a second open sees the same data.
      const second = await openStores<Note, Note, Note>({
        endpoint: server.endpoint,
        key: server.key,
        databaseId: 'desk-test',
      });
      try {
        expect((await second.requests.read('t1', 'kept'))?.text).toBe('still here');
      } finally {
        await second.close();
      }
    } finally {
      await server.close();
    }
  });

  it('lets several processes create the same database and containers at once (409 means it exists)', async () => {
    const server = await startEmbeddedCosmos();
    try {
      const options = { endpoint: server.endpoint, key: server.key, databaseId: 'desk-race' };
      const opened = await Promise.allSettled([1, 2, 3, 4].map(() => openStores<Note, Note, Note>(options)));
      for (const o of opened) if (o.status === 'fulfilled') await o.value.close();
      expect(opened.map((o) => (o.status === 'rejected' ? String(o.reason) : 'ok'))).toEqual(['ok', 'ok', 'ok', 'ok']);
    } finally {
      await server.close();
    }
  });

  it('rejects store/unavailable when the account cannot be reached', async () => {
    const server = await startEmbeddedCosmos();
    const { endpoint, key } = server;
    await server.close();
    const error: unknown = await openStores({ endpoint, key, timeoutMs: 2_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('store/unavailable');
  });

  it('refuses a key without an endpoint rather than ignoring it', async () => {
    await expect(openStores({ key: 'c2VjcmV0' })).rejects.toThrow(TypeError);
  });
});

// The one contract every DocumentStore implementation must meet (botbuilder's storageBaseTests
// habit): run against the Cosmos store on cosmosdb-server and against the memory fake, so the
// fake cannot drift from what Cosmos really does.
import { randomUUID } from 'node:crypto';
import {
  StoreError,
  type DocumentStore,
  type StoredDocument,
  type StoreErrorCode,
  type Versioned,
} from '../../services/store/document-store';

/** The document shape the contract exercises: strings, numbers, booleans and nested data. */
export interface ContractDoc extends StoredDocument {
  title: string;
  status: 'open' | 'closed';
  rank: number;
  pinned: boolean;
  tags: string[];
  owner?: { name: string };
  when?: string;
}

/** Makes a store with no documents of the tenants the contract uses (fresh per test). */
export type MakeStore = () => Promise<DocumentStore<ContractDoc>> | DocumentStore<ContractDoc>;

function aDoc(overrides: Partial<ContractDoc> = {}): ContractDoc {
  return {
    id: randomUUID(),
    tenantId: 'tenant-a',
    title: 'First',
    status: 'open',
    rank: 1,
    pinned: false,
    tags: ['x'],
    ...overrides,
  };
}

/** Rejects with a StoreError carrying `code` (not merely any error). */
async function expectStoreError(promise: Promise<unknown>, code: StoreErrorCode): Promise<void> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  expect((error as StoreError).code).toBe(code);
}

/** The document as the caller wrote it, i.e. without the ETag. */
function body(doc: Versioned<ContractDoc>): ContractDoc {
  const { _etag: _ignored, ...rest } = doc;
  return rest;
}

export function describeDocumentStoreContract(name: string, makeStore: MakeStore): void {
  describe(`DocumentStore contract: ${name}`, () => {
    let store: DocumentStore<ContractDoc>;
    let tenant: string;
    let other: string;

    beforeEach(async () => {
      store = await makeStore();
      // Unique tenants per test, so no test sees another's documents even in a shared container.
      tenant = `tenant-${randomUUID()}`;
      other = `tenant-${randomUUID()}`;
    });

    describe('create and read', () => {
      it('returns the document with an ETag and nothing but its own fields', async () => {
        const doc = aDoc({ tenantId: tenant, owner: { name: 'Ada' } });
        const created = await store.create(doc);
        expect(typeof created._etag).toBe('string');
        expect(created._etag.length).toBeGreaterThan(0);
        expect(Object.keys(created).sort()).toEqual([...Object.keys(doc), '_etag'].sort());
        expect(body(created)).toEqual(doc);
        const read = await store.read(tenant, doc.id);
        expect(read).toEqual(created);
      });

      it('reads a missing document as undefined, not an error', async () => {
        await expect(store.read(tenant, 'no-such-id')).resolves.toBeUndefined();
      });

      it('rejects store/exists for a taken id and leaves the original alone', async () => {
        const doc = aDoc({ tenantId: tenant });
        await store.create(doc);
        await expectStoreError(store.create({ ...doc, title: 'Second' }), 'store/exists');
        expect((await store.read(tenant, doc.id))?.title).toBe('First');
      });

      it('serialises through JSON: dates become strings, undefined fields vanish', async () => {
        const doc = {
          ...aDoc({ tenantId: tenant }),
          when: new Date('2025-01-02T03:04:05.000Z') as unknown as string,
          owner: undefined,
        } as unknown as ContractDoc; // an undefined field on purpose: JSON must drop it
        await store.create(doc);
        const read = await store.read(tenant, doc.id);
        expect(read?.when).toBe('2025-01-02T03:04:05.000Z');
        expect(read).not.toHaveProperty('owner');
      });
    });

    describe('replace', () => {
      it('writes with the current ETag and hands back a new one', async () => {
        const created = await store.create(aDoc({ tenantId: tenant }));
        const replaced = await store.replace({ ...created, status: 'closed', rank: 5 });
        expect(replaced._etag).not.toBe(created._etag);
        expect(replaced).toMatchObject({ status: 'closed', rank: 5 });
        expect(await store.read(tenant, created.id)).toEqual(replaced);
        // The new ETag is good for the next write; chained writes work.
        await expect(store.replace({ ...replaced, rank: 6 })).resolves.toMatchObject({ rank: 6 });
      });

      it('rejects store/conflict for a stale ETag and keeps the winner', async () => {
        const created = await store.create(aDoc({ tenantId: tenant }));
        await store.replace({ ...created, title: 'Winner' });
        await expectStoreError(store.replace({ ...created, title: 'Loser' }), 'store/conflict');
        expect((await store.read(tenant, created.id))?.title).toBe('Winner');
      });

      it('rejects store/not-found for a deleted document, and does not recreate it', async () => {
        const created = await store.create(aDoc({ tenantId: tenant }));
        await store.delete(tenant, created.id);
        await expectStoreError(store.replace({ ...created, title: 'Ghost' }), 'store/not-found');
        await expect(store.read(tenant, created.id)).resolves.toBeUndefined();
      });

      it('lets exactly one of two concurrent replaces with the same ETag win (20 rounds)', async () => {
        for (let round = 0; round < 20; round++) {
          const created = await store.create(aDoc({ tenantId: tenant }));
          const outcomes = await Promise.allSettled([
            store.replace({ ...created, title: 'A' }),
            store.replace({ ...created, title: 'B' }),
          ]);
          const won = outcomes.filter((o) => o.status === 'fulfilled');
          const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
          expect(won).toHaveLength(1);
          expect(lost).toHaveLength(1);
          expect(lost[0]!.reason).toBeInstanceOf(StoreError);
          expect((lost[0]!.reason as StoreError).code).toBe('store/conflict');
          const winner = (won[0] as PromiseFulfilledResult<Versioned<ContractDoc>>).value;
          expect(await store.read(tenant, created.id)).toEqual(winner);
        }
      });
    });

    describe('upsert', () => {
      it('creates a missing document and overwrites a present one without an ETag check', async () => {
        const doc = aDoc({ tenantId: tenant });
        const first = await store.upsert(doc);
        expect(body(first)).toEqual(doc);
        const second = await store.upsert({ ...doc, title: 'Overwritten' });
        expect(second._etag).not.toBe(first._etag);
        // Last writer wins even when the body carries a stale ETag from an earlier read.
        const third = await store.upsert({ ...first, title: 'Again' });
        expect(third.title).toBe('Again');
        expect(await store.read(tenant, doc.id)).toEqual(third);
        // And the ETag upsert returns guards a later replace like any other.
        await expectStoreError(store.replace({ ...second, title: 'Stale' }), 'store/conflict');
      });
    });

    describe('delete', () => {
      it('removes the document and is idempotent', async () => {
        const created = await store.create(aDoc({ tenantId: tenant }));
        await store.delete(tenant, created.id);
        await expect(store.read(tenant, created.id)).resolves.toBeUndefined();
        await expect(store.delete(tenant, created.id)).resolves.toBeUndefined();
        await expect(store.delete(tenant, 'never-existed')).resolves.toBeUndefined();
        // The id is free again.
        await expect(store.create(aDoc({ tenantId: tenant, id: created.id }))).resolves.toMatchObject({
          id: created.id,
        });
      });
    });

    describe('tenant isolation', () => {
      it('keeps the same id in two tenants apart for every operation', async () => {
        const id = randomUUID();
        const mine = await store.create(aDoc({ id, tenantId: tenant, title: 'Mine' }));
        const theirs = await store.create(aDoc({ id, tenantId: other, title: 'Theirs' }));
        expect((await store.read(tenant, id))?.title).toBe('Mine');
        expect((await store.read(other, id))?.title).toBe('Theirs');
        await store.replace({ ...mine, title: 'Mine 2' });
        expect((await store.read(other, id))?.title).toBe('Theirs');
        expect((await store.query(other)).map((d) => d.title)).toEqual(['Theirs']);
        await store.delete(tenant, id);
        expect(await store.read(other, id)).toEqual(theirs);
      });
    });

    describe('query', () => {
      async function seed(): Promise<void> {
        await store.create(
          aDoc({ tenantId: tenant, id: 'c', title: 'Charlie', rank: 3, status: 'open', pinned: true }),
        );
        await store.create(
          aDoc({ tenantId: tenant, id: 'a', title: 'Alpha', rank: 10, status: 'closed', pinned: false }),
        );
        await store.create(aDoc({ tenantId: tenant, id: 'b', title: 'Bravo', rank: 2, status: 'open', pinned: false }));
        await store.create(aDoc({ tenantId: other, id: 'z', title: 'Zulu', rank: 1, status: 'open', pinned: true }));
      }

      it('returns only the tenant’s documents, ordered when asked', async () => {
        await seed();
        expect((await store.query(tenant, undefined, 'rank')).map((d) => d.id)).toEqual(['b', 'c', 'a']);
        expect((await store.query(tenant, {}, 'title')).map((d) => d.id)).toEqual(['a', 'b', 'c']);
        expect((await store.query(tenant)).map((d) => d.id).sort()).toEqual(['a', 'b', 'c']);
        await expect(store.query(`tenant-${randomUUID()}`)).resolves.toEqual([]);
      });

      it('filters on string, number and boolean equality, combined with AND', async () => {
        await seed();
        expect((await store.query(tenant, { status: 'open' }, 'rank')).map((d) => d.id)).toEqual(['b', 'c']);
        expect((await store.query(tenant, { rank: 10 })).map((d) => d.id)).toEqual(['a']);
        expect((await store.query(tenant, { pinned: true })).map((d) => d.id)).toEqual(['c']);
        expect((await store.query(tenant, { status: 'open', pinned: false })).map((d) => d.id)).toEqual(['b']);
        // Equality is typed: the number 10 does not match the string '10'.
        await expect(store.query(tenant, { rank: '10' as unknown as number })).resolves.toEqual([]);
        await expect(store.query(tenant, { status: 'missing' as 'open' })).resolves.toEqual([]);
      });

      it('returns full documents whose ETags guard a replace', async () => {
        await seed();
        const [first] = await store.query(tenant, { id: 'b' });
        expect(first && body(first)).toEqual(
          aDoc({ tenantId: tenant, id: 'b', title: 'Bravo', rank: 2, status: 'open', pinned: false }),
        );
        await expect(store.replace({ ...first!, rank: 4 })).resolves.toMatchObject({ rank: 4 });
      });

      it('refuses a field name that is not a plain identifier (no SQL injection)', async () => {
        await seed();
        const hostile = { ['title = "x" OR 1=1 OR c.title']: 'x' } as never;
        await expect(store.query(tenant, hostile)).rejects.toThrow(TypeError);
        await expect(store.query(tenant, undefined, 'rank DESC' as never)).rejects.toThrow(TypeError);
      });

      it('takes values only as parameters, so quotes in a value are just characters', async () => {
        await store.create(aDoc({ tenantId: tenant, id: 'q', title: `O'Brien" OR "1"="1` }));
        await expect(store.query(tenant, { title: `O'Brien" OR "1"="1` })).resolves.toHaveLength(1);
        await expect(store.query(tenant, { title: `" OR "1"="1` })).resolves.toEqual([]);
      });
    });

    describe('no aliasing', () => {
      it('never shares objects with stored state, in or out', async () => {
        const doc = aDoc({ tenantId: tenant, tags: ['keep'], owner: { name: 'Ada' } });
        const created = await store.create(doc);
        doc.tags.push('input-mutated');
        doc.owner!.name = 'input-mutated';
        created.tags.push('output-mutated');
        created.owner!.name = 'output-mutated';
        const read = await store.read(tenant, doc.id);
        expect(read?.tags).toEqual(['keep']);
        expect(read?.owner).toEqual({ name: 'Ada' });
        read!.title = 'read-mutated';
        const [queried] = await store.query(tenant);
        expect(queried?.title).toBe('First');
        queried!.tags.push('query-mutated');
        expect((await store.read(tenant, doc.id))?.tags).toEqual(['keep']);
      });
    });
  });
}

// Store throughput on the embedded Cosmos server: sequential upserts/s and point reads/s through
// CosmosDocumentStore, with the raw @azure/cosmos calls on the same container as the baseline in
// the same run. The ratio (our deadline, error mapping and field stripping) is what to watch;
// absolute numbers move with the machine's load, hence interleaved rounds and medians.
// Run: npm run build && node dist/bench/store-bench.js [count-per-round]
import { performance } from 'node:perf_hooks';
import type { Container } from '@azure/cosmos';
import type { StoredDocument } from '../services/store/document-store';
import { CosmosDocumentStore } from '../services/store/cosmos-document-store';
import { connectCosmos } from '../services/store/cosmos-client';
import { startEmbeddedCosmos } from '../services/store/embedded-cosmos';

interface BenchDoc extends StoredDocument {
  state: string;
  attempt: number;
  users: string[];
}

/** The two operations under test, either raw SDK or through the store. */
interface Target {
  upsert(doc: BenchDoc): Promise<unknown>;
  read(id: string): Promise<unknown>;
}

const ROUNDS = 5;

function aDoc(id: string, attempt: number): BenchDoc {
  return { id, tenantId: 'bench', state: 'awaiting-approval', attempt, users: ['a@contoso.com', 'b@contoso.com'] };
}

async function perSecond(count: number, run: (i: number) => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < count; i++) await run(i);
  return count / ((performance.now() - start) / 1000);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function rawTarget(container: Container): Target {
  return {
    upsert: (doc) => container.items.upsert(doc),
    read: (id) => container.item(id, 'bench').read(),
  };
}

function storeTarget(container: Container): Target {
  const store = new CosmosDocumentStore<BenchDoc>(container);
  return { upsert: (doc) => store.upsert(doc), read: (id) => store.read('bench', id) };
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 300);
  const server = await startEmbeddedCosmos();
  const connection = connectCosmos({ endpoint: server.endpoint, key: server.key });
  try {
    const { database } = await connection.client.databases.createIfNotExists({ id: 'bench' });
    const { container } = await database.containers.createIfNotExists({
      id: 'requests',
      partitionKey: { paths: ['/tenantId'] },
    });
    const targets = { raw: rawTarget(container), store: storeTarget(container) };
    const results = {
      raw: { upserts: [] as number[], reads: [] as number[] },
      store: { upserts: [] as number[], reads: [] as number[] },
    };
    await perSecond(100, (i) => targets.raw.upsert(aDoc(`warm-${i}`, i))); // connections, caches, JIT
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of ['raw', 'store'] as const) {
        results[name].upserts.push(await perSecond(count, (i) => targets[name].upsert(aDoc(`${name}-${i}`, round))));
        results[name].reads.push(await perSecond(count, (i) => targets[name].read(`${name}-${i}`)));
      }
    }
    const raw = { upserts: median(results.raw.upserts), reads: median(results.raw.reads) };
    const store = { upserts: median(results.store.upserts), reads: median(results.store.reads) };
    console.log(
      `store bench: embedded Cosmos over http with keep-alive, ${ROUNDS} rounds × ${count} sequential operations, medians`,
    );
    console.log(`${''.padEnd(28)}${'upserts/s'.padStart(10)}${'reads/s'.padStart(10)}`);
    console.log(
      `${'raw @azure/cosmos (baseline)'.padEnd(28)}${raw.upserts.toFixed(0).padStart(10)}${raw.reads.toFixed(0).padStart(10)}`,
    );
    console.log(
      `${'CosmosDocumentStore'.padEnd(28)}${store.upserts.toFixed(0).padStart(10)}${store.reads.toFixed(0).padStart(10)}`,
    );
    console.log(
      `store / raw: upserts ${(store.upserts / raw.upserts).toFixed(2)}, reads ${(store.reads / raw.reads).toFixed(2)}`,
    );
  } finally {
    connection.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

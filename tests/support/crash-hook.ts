/**
 * A process death, injected at a write boundary: every store write and every `$batch` of Graph
 * writes passes through one `CrashSwitch`, which throws at the Nth and then refuses everything
 * (a dead process writes nothing more; what was already on the wire to Graph still lands, as
 * with kill -9). Tests then resume with fresh services on the same stores and simulator.
 */
import type { LicenseChangeResult, LicenseGraph } from '../../services/graph/license-graph';
import type { DocumentStore, StoredDocument } from '../../services/store/document-store';

export class SimulatedCrash extends Error {
  override readonly name = 'SimulatedCrash';
}

export class CrashSwitch {
  /** Write boundaries passed so far (the crashing one included). */
  count = 0;
  dead = false;

  /**
   * `at`: the 1-based write boundary to die at; Infinity = never (counts the boundaries of a clean
   * run). With `only`, just the boundaries of that kind count ('graph $batch', 'store replace' …).
   */
  constructor(
    readonly at: number,
    readonly only?: string,
  ) {}

  /** A write is about to happen. */
  boundary(what: string): void {
    this.alive();
    if (this.only !== undefined && what !== this.only) return;
    this.count += 1;
    if (this.count === this.at) {
      this.dead = true;
      throw new SimulatedCrash(`crashed before write ${this.at} (${what})`);
    }
  }

  alive(): void {
    if (this.dead) throw new SimulatedCrash('the process is dead');
  }
}

/** The store as the doomed process sees it: writes are boundaries, nothing works once dead. */
export function crashingStore<T extends StoredDocument>(inner: DocumentStore<T>, sw: CrashSwitch): DocumentStore<T> {
  const write =
    <A extends unknown[], R>(what: string, f: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      sw.boundary(what);
      return f(...args);
    };
  const read =
    <A extends unknown[], R>(f: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      sw.alive();
      const result = await f(...args);
      sw.alive();
      return result;
    };
  return {
    create: write('store create', (doc) => inner.create(doc)),
    replace: write('store replace', (doc) => inner.replace(doc)),
    upsert: write('store upsert', (doc) => inner.upsert(doc)),
    delete: write('store delete', (tenantId, id) => inner.delete(tenantId, id)),
    read: read((tenantId, id) => inner.read(tenantId, id)),
    query: read((tenantId, where, orderBy) => inner.query(tenantId, where, orderBy)),
  };
}

/**
 * Graph as the doomed process sees it. `assignLicenses` goes out 20 changes at a time, each chunk
 * a write boundary; once dead, no further chunk is sent and no more results are reported.
 */
export function crashingGraph(inner: LicenseGraph, sw: CrashSwitch): LicenseGraph {
  const assignLicenses: LicenseGraph['assignLicenses'] = async (changes, onItem) => {
    const results: LicenseChangeResult[] = [];
    for (let i = 0; i < changes.length; i += 20) {
      sw.boundary('graph $batch');
      results.push(
        ...(await inner.assignLicenses(changes.slice(i, i + 20), (r) => {
          if (!sw.dead) onItem?.(r);
        })),
      );
    }
    return results;
  };
  return new Proxy(inner, {
    get(target, property, receiver) {
      if (property === 'assignLicenses') return assignLicenses;
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        sw.alive();
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** mulberry32: a small seeded generator, so a failing crash point can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

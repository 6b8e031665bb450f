import type { CoordinationDocument } from '../../../services/store/coordination-document';
import { StoreError } from '../../../services/store/document-store';
import { MemoryDocumentStore } from '../../../services/store/memory-document-store';
import { StoreWriteQuota, WRITE_QUOTA_ID } from '../../../services/store/store-write-quota';

/**
 * A clock for several concurrent sleepers: time jumps to the earliest pending wake-up once
 * everything else has settled (setImmediate runs after the memory store's promise callbacks).
 */
function schedulerClock(start = 1_000_000) {
  let time = start;
  const timers: { at: number; resolve: () => void }[] = [];
  let scheduled = false;
  const tick = () => {
    scheduled = false;
    timers.sort((a, b) => a.at - b.at);
    const next = timers.shift();
    if (!next) return;
    time = Math.max(time, next.at);
    next.resolve();
    if (timers.length > 0) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(tick);
  };
  return {
    now: () => time,
    sleep: (ms: number) =>
      new Promise<void>((resolve) => {
        timers.push({ at: time + ms, resolve });
        schedule();
      }),
  };
}

describe('StoreWriteQuota (the write quota shared by processes through the store)', () => {
  const quota = { writes: 10, windowMs: 1000 };

  it('keeps two writers on one store together within the quota, in every window', async () => {
    const store = new MemoryDocumentStore<CoordinationDocument>();
    const clock = schedulerClock();
    const writer = () => new StoreWriteQuota({ store, tenantId: 't1', quota, marginMs: 0, ...clock });
    const granted: [number, number][] = [];
    const run = async (q: StoreWriteQuota, total: number) => {
      for (let left = total; left > 0;) {
        const n = await q.acquire(Math.min(20, left));
        granted.push([clock.now(), n]);
        left -= n;
      }
    };
    const start = clock.now();
    await Promise.all([run(writer(), 50), run(writer(), 50)]);
    expect(granted.reduce((sum, [, n]) => sum + n, 0)).toBe(100);
    for (const [at] of granted) {
      const inWindow = granted.filter(([t]) => t > at - quota.windowMs && t <= at).reduce((s, [, n]) => s + n, 0);
      expect(inWindow).toBeLessThanOrEqual(quota.writes);
    }
    // 100 writes at 10 per second: the last grant is 9 windows after the first, and no later.
    expect(clock.now() - start).toBe(9000);
  });

  it('keeps each grant in the window a margin longer (Graph counts writes on arrival)', async () => {
    const clock = schedulerClock();
    const q = new StoreWriteQuota({ store: new MemoryDocumentStore(), tenantId: 't1', quota, marginMs: 50, ...clock });
    const start = clock.now();
    expect(await q.acquire(10)).toBe(10);
    expect(await q.acquire(10)).toBe(10);
    expect(clock.now() - start).toBe(1050);
  });

  it('makes every writer wait out a 429 that one of them reported', async () => {
    const store = new MemoryDocumentStore<CoordinationDocument>();
    const clock = schedulerClock();
    const a = new StoreWriteQuota({ store, tenantId: 't1', quota, ...clock });
    const b = new StoreWriteQuota({ store, tenantId: 't1', quota, ...clock });
    const start = clock.now();
    await a.closeUntil(start + 5000);
    expect(await b.acquire(3)).toBe(3);
    expect(clock.now()).toBe(start + 5000);
    // An earlier moment never shortens the closed period.
    await a.closeUntil(start + 1000);
    expect((await store.read('t1', WRITE_QUOTA_ID))?.kind).toBe('write-quota');
  });

  it('grants what was asked when the store cannot be reached (Graph’s own 429s still protect)', async () => {
    const store = new MemoryDocumentStore<CoordinationDocument>();
    store.read = () => Promise.reject(new StoreError('store/unavailable', 'down'));
    const errors: unknown[] = [];
    const q = new StoreWriteQuota({ store, tenantId: 't1', quota, onStoreError: (e) => errors.push(e) });
    expect(await q.acquire(20)).toBe(20);
    await q.closeUntil(Date.now() + 1000);
    expect(errors).toHaveLength(2);
  });
});

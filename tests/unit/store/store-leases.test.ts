import type { CoordinationDocument } from '../../../services/store/coordination-document';
import { MemoryDocumentStore } from '../../../services/store/memory-document-store';
import { StoreLeases } from '../../../services/store/store-leases';

describe('StoreLeases (work that must run once across instances)', () => {
  let time = 1_000_000;
  const now = () => time;
  const pair = () => {
    const store = new MemoryDocumentStore<CoordinationDocument>();
    return [
      new StoreLeases({ store, tenantId: 't1', owner: 'a', now }),
      new StoreLeases({ store, tenantId: 't1', owner: 'b', now }),
    ] as const;
  };

  it('gives a lease to one instance only, also when both ask at once', async () => {
    const [a, b] = pair();
    const won = await Promise.all([a.claim('resume.r1', 10_000), b.claim('resume.r1', 10_000)]);
    expect(won.filter(Boolean)).toHaveLength(1);
    expect(await a.holder('resume.r1')).toBe(won[0] ? 'a' : 'b');
  });

  it('lets the holder renew it and hands it over once it expires (its holder died)', async () => {
    const [a, b] = pair();
    expect(await a.claim('sweep', 1000)).toBe(true);
    expect(await b.claim('sweep', 1000)).toBe(false);
    time += 900;
    expect(await a.claim('sweep', 1000)).toBe(true);
    time += 900;
    expect(await b.claim('sweep', 1000)).toBe(false);
    time += 101;
    expect(await b.claim('sweep', 1000)).toBe(true);
    expect(await a.claim('sweep', 1000)).toBe(false);
  });

  it('runs work under a lease once, releasing it after', async () => {
    const [a, b] = pair();
    let runs = 0;
    let release: () => void = () => undefined;
    const blocker = new Promise<void>((resolve) => (release = resolve));
    const first = a.withLease('run.r2', 60_000, async () => {
      runs += 1;
      await blocker;
      return 'done';
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(await b.withLease('run.r2', 60_000, () => Promise.resolve((runs += 1)))).toEqual({
      ran: false,
      holder: 'a',
    });
    release();
    expect(await first).toEqual({ ran: true, value: 'done' });
    expect(await b.holder('run.r2')).toBeUndefined();
    expect(runs).toBe(1);
  });

  it('does not let a second run in the same instance in through a renewal', async () => {
    const [a] = pair();
    let release: () => void = () => undefined;
    const first = a.withLease('run.r3', 60_000, () => new Promise<void>((resolve) => (release = resolve)));
    await new Promise((resolve) => setImmediate(resolve));
    expect(await a.withLease('run.r3', 60_000, () => Promise.resolve(1))).toEqual({ ran: false, holder: 'a' });
    release();
    expect((await first).ran).toBe(true);
  });
});

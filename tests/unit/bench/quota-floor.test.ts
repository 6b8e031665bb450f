import { parseQuota, quotaFloorMs, runFloorMs } from '../../../bench/quota-floor';
import { SlidingWindow } from '../../../services/tenant-simulator/throttle';

/** The earliest moment the last of `count` writes gets in, for a client that sends the moment the simulator's window allows. */
function greedyLastAdmissionMs(count: number, writes: number, windowMs: number): number {
  const window = new SlidingWindow(writes, windowMs);
  let now = 0;
  for (let i = 0; i < count; i++) {
    for (let wait = window.waitMs(now, 1); wait > 0; wait = window.waitMs(now, 1)) now += wait;
    window.record(now, 1);
  }
  return now;
}

describe('quotaFloorMs', () => {
  it('is a full window per quota after the first', () => {
    expect(quotaFloorMs(1000, { writes: 100, windowMs: 1000 })).toBe(9000);
    expect(quotaFloorMs(1001, { writes: 100, windowMs: 1000 })).toBe(10_000);
    expect(quotaFloorMs(100, { writes: 100, windowMs: 1000 })).toBe(0);
    expect(quotaFloorMs(101, { writes: 100, windowMs: 1000 })).toBe(1000);
    expect(quotaFloorMs(0, { writes: 100, windowMs: 1000 })).toBe(0);
  });

  it.each([
    [1000, 100, 1000],
    [1001, 100, 1000],
    [250, 7, 300],
    [60, 20, 150_000],
    [5, 1, 10],
  ])("matches the simulator's sliding window for %i writes at %i per %i ms", (count, writes, windowMs) => {
    expect(quotaFloorMs(count, { writes, windowMs })).toBe(greedyLastAdmissionMs(count, writes, windowMs));
  });

  it('refuses a quota that admits nothing', () => {
    expect(() => quotaFloorMs(10, { writes: 0, windowMs: 1000 })).toThrow(RangeError);
  });
});

describe('runFloorMs', () => {
  it("adds the last answer's latency, and is 0 for no writes", () => {
    expect(runFloorMs(1000, { writes: 100, windowMs: 1000 }, 50)).toBe(9050);
    expect(runFloorMs(0, { writes: 100, windowMs: 1000 }, 50)).toBe(0);
  });
});

describe('parseQuota', () => {
  it('reads WRITES/WINDOW_MS and rejects anything else', () => {
    expect(parseQuota('100/1000')).toEqual({ writes: 100, windowMs: 1000 });
    expect(parseQuota(' 250 / 5000 ')).toEqual({ writes: 250, windowMs: 5000 });
    for (const bad of ['', '100', '0/1000', '100/0', '1.5/1000', '-1/1000', '100/1000/2'])
      expect(parseQuota(bad)).toBeUndefined();
  });
});

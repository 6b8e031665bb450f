import {
  defaultResourceUnits,
  retryAfterSeconds,
  SlidingWindow,
  Throttler,
} from '../../../services/tenant-simulator/throttle';

describe('SlidingWindow', () => {
  it('admits up to the limit and says when the oldest cost frees enough room', () => {
    const w = new SlidingWindow(3, 1000);
    for (const t of [0, 100, 200]) {
      expect(w.waitMs(t, 1)).toBe(0);
      w.record(t, 1);
    }
    expect(w.waitMs(300, 1)).toBe(700); // the event at t=0 leaves the window at t=1000
    expect(w.waitMs(300, 2)).toBe(800); // two must leave: the one at t=100 goes at 1100
    expect(w.waitMs(1000, 1)).toBe(0);
  });

  it('never admits a cost above the limit, and asks for a whole window', () => {
    const w = new SlidingWindow(2, 5000);
    expect(w.waitMs(0, 3)).toBe(5000);
  });
});

describe('Throttler', () => {
  it('charges nothing when it refuses', () => {
    const t = new Throttler(new SlidingWindow(10, 1000), new SlidingWindow(1, 1000));
    expect(t.take(0, 1, 1)).toEqual({ ok: true });
    expect(t.take(10, 1, 1)).toEqual({ ok: false, retryAfterMs: 990, reason: 'WriteLimitExceeded' });
    // The refused write cost no resource units: nine more reads still fit.
    for (let i = 0; i < 9; i++) expect(t.take(20, 1, 0)).toEqual({ ok: true });
    expect(t.take(20, 1, 0)).toMatchObject({ ok: false, reason: 'ResourceUnitLimitExceeded' });
  });
});

describe('limits', () => {
  it('rounds Retry-After up to whole seconds, at least 1', () => {
    expect(retryAfterSeconds(1)).toBe(1);
    expect(retryAfterSeconds(1000)).toBe(1);
    expect(retryAfterSeconds(1001)).toBe(2);
  });

  it("uses Graph's tenant-size tiers", () => {
    expect([
      defaultResourceUnits(49),
      defaultResourceUnits(50),
      defaultResourceUnits(500),
      defaultResourceUnits(501),
    ]).toEqual([3500, 5000, 5000, 8000]);
  });
});

// The least time a write quota allows for N writes, for the simulator's sliding window
// (services/tenant-simulator/throttle.ts): a write admitted at `at` counts against every moment
// in [at, at + windowMs), and leaves the window exactly at `at + windowMs`.

/** A write quota: at most `writes` admitted in any `windowMs` window. */
export interface WriteQuota {
  writes: number;
  windowMs: number;
}

/**
 * Milliseconds from the first admitted write to the last, at best, for `count` writes.
 * Any schedule t0 ≤ t1 ≤ … must have t(k) − t(k − writes) ≥ windowMs (write k − writes must have
 * left the window before write k fits), so t(k) − t0 ≥ ⌊k / writes⌋ × windowMs; admitting a full
 * quota at 0, windowMs, 2 × windowMs … reaches that bound. Hence ⌊(count − 1) / writes⌋ × windowMs.
 * 0 for count ≤ 1. Throws a RangeError for a quota that admits nothing (a caller's bug).
 */
export function quotaFloorMs(count: number, quota: WriteQuota): number {
  if (!(quota.writes >= 1) || !(quota.windowMs >= 0)) throw new RangeError('quota must admit at least one write');
  if (count <= 1) return 0;
  return Math.floor((count - 1) / Math.floor(quota.writes)) * quota.windowMs;
}

/**
 * The floor for a whole run of `count` writes against a server answering after `latencyMs`: the
 * quota's floor plus the last write's answer coming back. Reads before the first write are not
 * included: they are part of what the run costs above the floor.
 */
export function runFloorMs(count: number, quota: WriteQuota, latencyMs: number): number {
  return quotaFloorMs(count, quota) + (count > 0 ? latencyMs : 0);
}

/** Parses `WRITES/WINDOW_MS` (e.g. `100/1000`), as given on the command line; undefined if malformed. */
export function parseQuota(text: string): WriteQuota | undefined {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) return undefined;
  const writes = Number(match[1]);
  const windowMs = Number(match[2]);
  return writes >= 1 && windowMs >= 1 ? { writes, windowMs } : undefined;
}

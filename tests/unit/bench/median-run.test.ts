import { medianRun, type RunResult } from '../../../bench/bench-runs';

function aRun(elapsedMs: number, problems: string[] = []): RunResult {
  return {
    userCount: 20,
    elapsedMs,
    retries: 0,
    stats: { requests: 0, throttled: 0, assignLicenseCalls: 20, writes: 20, batches: 1, assignLicenseByUser: {} },
    integrity: { lost: problems.length, doneTwice: 0, problems },
  };
}

describe('medianRun', () => {
  it('takes the median time and keeps every round’s integrity problems', () => {
    const median = medianRun([aRun(300), aRun(100, ['1 outcome(s) not removed']), aRun(200)]);
    expect(median.elapsedMs).toBe(200);
    expect(median.integrity).toEqual({ lost: 1, doneTwice: 0, problems: ['1 outcome(s) not removed'] });
  });

  it('refuses an empty list', () => {
    expect(() => medianRun([])).toThrow(RangeError);
  });
});

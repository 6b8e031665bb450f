import { parseCliArgs, USAGE } from '../../../services/tenant-simulator/cli-args';
import { describeFaults } from '../../../services/tenant-simulator/describe-faults';

describe('tenant simulator CLI arguments', () => {
  it('has defaults: demo tenant, port 3979, throttling on, no faults', () => {
    expect(parseCliArgs([])).toEqual({
      ok: true,
      args: { tenant: undefined, port: 3979, throttling: true, writeQuota: undefined, faults: {} },
    });
  });

  it('reads the basic flags, in both spellings', () => {
    expect(parseCliArgs(['--tenant', 't.json', '--port=0', '--no-throttling', '--latency', '25'])).toEqual({
      ok: true,
      args: { tenant: 't.json', port: 0, throttling: false, writeQuota: undefined, faults: { latencyMs: 25 } },
    });
  });

  it('reads every fault option a storm needs', () => {
    const r = parseCliArgs([
      '--throttle-writes',
      '100/2',
      '--force-429=5/1/2',
      '--burst-503',
      '3/10/1',
      '--fail-user',
      'a@contoso.se',
      '--fail-user',
      'id-2',
      '--latency',
      '10-50',
    ]);
    expect(r).toEqual({
      ok: true,
      args: {
        tenant: undefined,
        port: 3979,
        throttling: true,
        writeQuota: { writes: 100, windowMs: 2000 },
        faults: {
          latencyMs: { min: 10, max: 50 },
          forceThrottle: { afterRequests: 5, windowMs: 1000, retryAfterSeconds: 2 },
          unavailableBurst: { count: 3, everyMs: 10_000, retryAfterSeconds: 1 },
          failUsers: {
            'a@contoso.se': { status: 403, code: 'Authorization_RequestDenied', message: expect.any(String) as string },
            'id-2': { status: 403, code: 'Authorization_RequestDenied', message: expect.any(String) as string },
          },
        },
      },
    });
    if (r.ok)
      expect(describeFaults(r.args)).toMatch(
        /write quota 100 per 2 s.*latency 10-50 ms.*forced 429.*503 burst of 3 every 10 s.*2 user/,
      );
  });

  it('defaults Retry-After of --force-429 to the window and leaves --burst-503 one-off', () => {
    const r = parseCliArgs(['--force-429', '2/3', '--burst-503', '4']);
    expect(r.ok && r.args.faults).toEqual({
      forceThrottle: { afterRequests: 2, windowMs: 3000, retryAfterSeconds: 3 },
      unavailableBurst: { count: 4 },
    });
  });

  it.each([
    ['--latency=-1'],
    ['--port='],
    ['--port', 'x'],
    ['--port', '70000'],
    ['--latency', '-1'],
    ['--latency', '50-10'],
    ['--tenant'],
    ['--verbose'],
    ['--throttle-writes', '0/1'],
    ['--throttle-writes', '10'],
    ['--force-429', 'a/b'],
    ['--burst-503', '0'],
    ['--fail-user', ' '],
    ['--no-throttling', '--throttle-writes', '1/1'],
    ['stray'],
  ])('refuses %p with the usage line', (...argv) => {
    const r = parseCliArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(USAGE);
  });

  it('answers --help and -h with the usage only', () => {
    expect(parseCliArgs(['--help'])).toEqual({ ok: false, message: USAGE, help: true });
    expect(parseCliArgs(['-h'])).toEqual({ ok: false, message: USAGE, help: true });
  });
});

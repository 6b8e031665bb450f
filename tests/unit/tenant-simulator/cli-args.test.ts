import { parseCliArgs, USAGE } from '../../../services/tenant-simulator/cli-args';

describe('tenant simulator CLI arguments', () => {
  it('has defaults: demo tenant, port 3979, throttling on, no latency', () => {
    expect(parseCliArgs([])).toEqual({
      ok: true,
      args: { tenant: undefined, port: 3979, throttling: true, latencyMs: undefined },
    });
  });

  it('reads every flag, in both spellings', () => {
    expect(parseCliArgs(['--tenant', 't.json', '--port=0', '--no-throttling', '--latency', '25'])).toEqual({
      ok: true,
      args: { tenant: 't.json', port: 0, throttling: false, latencyMs: 25 },
    });
  });

  it('answers --help and -h with the usage line alone', () => {
    expect(parseCliArgs(['--help'])).toEqual({ ok: false, message: USAGE, help: true });
    expect(parseCliArgs(['-h'])).toEqual({ ok: false, message: USAGE, help: true });
  });

  it.each([
    ['--latency=-1'],
    ['--port='],
    ['stray'],
    ['--port', 'x'],
    ['--port', '70000'],
    ['--latency', '-1'],
    ['--tenant'],
    ['--verbose'],
  ])('refuses %p with the usage line', (...argv) => {
    const r = parseCliArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(USAGE);
  });
});

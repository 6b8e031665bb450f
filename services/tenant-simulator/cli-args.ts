import { parseArgs } from 'node:util';
import type { FaultOptions } from './fault-options';
import { INSUFFICIENT_PRIVILEGES } from './fault-options';

/** Parsed command line of the simulator CLI. */
export interface SimulatorCliArgs {
  /** Tenant file path; undefined = the demo tenant. */
  tenant: string | undefined;
  port: number;
  throttling: boolean;
  /** `--throttle-writes N/S`: Graph's write quota replaced by N writes per S seconds. */
  writeQuota: { writes: number; windowMs: number } | undefined;
  /** Faults from `--latency`, `--force-429`, `--burst-503`, `--fail-user`; empty when none given. */
  faults: FaultOptions;
}

/** Either the arguments, or a message for stderr (exit code 2). `help` asks for the usage line only. */
export type CliParseResult = { ok: true; args: SimulatorCliArgs } | { ok: false; message: string; help?: boolean };

export const USAGE = `usage: tenant-simulator [--tenant FILE] [--port N] [--no-throttling] [--throttle-writes N/S]
                        [--latency MS|MIN-MAX] [--force-429 N/S[/R]] [--burst-503 C[/S[/R]]] [--fail-user ID ...]
  --throttle-writes N/S  write quota: at most N assignLicense per S seconds (sliding window)
  --latency MS|MIN-MAX   delay every answer by MS, or uniformly between MIN and MAX ms
  --force-429 N/S[/R]    in every S-second window the first N operations pass, the rest get 429 (Retry-After R s, default S)
  --burst-503 C[/S[/R]]  C operations get 503, again every S seconds when given (Retry-After R s when given)
  --fail-user ID         assignLicense for this user id or UPN fails 403 Authorization_RequestDenied (repeatable)
  stats: GET /_simulator/stats (requests, writes, throttled, per-user assignLicense counts)`;

const DEFAULT_PORT = 3979;

/** Non-negative integers joined by `separator`, each at most `max`; undefined when malformed. */
function integers(text: string, separator: string, counts: readonly number[], max: number): number[] | undefined {
  const parts = text.split(separator);
  if (!counts.includes(parts.length) || !parts.every((p) => /^\d+$/.test(p.trim()))) return undefined;
  const values = parts.map((p) => Number(p.trim()));
  return values.every((v) => v <= max) ? values : undefined;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
const bad = (message: string): { ok: false; message: string } => ({ ok: false, message: `${message}\n${USAGE}` });

function parsePort(v: string): Parsed<number> {
  const [port] = integers(v, '/', [1], 65535) ?? [];
  return port === undefined ? bad(`--port needs a number from 0 to 65535, got ${v}`) : { ok: true, value: port };
}

function parseLatency(v: string): Parsed<NonNullable<FaultOptions['latencyMs']>> {
  const range = integers(v, '-', [1, 2], 600_000);
  if (!range || (range.length === 2 && (range[0] as number) > (range[1] as number)))
    return bad(`--latency needs milliseconds (0–600000) or MIN-MAX, got ${v}`);
  const [min, max] = range as [number, number?];
  return { ok: true, value: max === undefined ? min : { min, max } };
}

function parseWriteQuota(v: string): Parsed<NonNullable<SimulatorCliArgs['writeQuota']>> {
  const q = integers(v, '/', [2], 1_000_000);
  if (!q || q[0] === 0 || q[1] === 0)
    return bad(`--throttle-writes needs N/S (writes per seconds, both ≥ 1), got ${v}`);
  return { ok: true, value: { writes: q[0] as number, windowMs: (q[1] as number) * 1000 } };
}

function parseForce429(v: string): Parsed<NonNullable<FaultOptions['forceThrottle']>> {
  const q = integers(v, '/', [2, 3], 1_000_000);
  if (!q || q[1] === 0) return bad(`--force-429 needs N/S[/R] (passes per S-second window, Retry-After R), got ${v}`);
  const [afterRequests, seconds, retry] = q as [number, number, number?];
  return { ok: true, value: { afterRequests, windowMs: seconds * 1000, retryAfterSeconds: retry ?? seconds } };
}

function parseBurst503(v: string): Parsed<NonNullable<FaultOptions['unavailableBurst']>> {
  const q = integers(v, '/', [1, 2, 3], 1_000_000);
  if (!q || q[0] === 0 || q[1] === 0)
    return bad(`--burst-503 needs C[/S[/R]] (count, every S seconds, Retry-After R), got ${v}`);
  const [count, every, retry] = q as [number, number?, number?];
  return {
    ok: true,
    value: {
      count,
      ...(every === undefined ? {} : { everyMs: every * 1000 }),
      ...(retry === undefined ? {} : { retryAfterSeconds: retry }),
    },
  };
}

/** Parses the simulator's command line (node:util parseArgs: `--flag value` and `--flag=value`). Pure: no I/O. */
export function parseCliArgs(argv: readonly string[]): CliParseResult {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: 'boolean', short: 'h' },
        tenant: { type: 'string' },
        port: { type: 'string' },
        'no-throttling': { type: 'boolean' },
        'throttle-writes': { type: 'string' },
        latency: { type: 'string' },
        'force-429': { type: 'string' },
        'burst-503': { type: 'string' },
        'fail-user': { type: 'string', multiple: true },
      },
    }));
  } catch (e) {
    // node:util's messages name the option ("Unknown option '--x'", "Option '--port <value>' argument missing").
    return bad(e instanceof Error ? e.message : 'bad arguments');
  }
  if (values.help) return { ok: false, message: USAGE, help: true };
  if (values.tenant === '') return bad('--tenant needs a file');
  const args: SimulatorCliArgs = {
    tenant: values.tenant,
    port: DEFAULT_PORT,
    throttling: values['no-throttling'] !== true,
    writeQuota: undefined,
    faults: {},
  };
  const steps: [string | undefined, (v: string) => Parsed<unknown>, (value: never) => void][] = [
    [values.port, parsePort, (p: number) => (args.port = p)],
    [values['throttle-writes'], parseWriteQuota, (q: SimulatorCliArgs['writeQuota']) => (args.writeQuota = q)],
    [values.latency, parseLatency, (l: NonNullable<FaultOptions['latencyMs']>) => (args.faults.latencyMs = l)],
    [values['force-429'], parseForce429, (f: NonNullable<FaultOptions['forceThrottle']>) => (args.faults.forceThrottle = f)],
    [values['burst-503'], parseBurst503, (b: NonNullable<FaultOptions['unavailableBurst']>) => (args.faults.unavailableBurst = b)],
  ];
  for (const [text, parse, apply] of steps) {
    if (text === undefined) continue;
    const parsed = parse(text);
    if (!parsed.ok) return parsed;
    apply(parsed.value as never);
  }
  const failUsers = values['fail-user'] ?? [];
  if (failUsers.some((id) => id.trim() === '')) return bad('--fail-user needs a user id or UPN');
  if (failUsers.length > 0)
    args.faults.failUsers = Object.fromEntries(failUsers.map((id) => [id.trim(), { ...INSUFFICIENT_PRIVILEGES }]));
  if (args.writeQuota && !args.throttling) return bad('--throttle-writes and --no-throttling exclude each other');
  return { ok: true, args };
}

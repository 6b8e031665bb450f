import { parseArgs } from 'node:util';

/** Parsed command line of the simulator CLI. */
export interface SimulatorCliArgs {
  /** Tenant file path; undefined = the demo tenant. */
  tenant: string | undefined;
  port: number;
  throttling: boolean;
  latencyMs: number | undefined;
}

/** Either the arguments, or a message for stderr (exit code 2). `help` asks for the usage line only. */
export type CliParseResult = { ok: true; args: SimulatorCliArgs } | { ok: false; message: string; help?: boolean };

export const USAGE = 'usage: tenant-simulator [--tenant FILE] [--port N] [--no-throttling] [--latency MS]';

const DEFAULT_PORT = 3979;

function nonNegativeInt(text: string | undefined, max: number): number | undefined {
  if (text === undefined || !/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n <= max ? n : undefined;
}

/**
 * Parses `--tenant FILE --port N --no-throttling --latency MS` (also `--flag=value`) with
 * node:util's parseArgs, as the bot's CLI does. Pure: no I/O.
 */
export function parseCliArgs(argv: readonly string[]): CliParseResult {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        tenant: { type: 'string' },
        port: { type: 'string' },
        latency: { type: 'string' },
        'no-throttling': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    // node:util's errors say what is wrong ("Unknown option '--verbose'"); pass it on with the usage.
    const message = (e as { message?: unknown } | undefined)?.message;
    return { ok: false, message: `${typeof message === 'string' ? message : 'bad arguments'}\n${USAGE}` };
  }
  if (values.help) return { ok: false, message: USAGE, help: true };
  if (values.tenant === '') return { ok: false, message: `--tenant needs a file\n${USAGE}` };
  const port = values.port === undefined ? DEFAULT_PORT : nonNegativeInt(values.port, 65535);
  if (port === undefined)
    return { ok: false, message: `--port needs a number from 0 to 65535, got ${values.port ?? 'nothing'}\n${USAGE}` };
  const latencyMs = values.latency === undefined ? undefined : nonNegativeInt(values.latency, 600_000);
  if (values.latency !== undefined && latencyMs === undefined)
    return { ok: false, message: `--latency needs milliseconds (0–600000), got ${values.latency}\n${USAGE}` };
  return {
    ok: true,
    args: { tenant: values.tenant, port, throttling: values['no-throttling'] !== true, latencyMs },
  };
}

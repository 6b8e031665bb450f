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

/** Parses `--tenant FILE --port N --no-throttling --latency MS` (also `--flag=value`). Pure: no I/O. */
export function parseCliArgs(argv: readonly string[]): CliParseResult {
  const args: SimulatorCliArgs = { tenant: undefined, port: DEFAULT_PORT, throttling: true, latencyMs: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.indexOf('=');
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const takeValue = (): string | undefined => (eq === -1 ? argv[++i] : arg.slice(eq + 1));
    switch (flag) {
      case '--help':
      case '-h':
        return { ok: false, message: USAGE, help: true };
      case '--no-throttling':
        args.throttling = false;
        break;
      case '--tenant': {
        const v = takeValue();
        if (!v) return { ok: false, message: `--tenant needs a file\n${USAGE}` };
        args.tenant = v;
        break;
      }
      case '--port': {
        const v = takeValue();
        const port = nonNegativeInt(v, 65535);
        if (port === undefined)
          return { ok: false, message: `--port needs a number from 0 to 65535, got ${v ?? 'nothing'}\n${USAGE}` };
        args.port = port;
        break;
      }
      case '--latency': {
        const v = takeValue();
        const ms = nonNegativeInt(v, 600_000);
        if (ms === undefined)
          return { ok: false, message: `--latency needs milliseconds (0–600000), got ${v ?? 'nothing'}\n${USAGE}` };
        args.latencyMs = ms;
        break;
      }
      default:
        return { ok: false, message: `unknown argument ${arg}\n${USAGE}` };
    }
  }
  return { ok: true, args };
}

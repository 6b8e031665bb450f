import { PassThrough } from 'node:stream';
import { type CliIo, runCli } from '../../bot/cli/run-cli';

/**
 * Runs the CLI in-process with captured output, as a script (not a terminal) would.
 * `authorityCa` trusts a local fake of Entra for `license-desk login`.
 */
export async function cli(
  args: string[],
  env: Record<string, string> = {},
  authorityCa?: string,
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stderr = new PassThrough();
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const io: CliIo = {
    stdout: { write: (t: string) => (out += t) },
    stderr,
    stdin: new PassThrough(),
    env: { LOG_LEVEL: 'silent', ...env },
    ...(authorityCa ? { authorityCa } : {}),
  };
  const code = await runCli(args, io);
  return { code, out, err };
}

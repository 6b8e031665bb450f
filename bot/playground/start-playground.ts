/**
 * Microsoft 365 Agents Playground as a child process pointed at the bot: a Teams-like chat in the
 * browser, offline, as a directory admin of the simulated tenant. A development aid only: it is a
 * devDependency, so a production install simply does not have it and the bot starts without it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TenantFile } from '../../services/tenant-simulator/tenant-file';
import type { Logger } from '../logger';
import { LOOPBACK_PRELOAD_URL } from './loopback-preload';
import { buildPlaygroundConfig } from './playground-config';
import { waitUntilReady } from './playground-readiness';

/** What the playground is started with. */
export interface PlaygroundOptions {
  /** The bot's messaging endpoint, e.g. `http://127.0.0.1:3978/api/messages`. */
  botEndpoint: string;
  /** Port of the playground's web UI; 0 = any free port. A busy port makes it pick another. */
  port: number;
  /** The tenant the bot runs on: the playground user is its License Administrator (see playground-config). */
  tenant: TenantFile;
  logger: Logger;
  /** Bound on waiting for the playground to serve; default 15 000 ms. Startup never waits longer. */
  startTimeoutMs?: number;
  /** The playground's `cli.js`; default resolved from node_modules (tests point it elsewhere). */
  cliPath?: string;
}

/** A running playground. `close()` stops the child and removes its temp files; idempotent, never rejects. */
export interface RunningPlayground {
  /** The web UI, loopback only: `http://127.0.0.1:PORT`. */
  url: string;
  /** The playground's own log (its console output), removed on close. */
  logFile: string;
  close(): Promise<void>;
}

/** Why the playground is not running. Stable codes; the message is for the log. */
export type PlaygroundFailureCode = 'package-missing' | 'spawn-failed' | 'exited' | 'timeout';

/** `startPlayground`'s result: a value, never an exception (the bot must start without it). */
export type PlaygroundStart =
  { ok: true; playground: RunningPlayground } | { ok: false; code: PlaygroundFailureCode; message: string };

const PACKAGE_CLI = '@microsoft/m365agentsplayground/cli.js';
const STOP_GRACE_MS = 3000;

function resolveCli(cliPath: string | undefined): string | undefined {
  try {
    return require.resolve(cliPath ?? PACKAGE_CLI);
  } catch {
    return undefined;
  }
}

/** SIGTERM, then SIGKILL if it has not exited within the grace period. */
function stopChild(child: ChildProcess): Promise<void> {
  // No pid: it never started (spawn error), so no 'exit' will come either.
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts the playground and waits (bounded) until it serves. On any failure it logs one warning
 * saying why and what to do, cleans up, and returns `{ ok: false }`: never throws.
 */
export async function startPlayground(options: PlaygroundOptions): Promise<PlaygroundStart> {
  const log = options.logger.child({ component: 'playground' });
  const fail = (code: PlaygroundFailureCode, message: string): PlaygroundStart => {
    log.warn({ code }, message);
    return { ok: false, code, message };
  };
  const cli = resolveCli(options.cliPath);
  if (!cli)
    return fail(
      'package-missing',
      'Agents Playground not started: @microsoft/m365agentsplayground is not installed (it is a devDependency; run npm install, or set PLAYGROUND=off)',
    );

  const dir = await mkdtemp(join(tmpdir(), 'license-desk-playground-'));
  const configFile = join(dir, '.m365agentsplayground.yml');
  const logFile = join(dir, 'm365agentsplayground.log');
  await writeFile(configFile, buildPlaygroundConfig(options.tenant), 'utf8');

  const args = ['--import', LOOPBACK_PRELOAD_URL, cli, '-e', options.botEndpoint, '-c', 'msteams', '--dt'];
  const child = spawn(process.execPath, [...args, '-p', String(options.port)], {
    cwd: dir,
    // A minimal environment on purpose: the bot's secrets (app password, Graph and Cosmos keys)
    // have no business in a third-party process.
    env: {
      TEAMSAPPTESTER_BROWSER: 'none',
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: configFile,
      M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
      NODE_NO_WARNINGS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Kill it with us, even when the parent exits without closing it (process.exit on a fatal error).
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= (async () => {
      process.off('exit', killOnExit);
      await stopChild(child);
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    })();
    return closed;
  };

  const spawnError = new Promise<string>((resolve) => child.on('error', (e) => resolve(e.message)));
  const ready = await Promise.race([
    waitUntilReady(child, logFile, options.startTimeoutMs ?? 15_000),
    spawnError.then((detail) => ({ ok: false as const, code: 'spawn-failed' as const, detail })),
  ]);
  // Its output is not needed any more, but the pipes must keep draining.
  child.stdout.resume();
  child.stderr.resume();
  if (!ready.ok) {
    await close();
    return fail(ready.code, `Agents Playground not started (${ready.detail}); the bot runs without it`);
  }
  return { ok: true, playground: { url: `http://127.0.0.1:${ready.port}`, logFile, close } };
}

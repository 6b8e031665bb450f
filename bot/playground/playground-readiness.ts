/**
 * Waiting for the Agents Playground child to be usable, with a bound: it prints
 * `Listening on PORT` on stdout (its only stdout line when not on a TTY; everything else goes to
 * its log file), then loads its configuration; `GET /_internal/v1/config` answers 200 only once
 * that worked. A bad configuration makes it log an error and exit, which ends the wait early.
 */
import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';

/** How a wait ended: the port it serves on, or why not. */
export type Readiness = { ok: true; port: number } | { ok: false; code: 'exited' | 'timeout'; detail: string };

const LISTENING = /Listening on (\d+)/;
const POLL_MS = 100;

/** The playground's own `error …` lines from its log file (why it gave up), at most three. */
export async function errorLines(logFile: string): Promise<string> {
  const text = await readFile(logFile, 'utf8').catch(() => '');
  const errors = text
    .split('\n')
    .filter((l) => l.startsWith('error '))
    .map((l) => l.slice('error '.length).trim());
  return errors.slice(-3).join(' | ');
}

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  }
}

/**
 * Resolves when the child serves its configuration, exits, or `timeoutMs` passes (the child is
 * left running on timeout; the caller decides). Never rejects.
 */
export function waitUntilReady(child: ChildProcess, logFile: string, timeoutMs: number): Promise<Readiness> {
  return new Promise((resolve) => {
    let port: number | undefined;
    let settled = false;
    let stdout = '';
    let poll: NodeJS.Timeout | undefined;
    const finish = (r: Readiness) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      clearTimeout(poll);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      resolve(r);
    };
    const onData = (chunk: Buffer) => {
      stdout = (stdout + chunk.toString('utf8')).slice(-1000);
      const m = LISTENING.exec(stdout);
      if (m && port === undefined) {
        port = Number(m[1]);
        schedulePoll(0);
      }
    };
    const schedulePoll = (ms: number) => {
      poll = setTimeout(() => {
        void answers(`http://127.0.0.1:${port}/_internal/v1/config`).then((ok) => {
          if (settled) return;
          if (ok && port !== undefined) finish({ ok: true, port });
          else schedulePoll(POLL_MS);
        });
      }, ms);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      void errorLines(logFile).then((errors) =>
        finish({
          ok: false,
          code: 'exited',
          detail: `exited with ${signal ?? `code ${String(code)}`}${errors ? `: ${errors}` : ''}`,
        }),
      );
    };
    const deadline = setTimeout(
      () => finish({ ok: false, code: 'timeout', detail: `not ready within ${timeoutMs} ms` }),
      timeoutMs,
    );
    child.stdout?.on('data', onData);
    child.on('exit', onExit);
  });
}

import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EmbeddedCosmos } from '../../services/store/embedded-cosmos';
import type { FaultOptions, SimulatorStats } from '../../services/tenant-simulator/server';
import type { TenantFile } from '../../services/tenant-simulator/tenant-file';
import type { DevServicesCommand, DevServicesEvent, DevServicesStart } from './dev-services-protocol';

/** Starting both servers takes well under a second; a worker silent for this long is broken. */
const START_TIMEOUT_MS = 30_000;
/** A command the worker does not answer in this time is reported, not waited on forever. */
const COMMAND_TIMEOUT_MS = 10_000;

/**
 * The local stand-ins for Graph (the tenant simulator) and Cosmos DB (the embedded server) on a
 * worker thread of the bot's process. Why not on the bot's own thread, as before: they are other
 * services, which in production run on other machines, and on the bot's thread their work (every
 * Graph and store request parsed, answered and serialised twice over, in one event loop) and
 * their heap (a generated tenant of 100,000 users) slowed every chat turn and paused it in
 * garbage collection. On a thread they have their own event loop and heap, and the bot's thread
 * carries only the bot's work. Tests that inspect or change the tenant's state run the simulator
 * on their own thread instead (`startApp` without `devServicesThread`).
 */
export interface DevServicesThread {
  simulatorUrl: string;
  /** The embedded Cosmos DB server, memory only; its `close` stops the whole thread. */
  cosmos: EmbeddedCosmos;
  /** The tenant the simulator started from (its live state is in the thread). */
  tenant: TenantFile;
  setFaults(faults: FaultOptions): Promise<void>;
  stats(): Promise<SimulatorStats>;
  /** Stops both servers and the thread; safe to call more than once. */
  close(): Promise<void>;
}

export function startDevServicesThread(
  start: DevServicesStart,
  /** Told when the thread stops other than by `close()` (Graph and the store are gone then). */
  onLost: (reason: string) => void = () => undefined,
): Promise<DevServicesThread> {
  // Compiled next to this file (dist/bot/dev-services); jest runs the TypeScript, which a worker cannot.
  const worker = new Worker(join(__dirname, 'dev-services-worker.js'), { workerData: start });
  const waiting: { type: DevServicesEvent['type']; resolve: (e: DevServicesEvent) => void }[] = [];
  let exited = false;
  const failAll = (error: Error) => {
    for (const w of waiting.splice(0)) w.resolve({ type: 'failed', message: error.message });
  };
  worker.on('message', (event: DevServicesEvent) => {
    const index = waiting.findIndex((w) => w.type === event.type || event.type === 'failed');
    if (index >= 0) waiting.splice(index, 1)[0]?.resolve(event);
  });
  let closing: Promise<void> | undefined;
  worker.on('error', (e) => {
    if (!closing) onLost(e.message);
    failAll(e);
  });
  worker.on('exit', (code) => {
    exited = true;
    if (!closing) onLost(`exit code ${code}`);
    failAll(new Error(`the local Graph and Cosmos DB thread stopped (exit code ${code})`));
  });

  const next = (type: DevServicesEvent['type'], timeoutMs: number): Promise<DevServicesEvent> =>
    new Promise((resolve) => {
      if (exited) return resolve({ type: 'failed', message: 'the local Graph and Cosmos DB thread has stopped' });
      const entry = {
        type,
        resolve: (e: DevServicesEvent) => {
          clearTimeout(timer);
          resolve(e);
        },
      };
      const timer = setTimeout(() => {
        const i = waiting.indexOf(entry);
        if (i >= 0) waiting.splice(i, 1);
        resolve({
          type: 'failed',
          message: `the local Graph and Cosmos DB thread did not answer within ${timeoutMs} ms`,
        });
      }, timeoutMs);
      timer.unref();
      waiting.push(entry);
    });
  const ask = async <T extends DevServicesEvent['type']>(
    command: DevServicesCommand,
    answer: T,
  ): Promise<Extract<DevServicesEvent, { type: T }>> => {
    const reply = next(answer, COMMAND_TIMEOUT_MS);
    worker.postMessage(command);
    const event = await reply;
    if (event.type === 'failed') throw new Error(event.message);
    return event as Extract<DevServicesEvent, { type: T }>;
  };

  const close = () => {
    closing ??= exited
      ? Promise.resolve()
      : ask({ type: 'close' }, 'closed').then(
          () => worker.terminate().then(() => undefined),
          () => worker.terminate().then(() => undefined),
        );
    return closing;
  };

  return next('ready', START_TIMEOUT_MS).then(async (ready) => {
    if (ready.type !== 'ready') {
      // Stopped on purpose: the caller hears why from the rejection, not as a lost thread too.
      closing = worker.terminate().then(() => undefined);
      await closing;
      throw new Error(
        `the local Graph and Cosmos DB did not start: ${ready.type === 'failed' ? ready.message : ready.type}`,
      );
    }
    return {
      simulatorUrl: ready.simulatorUrl,
      cosmos: { ...ready.cosmos, close },
      tenant: start.tenant,
      setFaults: async (faults) => {
        await ask({ type: 'faults', faults }, 'faults-set');
      },
      stats: async () => (await ask({ type: 'stats' }, 'stats')).stats,
      close,
    };
  });
}

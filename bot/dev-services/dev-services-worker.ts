/*
 * Worker-thread entry: the tenant simulator and the embedded Cosmos DB server of `npm start`, on
 * a thread of their own (see dev-services-thread.ts for why). Both are HTTP servers on loopback,
 * so the bot reaches them exactly as it reaches Graph and Cosmos DB in production.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startEmbeddedCosmos } from '../../services/store/embedded-cosmos';
import { startTenantSimulator } from '../../services/tenant-simulator/server';
import type { DevServicesCommand, DevServicesEvent, DevServicesStart } from './dev-services-protocol';

const tell = (event: DevServicesEvent) => parentPort?.postMessage(event);

async function main(): Promise<void> {
  const start = workerData as DevServicesStart;
  const simulator = await startTenantSimulator(start);
  const cosmos = await startEmbeddedCosmos().catch(async (e: unknown) => {
    await simulator.close();
    throw e;
  });
  parentPort?.on('message', (command: DevServicesCommand) => {
    switch (command.type) {
      case 'faults':
        simulator.setFaults(command.faults);
        tell({ type: 'faults-set' });
        break;
      case 'stats':
        tell({ type: 'stats', stats: simulator.stats() });
        break;
      case 'close':
        void Promise.allSettled([simulator.close(), cosmos.close()]).then(() => {
          tell({ type: 'closed' });
          parentPort?.close();
        });
        break;
    }
  });
  tell({ type: 'ready', simulatorUrl: simulator.url, cosmos: { endpoint: cosmos.endpoint, key: cosmos.key } });
}

main().catch((e: unknown) => tell({ type: 'failed', message: e instanceof Error ? e.message : String(e) }));

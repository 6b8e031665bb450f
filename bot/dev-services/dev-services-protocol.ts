import type { FaultOptions, SimulatorOptions, SimulatorStats } from '../../services/tenant-simulator/server';

/**
 * What the local stand-ins for Graph and Cosmos DB start with, in their own thread: everything
 * `startTenantSimulator` takes except the clock and random source (functions cannot cross threads).
 */
export type DevServicesStart = Omit<SimulatorOptions, 'now' | 'random'>;

/** Main thread → worker. */
export type DevServicesCommand = { type: 'faults'; faults: FaultOptions } | { type: 'stats' } | { type: 'close' };

/** Worker → main thread. */
export type DevServicesEvent =
  | { type: 'ready'; simulatorUrl: string; cosmos: { endpoint: string; key: string } }
  | { type: 'failed'; message: string }
  | { type: 'faults-set' }
  | { type: 'stats'; stats: SimulatorStats }
  | { type: 'closed' };

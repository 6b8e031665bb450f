// Messages between the turn benchmark and the processes it measures (Node's fork IPC channel).
import { z } from 'zod';
import type { SimulatorStats } from '../../services/tenant-simulator/server';

export type TargetKind = 'bot' | 'empty' | 'services';

/** Parent → child. */
export type TargetCommand = { type: 'latency'; ms: number } | { type: 'stats' } | { type: 'close' };

/** Child → parent. */
export type TargetEvent =
  | {
      type: 'ready';
      url: string;
      /** `services` only: where the simulator and the store listen. */
      simulatorPort?: number;
      cosmos?: { endpoint: string; key: string };
    }
  | { type: 'latency-set' }
  | { type: 'stats'; stats: SimulatorStats | undefined };

export const BENCH_SIGNING_SECRET = 'bench-signing-secret';
export const BENCH_BOT_TOKEN = 'xoxb-bench';

/** The third argument of a target process: where the channel sink is, and for `bot`, services elsewhere. */
export const targetOptionsSchema = z.object({
  slackApiUrl: z.string(),
  simulatorPort: z.number().int().optional(),
  cosmos: z.object({ endpoint: z.string(), key: z.string() }).optional(),
  /** `bot` with its own simulator and store: where they run (LOCAL_SERVICES; `npm start`'s default is thread). */
  localServices: z.enum(['thread', 'inline']).default('thread'),
});
export type TargetOptions = z.input<typeof targetOptionsSchema>;

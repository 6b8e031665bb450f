import type { SimulatorCliArgs } from './cli-args';

/** One line for the simulator's start-up log: throttling and every fault in force. No user data but ids given on the command line. */
export function describeFaults(args: Pick<SimulatorCliArgs, 'throttling' | 'writeQuota' | 'faults'>): string {
  const parts: string[] = [];
  if (!args.throttling) parts.push('throttling off');
  else if (args.writeQuota)
    parts.push(`throttling on, write quota ${args.writeQuota.writes} per ${args.writeQuota.windowMs / 1000} s`);
  else parts.push("throttling on (Graph's limits)");
  const { latencyMs, forceThrottle, unavailableBurst, failUsers } = args.faults;
  if (latencyMs !== undefined)
    parts.push(`latency ${typeof latencyMs === 'number' ? `${latencyMs}` : `${latencyMs.min}-${latencyMs.max}`} ms`);
  if (forceThrottle)
    parts.push(
      `forced 429 after ${forceThrottle.afterRequests} operations per ${forceThrottle.windowMs / 1000} s (Retry-After ${forceThrottle.retryAfterSeconds} s)`,
    );
  if (unavailableBurst)
    parts.push(
      `503 burst of ${unavailableBurst.count}${unavailableBurst.everyMs === undefined ? '' : ` every ${unavailableBurst.everyMs / 1000} s`}`,
    );
  if (failUsers) parts.push(`assignLicense fails for ${Object.keys(failUsers).length} user(s)`);
  return parts.join(', ');
}

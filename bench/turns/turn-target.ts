// One process the turn benchmark measures, started with `fork` (see turn-bench.ts):
//   bot       License Desk as `npm start` runs it (simulator and embedded store in this process),
//             or, with SIMULATOR_PORT and COSMOS_* given, on a simulator and store elsewhere;
//   empty     the empty botbuilder bot and empty Bolt app (the baselines);
//   services  just the tenant simulator and the embedded store, for the bot to connect to.
// Args: KIND TENANT_USERS OPTIONS_JSON (TargetOptions). Answers the TargetCommand messages; exits on 'close' without draining
// (a slash-command flood leaves queued work that is not what is measured).
import restify from 'restify';
import { startApp } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { startEmbeddedCosmos } from '../../services/store/embedded-cosmos';
import type { z } from 'zod';
import { type FaultOptions, type SimulatorStats, startTenantSimulator } from '../../services/tenant-simulator/server';
import { generateTenant } from '../generate-tenant';
import { mountEmptyBots } from './empty-bots';
import {
  BENCH_BOT_TOKEN,
  BENCH_SIGNING_SECRET,
  type TargetCommand,
  type TargetEvent,
  type TargetKind,
  targetOptionsSchema,
} from './target-protocol';

function tell(event: TargetEvent): void {
  process.send?.(event);
}

/** What the bench may ask of the simulator: in this thread, or on the bot's services thread. */
interface SimulatorControl {
  setFaults(faults: FaultOptions): void | Promise<void>;
  stats(): SimulatorStats | Promise<SimulatorStats>;
}

async function startTarget(
  kind: TargetKind,
  tenantUsers: number,
  o: z.output<typeof targetOptionsSchema>,
): Promise<SimulatorControl | undefined> {
  const { slackApiUrl } = o;
  if (kind === 'empty') {
    const server = restify.createServer({ handleUncaughtExceptions: false });
    mountEmptyBots(server, BENCH_SIGNING_SECRET, slackApiUrl);
    await new Promise<void>((resolve) => {
      server.listen(0, '127.0.0.1', () => resolve());
    });
    tell({ type: 'ready', url: server.url.replace('[::]', '127.0.0.1') });
    return undefined;
  }
  if (kind === 'services') {
    const simulator = await startTenantSimulator({ tenant: generateTenant(tenantUsers), throttling: false });
    const cosmos = await startEmbeddedCosmos();
    tell({
      type: 'ready',
      url: simulator.url,
      simulatorPort: Number(new URL(simulator.url).port),
      cosmos: { endpoint: cosmos.endpoint, key: cosmos.key },
    });
    return simulator;
  }
  const connect = o.simulatorPort !== undefined;
  const config = loadConfig({
    PORT: '0',
    PLAYGROUND: 'off',
    LOG_LEVEL: 'silent',
    SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET,
    SLACK_BOT_TOKEN: BENCH_BOT_TOKEN,
    SLACK_API_URL: slackApiUrl,
    SIMULATOR_PORT: String(o.simulatorPort ?? 0),
    ...(o.cosmos ? { COSMOS_ENDPOINT: o.cosmos.endpoint, COSMOS_KEY: o.cosmos.key } : {}),
  });
  const app = await startApp(
    config,
    createLogger('silent'),
    connect
      ? { simulator: 'connect' }
      : {
          tenant: generateTenant(tenantUsers),
          simulatorOptions: { throttling: false },
          devServicesThread: o.localServices === 'thread',
        },
  );
  tell({ type: 'ready', url: app.url });
  return app.simulator ?? app.devServices;
}

async function main(): Promise<void> {
  const [kind, users, options] = process.argv.slice(2);
  if (kind !== 'bot' && kind !== 'empty' && kind !== 'services') throw new Error(`unknown target ${kind ?? ''}`);
  const simulator = await startTarget(
    kind,
    Number(users ?? '1000'),
    targetOptionsSchema.parse(JSON.parse(options ?? '{}')),
  );
  const answer = async (command: TargetCommand) => {
    switch (command.type) {
      case 'latency':
        await simulator?.setFaults(command.ms > 0 ? { latencyMs: command.ms } : {});
        tell({ type: 'latency-set' });
        break;
      case 'stats':
        tell({ type: 'stats', stats: await simulator?.stats() });
        break;
      case 'close':
        process.exit(0);
    }
  };
  process.on('message', (command: TargetCommand) => {
    answer(command).catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

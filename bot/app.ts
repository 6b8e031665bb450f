/**
 * Composition root of the bot: services, the HTTP server and its channels. `main.ts` calls it
 * with the environment's config; integration tests call it with port 0 and their own tenant.
 */
import type restify from 'restify';
import { leaseNames } from '../services/licensing/work-leases';
import type { Config } from './config';
import { connectServices, coreOf, type ServiceOptions, type Services } from './connect-services';
import { compositeNotifier } from './composite-notifier';
import type { Core } from './core/core';
import { JobRunner } from './job-runner';
import type { Logger } from './logger';
import { createSlackChannel } from './slack/mount-slack';
import { createTeamsChannel } from './teams/mount-teams';
import { closeServer, createServer, listen } from './server';

const EXPIRY_SWEEP_MS = 60_000;
/** How often due scheduled removals are looked for (they run within this of their time). */
const SCHEDULE_SWEEP_MS = 30_000;

export interface AppOptions extends Partial<ServiceOptions> {
  /** Listen address; default loopback. */
  host?: string;
}

export interface RunningApp extends Omit<Services, 'close'> {
  core: Core;
  url: string;
  server: restify.Server;
  jobs: JobRunner;
  close(): Promise<void>;
}

export async function startApp(config: Config, logger: Logger, options: AppOptions = {}): Promise<RunningApp> {
  // 'connect' (a simulator already running on SIMULATOR_PORT) lets the turn benchmark keep Graph
  // in another process, so a profile shows the bot's own share.
  const services = await connectServices(config, logger, { simulator: 'start', ...options, vocabulary: true });
  const { stores, tenantId } = services;
  try {
    // Under run leases: instances started together resume each request once.
    const resumed = await services.removals.resume();
    if (resumed > 0) logger.info({ resumed }, 'resumed removals interrupted by a restart');
    const server = createServer(logger, [
      { name: 'graph', check: async () => ({ ok: await services.probeGraph(), detail: services.graphDescription }) },
      {
        name: 'store',
        check: async () => {
          await stores.requests.read(tenantId, 'healthz');
          return { ok: true, detail: stores.describe };
        },
      },
    ]);
    const jobs = new JobRunner(logger);
    // Two phases, so nothing is changed after it is built: the channels (and their notifiers)
    // first, then the core with those notifiers, then the channels' routes with the core.
    const teams = createTeamsChannel(config, services, jobs, logger);
    const slack = createSlackChannel(config, services, jobs, logger);
    const notifier = compositeNotifier({ teams: teams.notifier, ...(slack ? { slack: slack.notifier } : {}) });
    const core = coreOf(services, config, logger, notifier);
    teams.mount(server, core);
    slack?.mount(server, core);
    // Approvals expire on read and by this sweep (the embedded Cosmos has no TTL).
    const sweep = setInterval(() => {
      jobs.run('expire-approvals', async () => {
        // One instance sweeps at a time (the others would only lose the ETag races).
        const swept = await services.leases.withLease(leaseNames.expirySweep, EXPIRY_SWEEP_MS, () =>
          core.expireDueApprovals(),
        );
        if (swept.ran && swept.value > 0) logger.info({ expired: swept.value }, 'expired pending approvals');
        // Removals of an instance that died: their run lease has expired by now, so one instance takes them over.
        const taken = await services.removals.resume();
        if (taken > 0) logger.info({ resumed: taken }, 'took over removals of an instance that stopped');
      });
    }, EXPIRY_SWEEP_MS);
    sweep.unref();
    // Scheduled removals: missed ones run now, at start; then every SCHEDULE_SWEEP_MS.
    // One sweep at a time per process (a long removal must not start a second sweep over it).
    let sweeping = false;
    const runSchedules = () => {
      if (sweeping) return;
      sweeping = true;
      jobs.run('scheduled-removals', async () => {
        try {
          const ran = await core.runDueSchedules();
          if (ran > 0) logger.info({ ran }, 'ran scheduled removals');
        } finally {
          sweeping = false;
        }
      });
    };
    runSchedules();
    const scheduler = setInterval(runSchedules, SCHEDULE_SWEEP_MS);
    scheduler.unref();
    const url = await listen(server, config.port, options.host ?? '127.0.0.1');
    return {
      ...services,
      core,
      url,
      server,
      jobs,
      close: async () => {
        clearInterval(sweep);
        clearInterval(scheduler);
        slack?.close();
        await closeServer(server);
        // Removals already acknowledged finish before the services they need go away.
        await jobs.drain();
        await services.close();
      },
    };
  } catch (e) {
    await services.close();
    throw e;
  }
}

/**
 * Composition root of the bot: services, the HTTP server and its channels. `main.ts` calls it
 * with the environment's config; integration tests call it with port 0 and their own tenant.
 */
import type restify from 'restify';
import { resumeInterrupted } from '../services/licensing/resume-interrupted';
import type { Config } from './config';
import { connectServices, type ServiceOptions, type Services } from './connect-services';
import { compositeNotifier } from './composite-notifier';
import { expireDueApprovals } from './core/actions/expire-approval';
import { JobRunner } from './job-runner';
import type { Logger } from './logger';
import { mountSlack } from './slack/mount-slack';
import { mountTeams } from './teams/mount-teams';
import { closeServer, createServer, listen } from './server';

const EXPIRY_SWEEP_MS = 60_000;

export interface AppOptions extends Partial<ServiceOptions> {
  /** Listen address; default loopback. */
  host?: string;
}

export interface RunningApp extends Omit<Services, 'close'> {
  url: string;
  server: restify.Server;
  jobs: JobRunner;
  close(): Promise<void>;
}

export async function startApp(config: Config, logger: Logger, options: AppOptions = {}): Promise<RunningApp> {
  // 'connect' (a simulator already running on SIMULATOR_PORT) lets the turn benchmark keep Graph
  // in another process, so a profile shows the bot's own share.
  const services = await connectServices(config, logger, { simulator: 'start', ...options });
  const { deps, stores } = services;
  try {
    const resumed = await resumeInterrupted(deps.graph, deps.repo, deps.tenantId);
    if (resumed > 0) logger.info({ resumed }, 'resumed removals interrupted by a restart');
    const server = createServer(logger, [
      { name: 'graph', check: async () => ({ ok: await services.probeGraph(), detail: services.graphDescription }) },
      {
        name: 'store',
        check: async () => {
          await stores.requests.read(deps.tenantId, 'healthz');
          return { ok: true, detail: stores.describe };
        },
      },
    ]);
    const jobs = new JobRunner(logger);
    const teams = mountTeams(server, config, deps, jobs, logger);
    const slack = mountSlack(server, config, deps, jobs, logger);
    deps.notifier = compositeNotifier({ teams: teams.notifier, ...(slack ? { slack: slack.notifier } : {}) });
    // Approvals expire on read and by this sweep (the embedded Cosmos has no TTL).
    const sweep = setInterval(() => {
      jobs.run('expire-approvals', async () => {
        const expired = await expireDueApprovals(deps);
        if (expired > 0) logger.info({ expired }, 'expired pending approvals');
      });
    }, EXPIRY_SWEEP_MS);
    sweep.unref();
    const url = await listen(server, config.port, options.host ?? '127.0.0.1');
    return {
      ...services,
      url,
      server,
      jobs,
      close: async () => {
        clearInterval(sweep);
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

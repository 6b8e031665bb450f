/**
 * Composition root: the only place that constructs services. `main.ts` calls it with the
 * environment's config; integration tests call it with ports 0 and their own tenant.
 */
import type restify from 'restify';
import { GraphLicenseClient } from '../services/graph/graph-license-client';
import type { LicenseGraph } from '../services/graph/license-graph';
import { createTokenProvider } from '../services/graph/token-provider';
import { resumeInterrupted } from '../services/licensing/resume-interrupted';
import type { AuditEvent, RemovalRequest } from '../services/licensing/removal-request';
import { RequestRepository, systemClock, type Clock } from '../services/licensing/request-repository';
import { loadDemoTenant } from '../services/tenant-simulator/demo-tenant';
import {
  type RunningSimulator,
  type SimulatorOptions,
  startTenantSimulator,
} from '../services/tenant-simulator/server';
import { loadTenantFile, type TenantFile } from '../services/tenant-simulator/tenant-file';
import { openStores, type Stores } from '../services/store/open-stores';
import type { Config } from './config';
import type { ConversationRecord } from './core/conversation-record';
import type { CoreDeps } from './core/core-deps';
import type { Logger } from './logger';
import { closeServer, createServer, listen } from './server';

export interface AppOptions {
  /** Listen address; default loopback. */
  host?: string;
  /** A tenant to simulate instead of TENANT_FILE / the demo tenant. */
  tenant?: TenantFile;
  /** Simulator options (faults, throttling) for tests and benchmarks. */
  simulator?: Omit<SimulatorOptions, 'tenant'>;
  clock?: Clock;
}

export interface RunningApp {
  url: string;
  server: restify.Server;
  deps: CoreDeps;
  stores: Stores<RemovalRequest, AuditEvent, ConversationRecord>;
  simulator: RunningSimulator | undefined;
  close(): Promise<void>;
}

/** The Graph connection the config names: the local simulator (started here) or real Graph. */
async function connectGraph(
  config: Config,
  logger: Logger,
  options: AppOptions,
): Promise<{ graph: LicenseGraph; simulator: RunningSimulator | undefined }> {
  const onRetry = (info: unknown) => logger.debug({ retry: info }, 'graph retry');
  if (config.graph.mode === 'graph') {
    const getToken = createTokenProvider({
      tenantId: config.graph.tenantId,
      clientId: config.graph.clientId,
      ...(config.graph.clientSecret ? { clientSecret: config.graph.clientSecret } : {}),
      ...(config.graph.certificatePath ? { certificatePath: config.graph.certificatePath } : {}),
    });
    return {
      graph: new GraphLicenseClient({
        baseUrl: config.graph.baseUrl,
        getToken,
        timeoutMs: config.graph.timeoutMs,
        onRetry,
      }),
      simulator: undefined,
    };
  }
  const tenant =
    options.tenant ?? (config.graph.tenantFile ? loadTenantFile(config.graph.tenantFile) : loadDemoTenant());
  const simulator = await startTenantSimulator({ tenant, port: config.graph.simulatorPort, ...options.simulator });
  return {
    graph: new GraphLicenseClient({ baseUrl: simulator.url, timeoutMs: config.graph.timeoutMs, onRetry }),
    simulator,
  };
}

export async function startApp(config: Config, logger: Logger, options: AppOptions = {}): Promise<RunningApp> {
  const closers: (() => Promise<void>)[] = [];
  const closeAll = async () => {
    for (const close of closers.reverse())
      await close().catch((e: unknown) => logger.warn({ err: e }, 'error while closing'));
  };
  try {
    const { graph, simulator } = await connectGraph(config, logger, options);
    if (simulator) closers.push(() => simulator.close());
    const stores = await openStores<RemovalRequest, AuditEvent, ConversationRecord>({
      ...(config.cosmos.endpoint ? { endpoint: config.cosmos.endpoint } : {}),
      ...(config.cosmos.key ? { key: config.cosmos.key } : {}),
      databaseId: config.cosmos.databaseId,
    });
    closers.push(() => stores.close());
    const organization = await graph.getOrganization();
    const tenantId = organization.id ?? 'unknown-tenant';
    const repo = new RequestRepository(stores.requests, stores.audit, options.clock ?? systemClock);
    const deps: CoreDeps = { graph, repo, tenantId, logger, defaultLocale: config.defaultLocale };

    const resumed = await resumeInterrupted(graph, repo, tenantId);
    if (resumed > 0) logger.info({ resumed }, 'resumed removals interrupted by a restart');

    const server = createServer(logger, [
      {
        name: 'graph',
        check: async () => ({
          ok: Boolean((await graph.getOrganization()).id),
          detail: simulator ? `simulator ${simulator.url}` : config.graph.mode === 'graph' ? config.graph.baseUrl : '',
        }),
      },
      {
        name: 'store',
        check: async () => (
          await stores.requests.query(tenantId, { state: 'executing' }),
          { ok: true, detail: stores.describe }
        ),
      },
    ]);
    const url = await listen(server, config.port, options.host ?? '127.0.0.1');
    closers.push(() => closeServer(server));
    return { url, server, deps, stores, simulator, close: closeAll };
  } catch (e) {
    await closeAll();
    throw e;
  }
}

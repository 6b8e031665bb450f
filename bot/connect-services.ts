/**
 * Builds the services from the config: Graph (real, or the tenant simulator), the store (Cosmos,
 * or the embedded server) and the `Removals` service over the request repository. Used by the bot's startup
 * and by the CLI, so both run on exactly the same parts.
 */
import { TenantVocabulary } from '../services/directory/tenant-vocabulary';
import { GraphLicenseClient } from '../services/graph/graph-license-client';
import type { LicenseGraph } from '../services/graph/license-graph';
import { createTenantFactsCache } from '../services/graph/tenant-facts-cache';
import { createTokenProvider, credentialKind } from '../services/graph/token-provider';
import type { AuditEvent, RemovalRequest } from '../services/licensing/removal-request';
import { type LicensePrices, loadLicensePrices, NO_PRICES } from '../services/licensing/reclaim/license-prices';
import { Removals } from '../services/licensing/removals';
import { type Clock, RequestRepository, systemClock } from '../services/licensing/request-repository';
import type { RetryInfo } from '../services/graph/retry-info';
import { openStores, type Stores } from '../services/store/open-stores';
import { StoreLeases } from '../services/store/store-leases';
import { StoreWriteQuota } from '../services/store/store-write-quota';
import { loadDemoTenant } from '../services/tenant-simulator/demo-tenant';
import {
  type RunningSimulator,
  type SimulatorOptions,
  startTenantSimulator,
} from '../services/tenant-simulator/server';
import { loadTenantFile, type TenantFile } from '../services/tenant-simulator/tenant-file';
import type { Config } from './config';
import type { ConversationRecord } from './conversation-record';
import { type Core, createCore, type Notifier, unreachableNotifier } from './core/core';
import { type DevServicesThread, startDevServicesThread } from './dev-services/dev-services-thread';
import type { Logger } from './logger';

export interface ServiceOptions {
  /**
   * In simulator mode: 'start' runs a simulator in this process on SIMULATOR_PORT (the bot);
   * 'connect' uses one already running there (the CLI next to `npm start`). SIMULATOR_URL makes
   * both connect to that simulator instead.
   */
  simulator: 'start' | 'connect';
  /** Simulate this tenant (implies 'start', on an ephemeral port unless `port` says otherwise). */
  tenant?: TenantFile;
  simulatorOptions?: Omit<SimulatorOptions, 'tenant'>;
  clock?: Clock;
  /**
   * Load the tenant's vocabulary (the directory index and the product index) and keep it fresh:
   * the bot does, so messages are understood against the tenant's own names; the CLI does not.
   */
  vocabulary?: boolean;
  /**
   * Run the local stand-ins (the simulator a 'start' would run, and the embedded Cosmos DB) on a
   * worker thread instead of this one (`npm start`, LOCAL_SERVICES=thread; see dev-services-thread).
   * `simulator` is then undefined: the state lives in the thread, reachable over HTTP.
   */
  devServicesThread?: boolean;
}

/**
 * The parts the bot is built from: the core is made from them (plus the channels' notifiers, see
 * app.ts), and channels use `conversations` (where users are reached) and `graph` (Slack looks
 * users up by email). Nothing here is changed after it is built.
 */
export interface Services {
  /** Reads everything from Graph: for whatever a click decides (authority, execution, results). */
  graph: LicenseGraph;
  /** For answering chat messages: tenant facts may be up to TENANT_FACTS_TTL_MS old (see CoreServices). */
  messageGraph: LicenseGraph;
  /** The owner of every request's life, bound to this tenant. */
  removals: Removals;
  /** The tenant's people and products in memory (undefined unless asked for, see ServiceOptions). */
  vocabulary: TenantVocabulary | undefined;
  /** The Entra tenant the Graph connection serves: the partition of every stored record. */
  tenantId: string;
  /** Where each user can be reached proactively (approvals, updates after a restart). */
  conversations: Stores<RemovalRequest, AuditEvent, ConversationRecord>['conversations'];
  stores: Stores<RemovalRequest, AuditEvent, ConversationRecord>;
  simulator: RunningSimulator | undefined;
  /** The simulator and embedded store when they run on their own thread (`devServicesThread`). */
  devServices: DevServicesThread | undefined;
  /** Where Graph is, for logs: a URL, never credentials. */
  graphDescription: string;
  /** Graph's base URL (without `/v1.0`), for clients with another token (the CLI's signed-in user). */
  graphBaseUrl: string;
  /** Leases on work that must run once across instances on this store (resume, sweeps). */
  leases: StoreLeases;
  /** One quick Graph call for /healthz (no retries). */
  probeGraph(): Promise<boolean>;
  close(): Promise<void>;
}

/** Thrown when the configured simulator is not running (CLI without `npm start`). */
export class GraphUnreachableError extends Error {
  override readonly name = 'GraphUnreachableError';
}

/** Where Graph is and how to authenticate; clients with different retry budgets are made from it. */
interface GraphEndpoint {
  baseUrl: string;
  getToken?: () => Promise<string>;
  simulator: RunningSimulator | undefined;
  description: string;
}

async function resolveGraphEndpoint(
  config: Config,
  options: ServiceOptions,
  devServices: DevServicesThread | undefined,
): Promise<GraphEndpoint> {
  if (config.graph.mode === 'graph' && !options.tenant) {
    const credential = {
      tenantId: config.graph.tenantId,
      clientId: config.graph.clientId,
      ...(config.graph.clientSecret ? { clientSecret: config.graph.clientSecret } : {}),
      ...(config.graph.certificatePath ? { certificatePath: config.graph.certificatePath } : {}),
    };
    const getToken = createTokenProvider(credential);
    const description = `${config.graph.baseUrl} (${credentialKind(credential)})`;
    return { baseUrl: config.graph.baseUrl, getToken, simulator: undefined, description };
  }
  const external = externalSimulator(config, options);
  if (external !== undefined) {
    try {
      await new GraphLicenseClient({
        baseUrl: external,
        timeoutMs: 3000,
        maxAttempts: 2,
        maxRetryTimeMs: 0,
      }).getOrganization();
    } catch {
      throw new GraphUnreachableError(
        `No tenant simulator answers at ${external}. Start the bot (npm start) or the simulator (npm run tenant-simulator), or pass --tenant FILE.`,
      );
    }
    return { baseUrl: external, simulator: undefined, description: `simulator ${external}` };
  }
  if (devServices) {
    return {
      baseUrl: devServices.simulatorUrl,
      simulator: undefined,
      description: `simulator ${devServices.simulatorUrl} (own thread)`,
    };
  }
  const simulator = await startTenantSimulator(simulatorStart(config, options));
  return { baseUrl: simulator.url, simulator, description: `simulator ${simulator.url}` };
}

/**
 * A simulator already running: the CLI's default (next to `npm start`), and SIMULATOR_URL for both
 * the bot and the CLI (several instances, or a storm reproduced with the simulator's own options).
 */
function externalSimulator(config: Config, options: ServiceOptions): string | undefined {
  if (config.graph.mode !== 'simulator' || options.tenant) return undefined;
  return (
    config.graph.simulatorUrl ??
    (options.simulator === 'connect' ? `http://127.0.0.1:${config.graph.simulatorPort}` : undefined)
  );
}

/** Whether Graph is a simulator this process starts (not real Graph, not one already running). */
function startsSimulator(config: Config, options: ServiceOptions): boolean {
  return (
    (config.graph.mode === 'simulator' || options.tenant !== undefined) &&
    externalSimulator(config, options) === undefined
  );
}

/** The simulator a 'start' runs: the given tenant (any free port), or the tenant file / demo tenant on SIMULATOR_PORT. */
function simulatorStart(config: Config, options: ServiceOptions): SimulatorOptions {
  const tenantFile = config.graph.mode === 'simulator' ? config.graph.tenantFile : undefined;
  const tenant = options.tenant ?? (tenantFile ? loadTenantFile(tenantFile) : loadDemoTenant());
  const port = options.tenant ? 0 : config.graph.mode === 'simulator' ? config.graph.simulatorPort : 0;
  return { tenant, port, ...options.simulatorOptions };
}

/**
 * The simulator and embedded store on their own thread, when asked for and both would be local:
 * simulator mode without SIMULATOR_URL (or a given tenant), and no Cosmos DB endpoint.
 */
async function startDevServices(
  config: Config,
  options: ServiceOptions,
  onLost: (reason: string) => void,
): Promise<DevServicesThread | undefined> {
  if (!options.devServicesThread || config.cosmos.endpoint || !startsSimulator(config, options)) return undefined;
  const { now: _now, random: _random, ...start } = simulatorStart(config, options);
  return startDevServicesThread(start, onLost);
}

export async function connectServices(config: Config, logger: Logger, options: ServiceOptions): Promise<Services> {
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const c of closers.reverse()) await c().catch((e: unknown) => logger.warn({ err: e }, 'error while closing'));
  };
  try {
    const devServices = await startDevServices(config, options, (reason) =>
      logger.error({ reason }, 'the tenant simulator and embedded store thread stopped: Graph and the store are gone'),
    );
    if (devServices) closers.push(() => devServices.close());
    const endpoint = await resolveGraphEndpoint(config, options, devServices);
    const { simulator, description } = endpoint;
    if (simulator) closers.push(() => simulator.close());
    const auth = { baseUrl: endpoint.baseUrl, ...(endpoint.getToken ? { getToken: endpoint.getToken } : {}) };
    const clientOptions = {
      ...auth,
      timeoutMs: config.graph.timeoutMs,
      maxRetryTimeMs: config.graphLimits.retryBudgetMs,
      onRetry: (info: RetryInfo) => logger.debug({ retry: info }, 'graph retry'),
    };
    // Health checks ask once, briefly: a probe must not leave retries running after it answered.
    const probe = new GraphLicenseClient({ ...auth, timeoutMs: 2000, maxAttempts: 1, maxRetryTimeMs: 0 });
    const probeGraph = async () => Boolean((await probe.getOrganization()).id);
    const stores = await openStores<RemovalRequest, AuditEvent, ConversationRecord>({
      ...(config.cosmos.endpoint ? { endpoint: config.cosmos.endpoint } : {}),
      ...(config.cosmos.key ? { key: config.cosmos.key } : {}),
      databaseId: config.cosmos.databaseId,
      ...(devServices ? { startEmbedded: () => Promise.resolve(devServices.cosmos) } : {}),
    });
    closers.push(() => stores.close());
    // The tenant is known only after a first call; the shared write quota is kept per tenant.
    const organization = await new GraphLicenseClient(clientOptions).getOrganization();
    const tenantId = organization.id ?? 'unknown-tenant';
    const { writeQuota } = config.graphLimits;
    const client = new GraphLicenseClient({
      ...clientOptions,
      // A turn's independent reads (requester, roles, people…) as one $batch: one round trip.
      coalesceReads: true,
      ...(writeQuota
        ? {
            writeQuota: new StoreWriteQuota({
              store: stores.coordination,
              tenantId,
              quota: writeQuota,
              onStoreError: (e) => logger.warn({ err: e }, 'shared write quota unavailable: pacing alone'),
            }),
          }
        : {}),
    });
    const facts = createTenantFactsCache(client, { ttlMs: config.tenantFacts.ttlMs });
    const graph = facts.fresh;
    const repo = new RequestRepository(stores.requests, stores.audit, options.clock ?? systemClock);
    const leases = new StoreLeases({ store: stores.coordination, tenantId });
    const removals = new Removals(graph, repo, tenantId, leases);
    // The directory index reads users (delta query) and SKUs on its own schedule, not per turn.
    const vocabulary = options.vocabulary ? await openVocabulary(client, config, logger) : undefined;
    if (vocabulary) closers.push(() => Promise.resolve(vocabulary.stop()));
    return {
      graph,
      messageGraph: facts.cached,
      removals,
      vocabulary,
      tenantId,
      conversations: stores.conversations,
      stores,
      simulator,
      devServices,
      graphDescription: description,
      graphBaseUrl: endpoint.baseUrl,
      probeGraph,
      leases,
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

/** How long start-up waits for the first load of the vocabulary before it goes on without it. */
const FIRST_LOAD_TIMEOUT_MS = 60_000;

/**
 * Builds the tenant vocabulary once, loads it (bounded; on failure the bot starts anyway and
 * understands with the shape parser until a periodic refresh succeeds) and refreshes it every
 * DIRECTORY_REFRESH_SECONDS. Logs counts only, never names.
 */
async function openVocabulary(graph: GraphLicenseClient, config: Config, logger: Logger): Promise<TenantVocabulary> {
  const vocabulary = new TenantVocabulary(graph, { refreshTimeoutMs: FIRST_LOAD_TIMEOUT_MS });
  try {
    const loaded = await vocabulary.refresh();
    logger.info(
      { users: loaded.directory.users, skus: loaded.skus, ms: loaded.directory.ms },
      'directory index loaded',
    );
  } catch (e) {
    logger.warn({ err: e }, 'directory index not loaded yet: understanding uses the shape parser until it is');
  }
  vocabulary.start(
    config.directory.refreshSeconds * 1000,
    (e) => logger.warn({ err: e }, 'directory index refresh failed; the last one stays in use'),
    (r) =>
      logger.debug(
        { changed: r.directory.changed, removed: r.directory.removed, users: r.directory.users },
        'directory index refreshed',
      ),
  );
  return vocabulary;
}

/**
 * The conversation core over these services. `notifier` is the channels' (built before the core);
 * without channels (the CLI) nobody is reachable proactively.
 */
export function coreOf(
  services: Pick<Services, 'graph' | 'messageGraph' | 'removals'> & Partial<Pick<Services, 'vocabulary'>>,
  config: Pick<Config, 'approvals' | 'defaultLocale' | 'timeZone'> & Partial<Pick<Config, 'reclaim' | 'notifyUsers'>>,
  logger: Logger,
  notifier: Notifier = unreachableNotifier,
): Core {
  return createCore({
    graph: services.graph,
    messageGraph: services.messageGraph,
    removals: services.removals,
    ...(services.vocabulary ? { vocabulary: services.vocabulary } : {}),
    notifier,
    approvals: config.approvals,
    logger,
    defaultLocale: config.defaultLocale,
    timeZone: config.timeZone,
    ...(config.reclaim ? { reclaim: reclaimSettings(config.reclaim) } : {}),
    ...(config.notifyUsers?.enabled ? { notifyUsers: { leadHours: config.notifyUsers.leadHours } } : {}),
  });
}

/** RECLAIM_INACTIVE_DAYS and the prices file, read and checked now: a bad file stops the start. */
function reclaimSettings(reclaim: Config['reclaim']): { inactiveDays: number; prices: LicensePrices } {
  return {
    inactiveDays: reclaim.inactiveDays,
    prices: reclaim.pricesFile ? loadLicensePrices(reclaim.pricesFile) : NO_PRICES,
  };
}

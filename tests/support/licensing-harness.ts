/**
 * A licensing test bench: the real tenant simulator (over HTTP, port 0), the real
 * `GraphLicenseClient` pointed at it, and a `RequestRepository` over memory stores (or the
 * embedded Cosmos server) with a clock the test moves. Tests read effects from `sim.state`.
 */
import { randomUUID } from 'node:crypto';
import { GraphLicenseClient, type GraphClientOptions } from '../../services/graph/graph-license-client';
import { planRemoval, type PlanOutcome } from '../../services/licensing/plan-removal';
import type { RemovalAsk } from '../../services/licensing/removal-ask';
import { Removals } from '../../services/licensing/removals';
import type { WorkLeases } from '../../services/licensing/work-leases';
import type { RemovalPlan } from '../../services/licensing/removal-plan';
import type { AuditEvent, RemovalRequest } from '../../services/licensing/removal-request';
import { RequestRepository, type Clock, type StoredRequest } from '../../services/licensing/request-repository';
import type { DocumentStore } from '../../services/store/document-store';
import { MemoryDocumentStore } from '../../services/store/memory-document-store';
import { openStores } from '../../services/store/open-stores';
import { loadDemoTenant } from '../../services/tenant-simulator/demo-tenant';
import {
  startTenantSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from '../../services/tenant-simulator/server';
import type { TenantFile, TenantUser } from '../../services/tenant-simulator/tenant-file';

/** A clock tests move by hand. Starts at `start`; never moves by itself. */
export interface TestClock extends Clock {
  set(at: Date): void;
  advance(ms: number): void;
}

export function testClock(start = new Date('2026-03-02T09:00:00Z')): TestClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    set: (at) => {
      current = at.getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

/** How to start a harness. Every field has a default. */
export interface HarnessOptions {
  /** The tenant to serve; default a fresh copy of the demo tenant (Contoso AB). */
  tenant?: TenantFile;
  /** Edits the tenant (a deep copy) before the simulator starts, to build special cases. */
  mutate?: (tenant: TenantFile) => void;
  /** Passed to `startTenantSimulator`; throttling is off unless given here. */
  simulator?: Omit<SimulatorOptions, 'tenant'>;
  /** Overrides for the Graph client (base URL is the simulator's). */
  graph?: Omit<GraphClientOptions, 'baseUrl'>;
  /** 'memory' (default) or 'cosmos' (the embedded cosmosdb-server, real ETag 412s). */
  store?: 'memory' | 'cosmos';
  clock?: TestClock;
  /** The run and schedule leases of the harness's `Removals` (default: a sole instance, every lease won). */
  leases?: WorkLeases;
}

/** A running bench. `close()` stops everything it started; call it in `afterEach`/`afterAll`. */
export interface LicensingHarness {
  sim: RunningSimulator;
  graph: GraphLicenseClient;
  repo: RequestRepository;
  /** The `Removals` service over `graph` and `repo`, bound to the tenant. */
  removals: Removals;
  clock: TestClock;
  tenantId: string;
  /** Object id of the user with this UPN, mail or display name (throws when absent: a test bug). */
  userId(upnOrName: string): string;
  /** skuId of a part number (or the skuId itself), from the tenant. */
  skuId(skuIdOrPartNumber: string): string;
  /** Whether the user holds the SKU now in the simulator (directly or through a group). */
  holds(upn: string, skuIdOrPartNumber: string): boolean;
  /** Whether the user holds the SKU now through a direct assignment. */
  holdsDirectly(upn: string, skuIdOrPartNumber: string): boolean;
  /** `consumedUnits` of the SKU now in the simulator. */
  consumed(skuIdOrPartNumber: string): number;
  /** Plans as `requester` (UPN) with the real planner. */
  plan(requester: string, ask: RemovalAsk): Promise<PlanOutcome>;
  /** Stores a plan as a request awaiting confirmation, as the conversation core does. */
  createRequest(requester: string, plan: RemovalPlan, ask?: RemovalAsk): Promise<StoredRequest>;
  /** Plans (must yield exactly one plan) and stores it; the common start of executor tests. */
  requestRemoval(requester: string, ask: RemovalAsk): Promise<StoredRequest>;
  close(): Promise<void>;
}

/** A removal ask from plain strings. */
export function ask(people: string[], products: string[] | 'all'): RemovalAsk {
  return {
    people: people.map((text) => ({ kind: 'text', text })),
    products: products === 'all' ? 'all' : products.map((text) => ({ text })),
  };
}

export async function startLicensingHarness(options: HarnessOptions = {}): Promise<LicensingHarness> {
  const tenant = structuredClone(options.tenant ?? loadDemoTenant());
  options.mutate?.(tenant);
  const sim = await startTenantSimulator({ throttling: false, ...options.simulator, tenant });
  const graph = new GraphLicenseClient({
    timeoutMs: 5_000,
    maxRetryTimeMs: 20_000,
    ...options.graph,
    baseUrl: sim.url,
  });
  const clock = options.clock ?? testClock();
  const stores = await openRepositoryStores(options.store ?? 'memory');
  const repo = new RequestRepository(stores.requests, stores.audit, clock);
  const tenantId = tenant.organization.id;
  const removals = new Removals(graph, repo, tenantId, options.leases);

  const findUser = (key: string): TenantUser => {
    const k = key.toLowerCase();
    const user = sim.state.users.find(
      (u) =>
        u.userPrincipalName.toLowerCase() === k || u.mail?.toLowerCase() === k || u.displayName.toLowerCase() === k,
    );
    if (!user) throw new Error(`harness: no user ${key}`);
    return user;
  };
  const skuId = (key: string): string => {
    const k = key.toLowerCase();
    const sku = sim.state.subscribedSkus.find(
      (s) => s.skuId.toLowerCase() === k || s.skuPartNumber.toLowerCase() === k,
    );
    if (!sku) throw new Error(`harness: no SKU ${key}`);
    return sku.skuId;
  };
  const states = (upn: string, sku: string) =>
    findUser(upn).licenseAssignmentStates.filter((s) => s.skuId.toLowerCase() === skuId(sku).toLowerCase());

  const harness: LicensingHarness = {
    sim,
    graph,
    repo,
    removals,
    clock,
    tenantId,
    userId: (key) => findUser(key).id,
    skuId,
    holds: (upn, sku) => states(upn, sku).length > 0,
    holdsDirectly: (upn, sku) => states(upn, sku).some((s) => s.assignedByGroup == null),
    consumed: (sku) => sim.state.subscribedSkus.find((s) => s.skuId === skuId(sku))?.consumedUnits ?? -1,
    plan: (requester, a) => planRemoval(graph, findUser(requester).id, a),
    createRequest: (requester, plan, a = { people: [], products: [] }) => {
      const user = findUser(requester);
      return repo.create(
        {
          id: repo.newId(),
          tenantId,
          state: 'awaiting-confirmation',
          channel: 'cli',
          locale: 'en',
          requesterId: user.id,
          requesterName: user.displayName,
          ask: a,
          plan,
        },
        user.id,
      );
    },
    requestRemoval: async (requester, a) => {
      const outcome = await harness.plan(requester, a);
      if (outcome.kind !== 'plans' || outcome.plans.length !== 1 || !outcome.plans[0])
        throw new Error(`harness: expected one plan, got ${JSON.stringify(outcome).slice(0, 300)}`);
      return harness.createRequest(requester, outcome.plans[0], a);
    },
    close: async () => {
      await Promise.all([sim.close(), stores.close()]);
    },
  };
  return harness;
}

async function openRepositoryStores(kind: 'memory' | 'cosmos'): Promise<{
  requests: DocumentStore<RemovalRequest>;
  audit: DocumentStore<AuditEvent>;
  close(): Promise<void>;
}> {
  if (kind === 'memory')
    return {
      requests: new MemoryDocumentStore<RemovalRequest>(),
      audit: new MemoryDocumentStore<AuditEvent>(),
      close: () => Promise.resolve(),
    };
  // A database per harness, so suites sharing a process never see each other's documents.
  const stores = await openStores<RemovalRequest, AuditEvent, { id: string; tenantId: string }>({
    databaseId: `licensing-${randomUUID()}`,
  });
  return stores;
}

/**
 * Adds `count` users holding `skuPartNumber` directly ("Bulk User NNN", bulk.user.NNN@contoso.se,
 * reporting to nobody) and enough seats for them, keeping the tenant consistent.
 */
export function addUsersHolding(tenant: TenantFile, skuPartNumber: string, count: number): TenantUser[] {
  const sku = tenant.subscribedSkus.find((s) => s.skuPartNumber === skuPartNumber);
  if (!sku) throw new Error(`harness: no SKU ${skuPartNumber}`);
  const users: TenantUser[] = [];
  for (let i = 0; i < count; i += 1) {
    const n = String(i).padStart(3, '0');
    const upn = `bulk.user.${n}@contoso.se`;
    users.push({
      id: randomUUID(),
      displayName: `Bulk User ${n}`,
      givenName: 'Bulk',
      surname: `User ${n}`,
      userPrincipalName: upn,
      mail: upn,
      jobTitle: null,
      department: 'QA',
      preferredLanguage: 'en-US',
      usageLocation: 'SE',
      accountEnabled: true,
      assignedLicenses: [{ skuId: sku.skuId, disabledPlans: [] }],
      licenseAssignmentStates: [
        {
          skuId: sku.skuId,
          assignedByGroup: null,
          state: 'Active',
          error: 'None',
          disabledPlans: [],
          lastUpdatedDateTime: '2025-01-02T08:00:00Z',
        },
      ],
      managerId: null,
    });
  }
  tenant.users.push(...users);
  sku.consumedUnits += count;
  sku.prepaidUnits.enabled += count;
  return users;
}

// The executor's store traffic, which the benchmark found dominating large runs: outcomes that
// settle together (one $batch answer) must share one write of the request, not one write each.
import type { User } from '@microsoft/microsoft-graph-types';
import { BENCH_ACTOR_ID, buildBenchPlan, createBenchRequest } from '../../../bench/bench-request';
import { BENCH_SKU_ID, BENCH_TENANT_ID, buildBenchTenant } from '../../../bench/bench-tenant';
import type { LicenseChange, LicenseChangeResult, LicenseGraph } from '../../../services/graph/license-graph';
import { Removals } from '../../../services/licensing/removals';
import type { AuditEvent, RemovalRequest } from '../../../services/licensing/removal-request';
import { RequestRepository } from '../../../services/licensing/request-repository';
import type { Versioned } from '../../../services/store/document-store';
import { MemoryDocumentStore } from '../../../services/store/memory-document-store';

/** Counts replaces: each is one read-modify-write of the whole request. */
class CountingStore extends MemoryDocumentStore<RemovalRequest> {
  replaces = 0;
  override replace(doc: Versioned<RemovalRequest>): Promise<Versioned<RemovalRequest>> {
    this.replaces += 1;
    return super.replace(doc);
  }
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The two calls executeRemoval makes, answering like the batch runner: 20 items per answer, each
 * answer in a new event-loop turn, items settled one by one with a microtask between them (as
 * `await response.json()` does).
 */
function batchingGraph(users: User[]): LicenseGraph {
  const graph: Pick<LicenseGraph, 'getUsersByIds' | 'assignLicenses'> = {
    getUsersByIds: (ids) => Promise.resolve(users.filter((u) => u.id !== undefined && ids.includes(u.id))),
    assignLicenses: async (changes: LicenseChange[], onItem?: (result: LicenseChangeResult) => void) => {
      const results: LicenseChangeResult[] = [];
      for (let i = 0; i < changes.length; i += 20) {
        await nextTurn();
        for (const change of changes.slice(i, i + 20)) {
          await Promise.resolve();
          const result: LicenseChangeResult = { userId: change.userId, ok: true, user: {} };
          results.push(result);
          onItem?.(result);
        }
      }
      return results;
    },
  };
  // executeRemoval uses only these two calls; the rest of the interface is never reached.
  return graph as LicenseGraph;
}

describe('executeRemoval store writes', () => {
  it('writes the request about once per $batch answer, and still records every user once', async () => {
    const tenant = buildBenchTenant(200);
    const requests = new CountingStore();
    const repo = new RequestRepository(requests, new MemoryDocumentStore<AuditEvent>());
    const request = await createBenchRequest(repo, BENCH_TENANT_ID, buildBenchPlan(tenant, BENCH_SKU_ID));

    const result = await new Removals(batchingGraph(tenant.users), repo, BENCH_TENANT_ID).remove(
      request.id,
      BENCH_ACTOR_ID,
    );

    expect(result.kind).toBe('executed');
    const outcomes = result.kind === 'executed' ? Object.values(result.request.outcomes ?? {}) : [];
    expect(outcomes).toHaveLength(200);
    expect(outcomes.every((o) => o.status === 'removed')).toBe(true);
    const events = (await repo.auditTrail(BENCH_TENANT_ID, request.id)).filter((e) => e.type === 'user-outcome');
    expect(new Set(events.map((e) => e.userId)).size).toBe(200);
    expect(events).toHaveLength(200);
    // 10 answers of 20: ≤ 10 outcome merges, plus the moves to executing and to completed.
    // Writing as each item settled made this 32 here (and 552 merges for 1,000 users in npm run bench).
    expect(requests.replaces).toBeLessThanOrEqual(12);
  });
});

import { buildBenchPlan, createBenchRequest } from '../../../bench/bench-request';
import { BENCH_SKU_ID, BENCH_TENANT_ID, buildBenchTenant } from '../../../bench/bench-tenant';
import { isRemovable } from '../../../services/licensing/removal-plan';
import type { AuditEvent, RemovalRequest } from '../../../services/licensing/removal-request';
import { RequestRepository } from '../../../services/licensing/request-repository';
import { MemoryDocumentStore } from '../../../services/store/memory-document-store';

describe('buildBenchPlan', () => {
  it('removes the SKU from every user, one removable entry each, in one batch', () => {
    const tenant = buildBenchTenant(45);
    const plan = buildBenchPlan(tenant, BENCH_SKU_ID);
    expect(plan.users.map((u) => u.id)).toEqual(tenant.users.map((u) => u.id));
    expect(plan.entries).toHaveLength(45);
    expect(plan.entries.every((e) => isRemovable(e) && e.skuId === BENCH_SKU_ID && e.assignment === 'direct')).toBe(
      true,
    );
    expect(plan.batch).toEqual({ index: 0, count: 1 });
    expect(plan.seatChanges).toEqual([expect.objectContaining({ usedBefore: 45, usedAfter: 0, freed: 45 })]);
  });

  it('leaves out users who do not hold the SKU directly', () => {
    const tenant = buildBenchTenant(3);
    const [first] = tenant.users;
    if (first) {
      first.assignedLicenses = [];
      first.licenseAssignmentStates = [];
    }
    expect(buildBenchPlan(tenant, BENCH_SKU_ID).users).toHaveLength(2);
  });

  it('refuses a SKU the tenant lacks', () => {
    expect(() => buildBenchPlan(buildBenchTenant(1), '00000000-0000-0000-0000-000000000000')).toThrow();
  });
});

describe('createBenchRequest', () => {
  it('stores an awaiting-confirmation request with the plan, as the executor expects', async () => {
    const repo = new RequestRepository(
      new MemoryDocumentStore<RemovalRequest>(),
      new MemoryDocumentStore<AuditEvent>(),
    );
    const plan = buildBenchPlan(buildBenchTenant(5), BENCH_SKU_ID);
    const created = await createBenchRequest(repo, BENCH_TENANT_ID, plan);
    const stored = await repo.get(BENCH_TENANT_ID, created.id);
    expect(stored?.state).toBe('awaiting-confirmation');
    expect(stored?.plan).toEqual(plan);
  });
});

import { GraphLicenseClient } from '../../../services/graph/graph-license-client';
import type { CoordinationDocument } from '../../../services/store/coordination-document';
import { MemoryDocumentStore } from '../../../services/store/memory-document-store';
import { StoreWriteQuota } from '../../../services/store/store-write-quota';
import { startTenantSimulator, type RunningSimulator } from '../../../services/tenant-simulator/server';
import { demoTenantWith, E3, removal } from './test-tenant';

// Issue 15, defect 4 (second half): two writers with a throttle gate each kept taking the quota
// the other waited for. Sharing the quota through the store keeps them, together, under it.
const PER_WRITER = 40;
const QUOTA = { writes: 20, windowMs: 500 };

async function twoWriters(shared: boolean): Promise<{ sim: RunningSimulator; ok: number }> {
  const tenant = demoTenantWith(2 * PER_WRITER);
  const sim = await startTenantSimulator({ tenant, throttling: { writeQuota: QUOTA } });
  const store = new MemoryDocumentStore<CoordinationDocument>();
  const writer = () =>
    new GraphLicenseClient({
      baseUrl: sim.url,
      maxRetryTimeMs: 30_000,
      ...(shared ? { writeQuota: new StoreWriteQuota({ store, tenantId: tenant.organization.id, quota: QUOTA }) } : {}),
    });
  const ids = tenant.users.filter((u) => u.userPrincipalName.startsWith('test.user.')).map((u) => u.id);
  const results = await Promise.all([
    writer().assignLicenses(ids.slice(0, PER_WRITER).map((id) => removal(id, E3))),
    writer().assignLicenses(ids.slice(PER_WRITER).map((id) => removal(id, E3))),
  ]);
  return { sim, ok: results.flat().filter((r) => r.ok).length };
}

describe('a write quota shared by two writers through the store', () => {
  const sims: RunningSimulator[] = [];
  afterAll(() => Promise.all(sims.map((s) => s.close())));

  it('loses nobody, writes nobody twice, and runs into far fewer 429s than two writers pacing alone', async () => {
    const alone = await twoWriters(false);
    const shared = await twoWriters(true);
    sims.push(alone.sim, shared.sim);
    expect(shared.ok).toBe(2 * PER_WRITER);
    expect(Object.values(shared.sim.stats().assignLicenseByUser).every((n) => n === 1)).toBe(true);
    expect(shared.sim.stats().assignLicenseCalls).toBe(2 * PER_WRITER);
    // Alone, each writer discovers the quota through 429s; shared, they take turns before sending.
    expect(alone.sim.stats().throttled).toBeGreaterThan(0);
    expect(shared.sim.stats().throttled).toBeLessThan(alone.sim.stats().throttled);
  });
});

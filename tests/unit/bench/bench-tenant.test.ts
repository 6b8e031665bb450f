import { BENCH_SKU_ID, benchUserId, buildBenchTenant } from '../../../bench/bench-tenant';
import { findCatalogProduct } from '../../../services/licensing/catalog/product-catalog';
import { parseTenantFile } from '../../../services/tenant-simulator/tenant-file';

describe('buildBenchTenant', () => {
  it.each([0, 1, 20, 1000])('builds a tenant of %i users that the simulator accepts', (count) => {
    const tenant = parseTenantFile(buildBenchTenant(count), 'bench tenant');
    expect(tenant.users).toHaveLength(count);
    const [sku] = tenant.subscribedSkus;
    expect(sku?.consumedUnits).toBe(count);
    expect(sku?.prepaidUnits.enabled).toBeGreaterThanOrEqual(count);
  });

  it('gives every user E3 directly, with distinct ids and UPNs', () => {
    const tenant = buildBenchTenant(30);
    for (const user of tenant.users) {
      expect(user.assignedLicenses).toEqual([{ skuId: BENCH_SKU_ID, disabledPlans: [] }]);
      expect(user.licenseAssignmentStates).toEqual([
        expect.objectContaining({ skuId: BENCH_SKU_ID, assignedByGroup: null, state: 'Active' }),
      ]);
    }
    expect(new Set(tenant.users.map((u) => u.id)).size).toBe(30);
    expect(new Set(tenant.users.map((u) => u.userPrincipalName)).size).toBe(30);
    expect(tenant.users[7]?.id).toBe(benchUserId(7));
  });

  it("carries E3's real service plans from the product catalog", () => {
    const [sku] = buildBenchTenant(1).subscribedSkus;
    const catalog = findCatalogProduct(BENCH_SKU_ID);
    expect(sku?.skuPartNumber).toBe('ENTERPRISEPACK');
    expect(sku?.servicePlans.map((p) => p.servicePlanId)).toEqual(catalog?.servicePlans.map((p) => p.id));
    expect(sku?.servicePlans.map((p) => p.servicePlanName)).toContain('EXCHANGE_S_ENTERPRISE');
  });
});

// A synthetic tenant for the executor benchmark: one SKU (Office 365 E3) with its real service
// plans from the product catalog, and N users who each hold it directly. Built in code so any N
// can be measured without a fixture file; the simulator validates it on load like any tenant.
import { findCatalogProduct } from '../services/licensing/catalog/product-catalog';
import type { TenantFile, TenantUser } from '../services/tenant-simulator/tenant-file';

/** Office 365 E3 (ENTERPRISEPACK): the product every benchmark user loses. */
export const BENCH_SKU_ID = '6fd2c87f-b296-42f0-b197-1e91e994b900';
export const BENCH_TENANT_ID = 'b3ac0000-0000-4000-8000-000000000001';
export const BENCH_DOMAIN = 'bench.example.com';

const ASSIGNED_AT = '2024-01-15T08:00:00Z';

/** A deterministic GUID per (kind, index), so runs and failures are comparable. */
function benchGuid(kind: number, index: number): string {
  return `b3ac${kind.toString(16).padStart(4, '0')}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}

/** The object id of bench user `index` (0-based). */
export function benchUserId(index: number): string {
  return benchGuid(1, index);
}

function benchUser(index: number): TenantUser {
  const n = String(index + 1).padStart(4, '0');
  const upn = `user${n}@${BENCH_DOMAIN}`;
  return {
    id: benchUserId(index),
    displayName: `Bench User ${n}`,
    givenName: 'Bench',
    surname: `User ${n}`,
    userPrincipalName: upn,
    mail: upn,
    jobTitle: null,
    department: 'Benchmark',
    preferredLanguage: 'en-US',
    usageLocation: 'SE',
    accountEnabled: true,
    ...heldDirectly(BENCH_SKU_ID, ASSIGNED_AT),
    managerId: null,
  };
}

/** A user's license fields when they hold `skuId` directly (active, no plans disabled), as Graph shows it. */
export function heldDirectly(
  skuId: string,
  assignedAt: string,
): Pick<TenantUser, 'assignedLicenses' | 'licenseAssignmentStates'> {
  return {
    assignedLicenses: [{ skuId, disabledPlans: [] }],
    licenseAssignmentStates: [
      {
        skuId,
        assignedByGroup: null,
        state: 'Active',
        error: 'None',
        disabledPlans: [],
        lastUpdatedDateTime: assignedAt,
      },
    ],
  };
}

/**
 * A tenant with `userCount` users, each holding E3 directly (consumedUnits = userCount, with
 * `spareSeats` more seats enabled). Passes `parseTenantFile`. Throws only if the catalog has lost E3.
 */
export function buildBenchTenant(userCount: number, spareSeats = 10): TenantFile {
  const product = findCatalogProduct(BENCH_SKU_ID);
  if (!product) throw new Error(`product catalog has no SKU ${BENCH_SKU_ID}`);
  const seats = userCount + spareSeats;
  return {
    organization: {
      id: BENCH_TENANT_ID,
      displayName: 'Bench Tenant',
      verifiedDomains: [{ name: BENCH_DOMAIN, isDefault: true }],
    },
    subscribedSkus: [
      {
        id: `${BENCH_TENANT_ID}_${BENCH_SKU_ID}`,
        skuId: BENCH_SKU_ID,
        skuPartNumber: product.skuPartNumber,
        appliesTo: 'User',
        capabilityStatus: 'Enabled',
        consumedUnits: userCount,
        prepaidUnits: { enabled: seats, suspended: 0, warning: 0, lockedOut: 0 },
        servicePlans: product.servicePlans.map((plan) => ({
          servicePlanId: plan.id,
          servicePlanName: plan.name,
          provisioningStatus: 'Success',
          appliesTo: 'User',
        })),
      },
    ],
    subscriptions: [
      {
        id: benchGuid(2, 1),
        skuId: BENCH_SKU_ID,
        skuPartNumber: product.skuPartNumber,
        status: 'Enabled',
        isTrial: false,
        totalLicenses: seats,
        createdDateTime: '2024-01-01T00:00:00Z',
        nextLifecycleDateTime: '2027-01-01T00:00:00Z',
        ownerType: null,
        ownerId: null,
      },
    ],
    users: Array.from({ length: userCount }, (_, i) => benchUser(i)),
    groups: [],
    directoryRoles: [],
  };
}

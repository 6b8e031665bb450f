import { mergePlans } from '../../../../services/licensing/merge-plans';
import type { PlanEntry, RemovalPlan } from '../../../../services/licensing/removal-plan';

function plan(userId: string, skuId: string, overrides: Partial<RemovalPlan> = {}): RemovalPlan {
  const entry: PlanEntry = { userId, skuId, assignment: 'direct', reason: 'remove', groups: [] };
  return {
    mode: 'direct',
    scope: 'products',
    products: [
      { skuId, skuPartNumber: skuId.toUpperCase(), displayName: skuId, seats: { total: 10, used: 5, free: 5 } },
    ],
    users: [{ id: userId, displayName: userId, userPrincipalName: `${userId}@x.test`, accountEnabled: true }],
    entries: [entry],
    consequences: [{ userId, items: [{ code: 'exchange-mailbox-deleted-after-30-days' }] }],
    seatChanges: [{ skuId, displayName: skuId, total: 10, usedBefore: 5, usedAfter: 4, freed: 1 }],
    warnings: [],
    batch: { index: 1, count: 1 },
    ...overrides,
  };
}

describe('mergePlans', () => {
  test('"E3 from Anna and Visio from Bo": one plan whose entries are exactly the asked pairs', () => {
    const merged = mergePlans([plan('anna', 'e3'), plan('bo', 'visio')]);
    expect(merged?.entries.map((e) => `${e.userId}:${e.skuId}`)).toEqual(['anna:e3', 'bo:visio']);
    expect(merged?.users.map((u) => u.id)).toEqual(['anna', 'bo']);
    expect(merged?.products.map((p) => p.skuId)).toEqual(['e3', 'visio']);
    expect(merged?.batch).toEqual({ index: 1, count: 1 });
    expect(merged?.userLicenses).toBeUndefined();
  });

  test('seats freed of the same product add up', () => {
    const merged = mergePlans([plan('anna', 'e3'), plan('bo', 'e3')]);
    expect(merged?.seatChanges).toEqual([
      { skuId: 'e3', displayName: 'e3', total: 10, usedBefore: 5, usedAfter: 3, freed: 2 },
    ]);
  });

  test('refuses plans that cannot be one operation', () => {
    expect(mergePlans([plan('anna', 'e3'), plan('bo', 'visio', { mode: 'needs-approval' })])).toBeUndefined();
    // Approvals plan again from users × products: a merged plan would widen there.
    expect(
      mergePlans([plan('anna', 'e3', { mode: 'needs-approval' }), plan('bo', 'visio', { mode: 'needs-approval' })]),
    ).toBeUndefined();
    expect(mergePlans([plan('anna', 'e3'), plan('bo', 'visio', { batch: { index: 1, count: 2 } })])).toBeUndefined();
    const many = Array.from({ length: 21 }, (_, i) => plan(`u${i}`, 'e3'));
    expect(mergePlans(many)).toBeUndefined();
  });
});

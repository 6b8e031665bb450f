import { seatChanges } from '../../../../services/licensing/consequences/seat-changes';
import { aSku, aUser } from '../catalog/fake-tenant';

const e3 = aSku('ENTERPRISEPACK', { enabled: 10, consumed: 8 });
const visio = aSku('VISIOCLIENT', { enabled: 3, consumed: 1 });
const tenant = [e3, visio];
const id = (sku: { skuId?: string | null }) => sku.skuId ?? '';

describe('seatChanges', () => {
  it('frees a seat only for users who really stop consuming one', () => {
    const direct = aUser('direct', [{ sku: e3 }, { sku: visio }]);
    const alsoGroup = aUser('both', [{ sku: e3 }, { sku: e3, viaGroup: 'g1' }]);
    const groupOnly = aUser('group', [{ sku: e3, viaGroup: 'g1' }]);
    const without = aUser('none', [{ sku: visio }]);
    const inError = aUser('error', [{ sku: e3, state: 'Error' }]);
    const result = seatChanges(
      [
        { user: direct, skuId: id(e3) },
        { user: alsoGroup, skuId: id(e3) },
        { user: groupOnly, skuId: id(e3) },
        { user: without, skuId: id(e3) },
        { user: inError, skuId: id(e3) },
        { user: { ...direct }, skuId: id(e3).toUpperCase() },
        { user: direct, skuId: id(visio) },
      ],
      tenant,
    );
    expect(result).toEqual([
      { skuId: id(e3), displayName: 'Office 365 E3', total: 10, usedBefore: 8, usedAfter: 7, freed: 1 },
      { skuId: id(visio), displayName: 'Visio Plan 2', total: 3, usedBefore: 1, usedAfter: 0, freed: 1 },
    ]);
  });

  it('direct + group frees nothing', () => {
    const user = aUser('both', [{ sku: e3 }, { sku: e3, viaGroup: 'g1' }]);
    expect(seatChanges([{ user, skuId: id(e3) }], tenant)).toEqual([
      { skuId: id(e3), displayName: 'Office 365 E3', total: 10, usedBefore: 8, usedAfter: 8, freed: 0 },
    ]);
  });

  it('never goes below zero used and reports a SKU the tenant lacks with zero seats', () => {
    const stale = aSku('ENTERPRISEPACK', { enabled: 10, consumed: 0 });
    const user = aUser('u', [{ sku: stale }]);
    expect(seatChanges([{ user, skuId: id(stale) }], [stale])[0]).toMatchObject({
      usedBefore: 0,
      usedAfter: 0,
      freed: 1,
    });
    expect(seatChanges([{ user, skuId: id(stale) }], [])).toEqual([
      { skuId: id(stale), displayName: 'Office 365 E3', total: 0, usedBefore: 0, usedAfter: 0, freed: 1 },
    ]);
    expect(seatChanges([], tenant)).toEqual([]);
  });
});

import { consequencesFor } from '../../../../services/licensing/consequences/consequences';
import { lostKinds, lostServices } from '../../../../services/licensing/consequences/lost-services';
import { aSku, anUnknownSku, aUser } from '../catalog/fake-tenant';

const e3 = aSku('ENTERPRISEPACK', { enabled: 10, consumed: 8 });
const e5 = aSku('SPE_E5', { enabled: 5, consumed: 5 });
const visio = aSku('VISIOCLIENT', { enabled: 3, consumed: 1 });
const exoP1 = aSku('EXCHANGESTANDARD');
const businessStandard = aSku('O365_BUSINESS_PREMIUM');
const tenant = [e3, e5, visio, exoP1, businessStandard];
const id = (sku: { skuId?: string | null }) => sku.skuId ?? '';
const codes = (list: { code: string }[]) => list.map((c) => c.code);

describe('lostServices', () => {
  it('lists what an E3-only user loses, by plan and kind', () => {
    const lost = lostServices(aUser('u1', [{ sku: e3 }]), [id(e3)], tenant);
    const names = lost.lostPlans.map((p) => p.servicePlanName);
    expect(names).toEqual(
      expect.arrayContaining(['EXCHANGE_S_ENTERPRISE', 'SHAREPOINTENTERPRISE', 'OFFICESUBSCRIPTION', 'TEAMS1']),
    );
    expect(lost.lostPlans.find((p) => p.servicePlanName === 'EXCHANGE_S_ENTERPRISE')?.kind).toBe('exchange');
    expect(lost.keptVia).toEqual([]);
    expect(lostKinds(lost)).toEqual(['exchange', 'sharepoint-onedrive', 'office-apps', 'teams']);
  });

  it('drops plans another license provides and says which keeps each kind', () => {
    const lost = lostServices(aUser('u1', [{ sku: e3 }, { sku: e5 }]), [id(e3)], tenant);
    expect(lost.lostPlans.map((p) => p.servicePlanName)).not.toContain('EXCHANGE_S_ENTERPRISE');
    expect(lost.keptVia).toEqual([
      { kind: 'exchange', viaSkuIds: [id(e5)] },
      { kind: 'sharepoint-onedrive', viaSkuIds: [id(e5)] },
      { kind: 'office-apps', viaSkuIds: [id(e5)] },
      { kind: 'teams', viaSkuIds: [id(e5)] },
    ]);
    expect(lostKinds(lost)).toEqual([]);
  });

  it('counts only plans that were provisioned (not in disabledPlans)', () => {
    const user = aUser('u1', [{ sku: e3, disabled: ['EXCHANGE_S_ENTERPRISE', 'TEAMS1'] }]);
    const lost = lostServices(user, [id(e3)], tenant);
    expect(lostKinds(lost)).toEqual(['sharepoint-onedrive', 'office-apps']);
  });

  it('ignores a remaining assignment that is in error, and reads plans from the tenant for unknown SKUs', () => {
    const inError = aUser('u1', [{ sku: e3 }, { sku: e5, viaGroup: 'g1', state: 'Error' }]);
    expect(lostKinds(lostServices(inError, [id(e3)], tenant))).toContain('exchange');

    const unknown = anUnknownSku('NEW_MAIL_SKU', '00000000-0000-4000-8000-0000000000aa', [
      {
        servicePlanId: 'efb87545-963c-4e0d-99df-69c6916d9eb0',
        servicePlanName: 'EXCHANGE_S_ENTERPRISE',
        appliesTo: 'User',
      },
      {
        servicePlanId: '00000000-0000-4000-8000-0000000000bb',
        servicePlanName: 'TENANT_FEATURE',
        appliesTo: 'Company',
      },
    ]);
    const lost = lostServices(aUser('u2', [{ sku: unknown }]), [id(unknown)], [...tenant, unknown]);
    expect(lost.lostPlans.map((p) => p.servicePlanName)).toEqual(['EXCHANGE_S_ENTERPRISE']);
  });

  it('treats an assignedLicenses entry without states as direct', () => {
    const user = { assignedLicenses: [{ skuId: id(e3).toUpperCase(), disabledPlans: [] }] };
    expect(lostKinds(lostServices(user, [id(e3)], tenant))).toContain('exchange');
  });
});

describe('consequencesFor', () => {
  it('E3-only user: mailbox deleted after 30 days, no eDiscovery, inactive mailbox possible, OneDrive, Office apps', () => {
    expect(consequencesFor(aUser('u1', [{ sku: e3 }]), [id(e3)], tenant)).toEqual([
      { code: 'exchange-mailbox-deleted-after-30-days' },
      { code: 'exchange-not-searchable-ediscovery' },
      { code: 'exchange-inactive-mailbox-possible' },
      { code: 'onedrive-kept-then-archived-after-93-days' },
      { code: 'office-apps-unlicensed' },
    ]);
  });

  it('E3 + E5, removing E3: everything stays via Microsoft 365 E5, no data impact', () => {
    const result = consequencesFor(aUser('u1', [{ sku: e3 }, { sku: e5 }]), [id(e3)], tenant);
    expect(result).toEqual([
      {
        code: 'service-kept-via-other-license',
        params: { kind: 'exchange', viaSkuIds: [id(e5)], via: ['Microsoft 365 E5'] },
      },
      {
        code: 'service-kept-via-other-license',
        params: { kind: 'sharepoint-onedrive', viaSkuIds: [id(e5)], via: ['Microsoft 365 E5'] },
      },
      {
        code: 'service-kept-via-other-license',
        params: { kind: 'office-apps', viaSkuIds: [id(e5)], via: ['Microsoft 365 E5'] },
      },
      { code: 'no-data-impact' },
    ]);
  });

  it('a mailbox kept through a different Exchange plan is still kept (E3 removed, Exchange Online Plan 1 stays)', () => {
    const result = consequencesFor(aUser('u1', [{ sku: e3 }, { sku: exoP1 }]), [id(e3)], tenant);
    expect(codes(result)).not.toContain('exchange-mailbox-deleted-after-30-days');
    expect(result[2]).toEqual({
      code: 'service-kept-via-other-license',
      params: { kind: 'exchange', viaSkuIds: [id(exoP1)], via: ['Exchange Online (Plan 1)'] },
    });
    expect(codes(result).slice(0, 2)).toEqual(['onedrive-kept-then-archived-after-93-days', 'office-apps-unlicensed']);
  });

  it('Visio removal has no Exchange consequence', () => {
    const withE3 = consequencesFor(aUser('u1', [{ sku: e3 }, { sku: visio }]), [id(visio)], tenant);
    expect(codes(withE3)).toEqual(['service-kept-via-other-license', 'no-data-impact']);
    const visioOnly = consequencesFor(aUser('u2', [{ sku: visio }]), [id(visio)], tenant);
    expect(codes(visioOnly).filter((c) => c.startsWith('exchange'))).toEqual([]);
  });

  it('inactive mailbox only for Enterprise (Exchange Plan 2) mailboxes', () => {
    const result = consequencesFor(aUser('u1', [{ sku: businessStandard }]), [id(businessStandard)], tenant);
    expect(codes(result)).toEqual([
      'exchange-mailbox-deleted-after-30-days',
      'exchange-not-searchable-ediscovery',
      'onedrive-kept-then-archived-after-93-days',
      'office-apps-unlicensed',
    ]);
  });

  it('direct + group: the license stays via the group and nothing is lost', () => {
    const user = aUser('u1', [{ sku: e3 }, { sku: e3, viaGroup: 'group-sales' }, { sku: e3, viaGroup: 'group-all' }]);
    expect(consequencesFor(user, [id(e3)], tenant)).toEqual([
      {
        code: 'license-stays-via-group',
        params: { skuId: id(e3), product: 'Office 365 E3', groupIds: ['group-sales', 'group-all'] },
      },
      { code: 'no-data-impact' },
    ]);
  });

  it('a group copy that disables Exchange does not keep the mailbox', () => {
    const user = aUser('u1', [{ sku: e3 }, { sku: e3, viaGroup: 'g1', disabled: ['EXCHANGE_S_ENTERPRISE'] }]);
    expect(codes(consequencesFor(user, [id(e3)], tenant))).toEqual([
      'exchange-mailbox-deleted-after-30-days',
      'exchange-not-searchable-ediscovery',
      'exchange-inactive-mailbox-possible',
      'license-stays-via-group',
    ]);
  });

  it('disabled Exchange in the removed E3: no mailbox consequence', () => {
    const user = aUser('u1', [{ sku: e3, disabled: ['EXCHANGE_S_ENTERPRISE'] }]);
    expect(codes(consequencesFor(user, [id(e3)], tenant))).toEqual([
      'onedrive-kept-then-archived-after-93-days',
      'office-apps-unlicensed',
    ]);
  });

  it('removing everything the user holds loses it all, whatever the id casing', () => {
    const user = aUser('u1', [{ sku: e3 }, { sku: e5 }]);
    expect(codes(consequencesFor(user, [id(e5).toUpperCase(), id(e3)], tenant))).toEqual([
      'exchange-mailbox-deleted-after-30-days',
      'exchange-not-searchable-ediscovery',
      'exchange-inactive-mailbox-possible',
      'onedrive-kept-then-archived-after-93-days',
      'office-apps-unlicensed',
    ]);
  });

  it('a license the user does not hold has no data impact', () => {
    expect(consequencesFor(aUser('u1', [{ sku: visio }]), [id(e3)], tenant)).toEqual([{ code: 'no-data-impact' }]);
  });
});

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
    expect(lostKinds(lost)).toEqual(['exchange', 'sharepoint-onedrive', 'office-apps', 'teams', 'purview']);
  });

  it('drops plans another license provides and says which keeps each kind', () => {
    const lost = lostServices(aUser('u1', [{ sku: e3 }, { sku: e5 }]), [id(e3)], tenant);
    expect(lost.lostPlans.map((p) => p.servicePlanName)).not.toContain('EXCHANGE_S_ENTERPRISE');
    expect(lost.keptVia).toEqual([
      { kind: 'exchange', viaSkuIds: [id(e5)] },
      { kind: 'sharepoint-onedrive', viaSkuIds: [id(e5)] },
      { kind: 'office-apps', viaSkuIds: [id(e5)] },
      { kind: 'teams', viaSkuIds: [id(e5)] },
      { kind: 'purview', viaSkuIds: [id(e5)] },
    ]);
    expect(lostKinds(lost)).toEqual([]);
  });

  it('counts only plans that were provisioned (not in disabledPlans)', () => {
    const user = aUser('u1', [{ sku: e3, disabled: ['EXCHANGE_S_ENTERPRISE', 'TEAMS1'] }]);
    const lost = lostServices(user, [id(e3)], tenant);
    expect(lostKinds(lost)).toEqual(['sharepoint-onedrive', 'office-apps', 'purview']);
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
  it('E3-only user: mailbox 30 days, no eDiscovery, OneDrive, Office apps, Teams, Purview; no inactive-mailbox line on a plain unassign', () => {
    expect(codes(consequencesFor(aUser('u1', [{ sku: e3 }]), [id(e3)], tenant))).toEqual([
      'exchange-mailbox-deleted-after-30-days',
      'exchange-not-searchable-ediscovery',
      'onedrive-kept-then-archived-after-93-days',
      'office-apps-unlicensed',
      'teams-unlicensed',
      'purview-features-stop',
    ]);
  });

  it('E3 + E5, removing E3: everything stays via Microsoft 365 E5, nothing is lost', () => {
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
    expect(codes(result).slice(0, 2)).toEqual(['onedrive-kept-then-archived-after-93-days', 'office-apps-unlicensed']);
    expect(result).toContainEqual({
      code: 'service-kept-via-other-license',
      params: { kind: 'exchange', viaSkuIds: [id(exoP1)], via: ['Exchange Online (Plan 1)'] },
    });
  });

  it('Visio removal: the Visio apps, never Exchange; Visio-only user also loses the OneDrive Visio carries', () => {
    const withE3 = consequencesFor(aUser('u1', [{ sku: e3 }, { sku: visio }]), [id(visio)], tenant);
    expect(codes(withE3)).toEqual(['visio-apps-unlicensed', 'service-kept-via-other-license']);
    const visioOnly = consequencesFor(aUser('u2', [{ sku: visio }]), [id(visio)], tenant);
    expect(codes(visioOnly)).toEqual(['onedrive-kept-then-archived-after-93-days', 'visio-apps-unlicensed']);
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
      'license-stays-via-group',
    ]);
  });

  it('disabled Exchange in the removed E3: no mailbox consequence', () => {
    const user = aUser('u1', [{ sku: e3, disabled: ['EXCHANGE_S_ENTERPRISE'] }]);
    expect(codes(consequencesFor(user, [id(e3)], tenant))).toEqual([
      'onedrive-kept-then-archived-after-93-days',
      'office-apps-unlicensed',
      'teams-unlicensed',
      'purview-features-stop',
    ]);
  });

  it('a license the user does not hold loses nothing', () => {
    expect(consequencesFor(aUser('u1', [{ sku: visio }]), [id(e3)], tenant)).toEqual([{ code: 'no-data-impact' }]);
  });
});

describe('the consequences table, family by family', () => {
  // One SKU per family (from Microsoft's licensing CSV in the catalog), removed from a user who
  // holds nothing else: the family's line appears.
  it.each([
    ['EXCHANGESTANDARD', 'exchange-mailbox-deleted-after-30-days'],
    ['SHAREPOINTSTANDARD', 'onedrive-kept-then-archived-after-93-days'],
    ['O365_BUSINESS', 'office-apps-unlicensed'],
    ['MCOEV', 'teams-phone-number-released'],
    ['MCOMEETADV', 'audio-conferencing-dial-in-lost'],
    ['Microsoft_Teams_Premium', 'teams-premium-features-lost'],
    ['POWER_BI_PRO', 'power-bi-cannot-publish-or-share'],
    ['Microsoft_365_Copilot', 'copilot-lost'],
    ['VISIOCLIENT', 'visio-apps-unlicensed'],
    ['PROJECTPROFESSIONAL', 'project-apps-unlicensed'],
    ['INTUNE_A', 'intune-devices-leave-management'],
    ['AAD_PREMIUM', 'entra-id-p1-conditional-access'],
    ['AAD_PREMIUM_P2', 'entra-id-p2-privileged-identity'],
    ['ATP_ENTERPRISE', 'defender-protection-stops'],
    ['INFORMATION_PROTECTION_COMPLIANCE', 'purview-features-stop'],
  ])('%s → %s', (part, code) => {
    const sku = aSku(part);
    expect(codes(consequencesFor(aUser('u1', [{ sku }]), [id(sku)], [sku]))).toContain(code);
  });

  it('Teams itself is a family (a SKU carrying only Teams)', () => {
    const sku = aSku('MICROSOFT_REMOTE_ASSIST');
    expect(codes(consequencesFor(aUser('u1', [{ sku }]), [id(sku)], [sku]))).toContain('teams-unlicensed');
  });

  it('Office 365 E5 loses Teams Phone, Audio Conferencing, Power BI Pro, Defender and Purview — not "no data impact"', () => {
    const o365e5 = aSku('ENTERPRISEPREMIUM');
    const result = codes(consequencesFor(aUser('u1', [{ sku: o365e5 }]), [id(o365e5)], [o365e5]));
    expect(result).toEqual(
      expect.arrayContaining([
        'teams-phone-number-released',
        'audio-conferencing-dial-in-lost',
        'power-bi-cannot-publish-or-share',
        'defender-protection-stops',
        'purview-features-stop',
      ]),
    );
    expect(result).not.toContain('no-data-impact');
  });

  it('Microsoft 365 E5 also loses Entra ID P2, and Business Premium loses Intune, Entra ID P1 and Defender for Business', () => {
    expect(codes(consequencesFor(aUser('u1', [{ sku: e5 }]), [id(e5)], tenant))).toEqual(
      expect.arrayContaining([
        'entra-id-p1-conditional-access',
        'entra-id-p2-privileged-identity',
        'intune-devices-leave-management',
      ]),
    );
    const spb = aSku('SPB');
    expect(codes(consequencesFor(aUser('u1', [{ sku: spb }]), [id(spb)], [spb]))).toEqual(
      expect.arrayContaining([
        'intune-devices-leave-management',
        'entra-id-p1-conditional-access',
        'defender-protection-stops',
      ]),
    );
  });

  it('only what is really lost: Microsoft 365 E5 removed while Office 365 E3 stays loses Phone, Power BI, P2 … but not mail, apps or Teams', () => {
    const o365e3 = e3;
    const result = codes(consequencesFor(aUser('u1', [{ sku: e5 }, { sku: o365e3 }]), [id(e5)], tenant));
    expect(result).toEqual(
      expect.arrayContaining([
        'teams-phone-number-released',
        'power-bi-cannot-publish-or-share',
        'entra-id-p2-privileged-identity',
      ]),
    );
    for (const kept of [
      'exchange-mailbox-deleted-after-30-days',
      'office-apps-unlicensed',
      'teams-unlicensed',
      'purview-features-stop',
    ])
      expect(result).not.toContain(kept);
  });

  it('a family disabled in the removed assignment is not lost', () => {
    const user = aUser('u1', [{ sku: e5, disabled: ['MCOEV', 'BI_AZURE_P2'] }]);
    const result = codes(consequencesFor(user, [id(e5)], tenant));
    expect(result).not.toContain('teams-phone-number-released');
    expect(result).not.toContain('power-bi-cannot-publish-or-share');
    expect(result).toContain('audio-conferencing-dial-in-lost');
  });
});

describe('leaver advice (account disabled)', () => {
  const leaver = (held: Parameters<typeof aUser>[1]) => ({ ...aUser('u1', held), accountEnabled: false });

  it('comes first: convert the mailbox to a shared mailbox, give the manager the OneDrive; Litigation Hold for Plan 2', () => {
    const result = codes(consequencesFor(leaver([{ sku: e3 }]), [id(e3)], tenant));
    expect(result.slice(0, 2)).toEqual(['leaver-convert-to-shared-mailbox', 'leaver-move-onedrive']);
    expect(result).toContain('exchange-inactive-mailbox-possible');
  });

  it('no inactive-mailbox line for an Exchange Plan 1 mailbox, and no shared-mailbox advice when the mailbox stays', () => {
    const planOne = codes(consequencesFor(leaver([{ sku: businessStandard }]), [id(businessStandard)], tenant));
    expect(planOne).toContain('leaver-convert-to-shared-mailbox');
    expect(planOne).not.toContain('exchange-inactive-mailbox-possible');
    const mailboxStays = codes(consequencesFor(leaver([{ sku: e3 }, { sku: exoP1 }]), [id(e3)], tenant));
    expect(mailboxStays).not.toContain('leaver-convert-to-shared-mailbox');
    expect(mailboxStays).toContain('leaver-move-onedrive');
  });

  it('an enabled account gets no leaver advice', () => {
    const result = codes(consequencesFor({ ...aUser('u1', [{ sku: e3 }]), accountEnabled: true }, [id(e3)], tenant));
    expect(result.filter((c) => c.startsWith('leaver'))).toEqual([]);
  });
});

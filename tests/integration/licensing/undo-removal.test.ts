import type { StoredRequest } from '../../../services/licensing/request-repository';
import { undoDeadline } from '../../../services/licensing/undo-removal';
import { ask, startLicensingHarness, type LicensingHarness } from '../../support/licensing-harness';

// Undo puts back exactly what a removal took, within 30 days and the free seats.
const ADMIN = 'maria.nilsson@contoso.se';
const E3 = 'ENTERPRISEPACK';
const BO = 'bo.ek@contoso.se';
/** Holds Office 365 E3 with Viva Engage (YAMMER_ENTERPRISE) switched off. */
const JESSICA = 'jessica.brown@contoso.se';
const YAMMER_ENTERPRISE = '7547a3fe-08ee-4ccb-b430-5077c5041653';
/** Also switched off for Bo in this suite: Sway. */
const SWAY = 'a23b959c-7ce8-4e57-9140-b90eb88a9e97';
const DAY = 24 * 3600 * 1000;

describe('undoRemoval', () => {
  let h: LicensingHarness;
  beforeEach(async () => {
    h = await startLicensingHarness({
      mutate: (tenant) => {
        const bo = tenant.users.find((u) => u.userPrincipalName === BO);
        for (const l of [...(bo?.assignedLicenses ?? []), ...(bo?.licenseAssignmentStates ?? [])])
          l.disabledPlans = [SWAY];
      },
    });
  });
  afterEach(() => h.close());

  const admin = () => h.userId(ADMIN);
  const removed = async (people: string[], product: string): Promise<StoredRequest> => {
    const doc = await h.requestRemoval(ADMIN, ask(people, [product]));
    const result = await h.removals.remove(doc.id, admin());
    if (result.kind !== 'executed') throw new Error(result.kind);
    return result.request;
  };
  const directState = (upn: string, sku: string) =>
    h.sim.state.users
      .find((u) => u.userPrincipalName === upn)
      ?.licenseAssignmentStates.find((s) => s.skuId === h.skuId(sku) && s.assignedByGroup == null);

  it('restores exactly the skuId and disabled plans each user had', async () => {
    const done = await removed([BO, JESSICA], 'Office 365 E3');
    expect(h.holds(BO, E3) || h.holds(JESSICA, E3)).toBe(false);
    expect(h.consumed(E3)).toBe(22);

    const result = await h.removals.undo(done.id, admin());
    expect(result.kind).toBe('restored');
    expect(directState(BO, E3)?.disabledPlans).toEqual([SWAY]);
    expect(directState(JESSICA, E3)?.disabledPlans).toEqual([YAMMER_ENTERPRISE]);
    expect(h.consumed(E3)).toBe(24);

    const latest = await h.repo.get(h.tenantId, done.id);
    expect(latest?.state).toBe('restored');
    expect(Object.values(latest?.undo?.outcomes ?? {}).map((o) => o.status)).toEqual(['restored', 'restored']);
    const trail = await h.repo.auditTrail(h.tenantId, done.id);
    expect(trail.filter((e) => e.type === 'transition').map((e) => e.to)).toEqual([
      'awaiting-confirmation',
      'executing',
      'completed',
      'restoring',
      'restored',
    ]);
    expect(trail.filter((e) => e.type === 'undo-outcome').map((e) => e.outcome)).toEqual(['restored', 'restored']);
  });

  it('fails a user with graph/no-free-seats, without calling Graph, when the seat was taken meanwhile', async () => {
    // Microsoft 365 E5 is full (3 of 3): Magnus's freed seat goes to Tom before the undo.
    const done = await removed(['magnus.wikstrom@contoso.se'], 'Microsoft 365 E5');
    await h.graph.assignLicense({
      userId: h.userId('tom.wilson@contoso.se'),
      addLicenses: [{ skuId: h.skuId('SPE_E5'), disabledPlans: [] }],
      removeLicenses: [],
    });
    const calls = h.sim.stats().assignLicenseCalls;

    const result = await h.removals.undo(done.id, admin());
    expect(h.sim.stats().assignLicenseCalls).toBe(calls);
    const outcome =
      result.kind === 'restored' ? result.request.undo?.outcomes[h.userId('magnus.wikstrom@contoso.se')] : undefined;
    expect(outcome).toMatchObject({ status: 'failed', code: 'graph/no-free-seats' });
    expect(h.holds('magnus.wikstrom@contoso.se', 'SPE_E5')).toBe(false);

    // Nobody was restored, so the request is back where it was and undo can be tried again.
    expect(result.kind === 'restored' ? result.request.state : result.kind).toBe('completed');
    await h.graph.assignLicense({
      userId: h.userId('tom.wilson@contoso.se'),
      addLicenses: [],
      removeLicenses: [h.skuId('SPE_E5')],
    });
    const again = await h.removals.undo(done.id, admin());
    expect(again.kind === 'restored' ? again.request.state : again.kind).toBe('restored');
    expect(h.holds('magnus.wikstrom@contoso.se', 'SPE_E5')).toBe(true);
  });

  it('gives the last free seat to one user only', async () => {
    // Microsoft 365 E3: 9 of 10 used. Remove from two, fill both seats and free one again.
    const done = await removed(['sara.lind@contoso.se', 'lina.ekstrom@contoso.se'], 'Microsoft 365 E3');
    const spe = h.skuId('SPE_E3');
    for (const upn of ['tom.wilson@contoso.se', BO, 'emma.johansson@contoso.se'])
      await h.graph.assignLicense({
        userId: h.userId(upn),
        addLicenses: [{ skuId: spe, disabledPlans: [] }],
        removeLicenses: [],
      });
    expect(h.consumed('SPE_E3')).toBe(10);
    await h.graph.assignLicense({ userId: h.userId(BO), addLicenses: [], removeLicenses: [spe] });

    const result = await h.removals.undo(done.id, admin());
    const statuses = Object.values(result.kind === 'restored' ? (result.request.undo?.outcomes ?? {}) : {}).map(
      (o) => o.status,
    );
    expect(statuses.sort()).toEqual(['failed', 'restored']);
    expect(h.consumed('SPE_E3')).toBe(10);
  });

  it('needs no free seat for a user who kept the license through a group', async () => {
    // Sofia holds E3 directly and through the sales group; removing the direct one frees no seat.
    const done = await removed(['sofia.karlsson@contoso.se'], 'Office 365 E3');
    const e3 = h.sim.state.subscribedSkus.find((s) => s.skuId === h.skuId(E3));
    if (e3) e3.prepaidUnits.enabled = e3.consumedUnits; // the tenant is now full
    expect(h.holdsDirectly('sofia.karlsson@contoso.se', E3)).toBe(false);

    const result = await h.removals.undo(done.id, admin());
    const outcome =
      result.kind === 'restored' ? result.request.undo?.outcomes[h.userId('sofia.karlsson@contoso.se')] : undefined;
    expect(outcome?.status).toBe('restored');
    expect(h.holdsDirectly('sofia.karlsson@contoso.se', E3)).toBe(true);
  });

  it('undoes once: a second undo is already handled', async () => {
    const done = await removed([BO], 'Office 365 E3');
    const [a, b] = await Promise.all([h.removals.undo(done.id, admin()), h.removals.undo(done.id, admin())]);
    expect([a.kind, b.kind].sort()).toEqual(['already-handled', 'restored']);
    expect((await h.removals.undo(done.id, admin())).kind).toBe('already-handled');
    expect(h.sim.stats().assignLicenseCalls).toBe(2); // one removal, one restore
  });

  it('expires 30 days after the removal', async () => {
    const done = await removed([BO], 'Office 365 E3');
    const deadline = undoDeadline(done);
    expect(deadline?.getTime()).toBe(h.clock.now().getTime() + 30 * DAY);
    h.clock.advance(30 * DAY + 1);
    expect((await h.removals.undo(done.id, admin())).kind).toBe('expired');
    expect(h.holds(BO, E3)).toBe(false);
    expect((await h.repo.get(h.tenantId, done.id))?.state).toBe('completed');
  });

  it('is still possible on the last day', async () => {
    const done = await removed([BO], 'Office 365 E3');
    h.clock.advance(30 * DAY - 1);
    expect((await h.removals.undo(done.id, admin())).kind).toBe('restored');
    expect(h.holdsDirectly(BO, E3)).toBe(true);
  });

  it('has nothing to undo when nothing was removed, and does not know an unknown request', async () => {
    const doc = await h.requestRemoval(ADMIN, ask(['anna.berg@contoso.se'], ['Office 365 E3']));
    await h.removals.remove(doc.id, admin());
    expect((await h.removals.undo(doc.id, admin())).kind).toBe('nothing-to-undo');
    expect((await h.removals.undo('nope', admin())).kind).toBe('not-found');
  });
});

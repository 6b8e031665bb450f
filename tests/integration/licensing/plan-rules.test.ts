import { randomUUID } from 'node:crypto';
import { addUsersHolding, ask, startLicensingHarness, type LicensingHarness } from '../../support/licensing-harness';
import { planRemoval, type PlanOutcome } from '../../../services/licensing/plan-removal';
import type { PlanEntry, RemovalPlan } from '../../../services/licensing/removal-plan';

// The admin center's rules, applied by the planner to what the real Graph client reads.
const LICENSE_ADMIN = 'maria.nilsson@contoso.se';
const USER_ADMIN = 'johan.andersson@contoso.se';
const GLOBAL_ADMIN = 'erik.sjoberg@contoso.se';
const MANAGER = 'karin.holm@contoso.se';

function onlyPlan(outcome: PlanOutcome): RemovalPlan {
  if (outcome.kind !== 'plans') throw new Error(`expected plans, got ${JSON.stringify(outcome).slice(0, 400)}`);
  expect(outcome.plans).toHaveLength(1);
  const [plan] = outcome.plans;
  if (!plan) throw new Error('no plan');
  return plan;
}

describe('planRemoval rules (demo tenant)', () => {
  let h: LicensingHarness;
  beforeAll(async () => {
    h = await startLicensingHarness();
  });
  afterAll(() => h.close());

  const entryOf = (plan: RemovalPlan, upn: string, sku: string): PlanEntry | undefined =>
    plan.entries.find((e) => e.userId === h.userId(upn) && e.skuId === h.skuId(sku));

  describe('who may ask', () => {
    it.each([
      ['License Administrator', LICENSE_ADMIN],
      ['User Administrator', USER_ADMIN],
      ['Global Administrator', GLOBAL_ADMIN],
    ])('a %s removes directly', async (_role, requester) => {
      expect(onlyPlan(await h.plan(requester, ask(['Anna Lindberg'], ['Power BI Pro']))).mode).toBe('direct');
    });

    it('a manager asking for a direct report needs approval', async () => {
      const plan = onlyPlan(await h.plan(MANAGER, ask(['Bo Ek', 'Emma Johansson'], ['Office 365 E3'])));
      expect(plan.mode).toBe('needs-approval');
      expect(plan.users.map((u) => u.displayName)).toEqual(['Bo Ek', 'Emma Johansson']);
    });

    it('a manager asking for someone not reporting to them is refused, naming that person', async () => {
      const outcome = await h.plan(MANAGER, ask(['Bo Ek', 'Anna Lindberg'], ['Office 365 E3']));
      expect(outcome).toMatchObject({ kind: 'refused', code: 'not-direct-report', people: ['Anna Lindberg'] });
    });

    it('anyone else is refused, told who the admins are (License Administrators first)', async () => {
      const outcome = await h.plan('tom.wilson@contoso.se', ask(['Bo Ek'], ['E3']));
      expect(outcome).toMatchObject({ kind: 'refused', code: 'not-allowed' });
      if (outcome.kind !== 'refused') return;
      expect(outcome.admins.map((a) => a.displayName)).toEqual(['Maria Nilsson', 'Johan Andersson', 'Erik Sjöberg']);
      expect(outcome.requester.displayName).toBe('Tom Wilson');
    });

    it('an id the directory does not know is an unknown requester', async () => {
      expect(await planRemoval(h.graph, randomUUID(), ask(['Bo Ek'], ['E3']))).toEqual({ kind: 'unknown-requester' });
    });
  });

  describe('how each user holds the product', () => {
    it.each([
      ['direct', 'bo.ek@contoso.se', 'ENTERPRISEPACK', 'direct', 'remove'],
      ['group only', 'anna.berg@contoso.se', 'ENTERPRISEPACK', 'group-only', 'group-inherited'],
      ['direct and group', 'sofia.karlsson@contoso.se', 'ENTERPRISEPACK', 'direct-and-group', 'remove-stays-via-group'],
      ['not at all', 'tom.wilson@contoso.se', 'ENTERPRISEPACK', 'not-assigned', 'not-assigned'],
      ['bought it himself', 'liam.obrien@contoso.se', 'POWER_BI_PRO', 'direct', 'self-service-purchase'],
      ["from the organisation's own seats", 'anna.lindberg@contoso.se', 'POWER_BI_PRO', 'direct', 'remove'],
    ])('%s', async (_how, upn, sku, assignment, reason) => {
      const plan = onlyPlan(await h.plan(LICENSE_ADMIN, ask([upn], [sku])));
      expect(entryOf(plan, upn, sku)).toMatchObject({ assignment, reason });
    });

    it('names the group a license comes through', async () => {
      const plan = onlyPlan(await h.plan(LICENSE_ADMIN, ask(['anna.berg@contoso.se'], ['Office 365 E3'])));
      expect(entryOf(plan, 'anna.berg@contoso.se', 'ENTERPRISEPACK')?.groups.map((g) => g.displayName)).toEqual([
        'Säljavdelningen – licenser',
      ]);
      // Nothing is removable, so no seat moves.
      expect(plan.seatChanges).toEqual([]);
    });

    it('frees no seat when the license stays through a group, and says so', async () => {
      const plan = onlyPlan(await h.plan(LICENSE_ADMIN, ask(['sofia.karlsson@contoso.se'], ['Office 365 E3'])));
      expect(plan.seatChanges).toMatchObject([
        { skuId: h.skuId('ENTERPRISEPACK'), freed: 0, usedBefore: 24, usedAfter: 24 },
      ]);
      const codes = plan.consequences[0]?.items.map((c) => c.code);
      expect(codes).toContain('license-stays-via-group');
      expect(codes).not.toContain('exchange-mailbox-deleted-after-30-days');
      const stays = plan.consequences[0]?.items.find((c) => c.code === 'license-stays-via-group');
      expect(stays?.params?.groups).toEqual(['Säljavdelningen – licenser']);
    });

    it('names the buyer of a self-service purchase', async () => {
      const plan = onlyPlan(await h.plan(LICENSE_ADMIN, ask(["Liam O'Brien"], ['Power BI Pro'])));
      expect(entryOf(plan, 'liam.obrien@contoso.se', 'POWER_BI_PRO')?.buyer).toEqual({
        id: h.userId('liam.obrien@contoso.se'),
        displayName: "Liam O'Brien",
      });
      expect(plan.seatChanges).toEqual([]);
    });

    it('counts freed seats per product for direct removals', async () => {
      const plan = onlyPlan(
        await h.plan(LICENSE_ADMIN, ask(['Bo Ek', 'Emma Johansson', 'Anna Berg'], ['Office 365 E3'])),
      );
      expect(plan.seatChanges).toMatchObject([{ freed: 2, total: 30, usedBefore: 24, usedAfter: 22 }]);
    });
  });

  describe('which product', () => {
    it('settles "E3" when every named user holds the same one', async () => {
      const plan = onlyPlan(await h.plan(LICENSE_ADMIN, ask(['Bo Ek', 'Emma Johansson'], ['E3'])));
      expect(plan.products.map((p) => p.skuPartNumber)).toEqual(['ENTERPRISEPACK']);
      const plan2 = onlyPlan(await h.plan(LICENSE_ADMIN, ask(['Sara Lind'], ['E3'])));
      expect(plan2.products.map((p) => p.skuPartNumber)).toEqual(['SPE_E3']);
    });

    it('asks which "E3" when the users hold different E3s, saying who holds which, with full names and seats', async () => {
      const outcome = await h.plan(LICENSE_ADMIN, ask(['Bo Ek', 'Sara Lind'], ['E3']));
      expect(outcome.kind).toBe('clarify');
      if (outcome.kind !== 'clarify') return;
      expect(outcome.clarifications).toHaveLength(1);
      const [c] = outcome.clarifications;
      expect(c?.code).toBe('ambiguous-product');
      const candidates = c?.code === 'ambiguous-product' ? c.candidates : [];
      expect(candidates.map((p) => [p.displayName, p.seats])).toEqual([
        ['Microsoft 365 E3', { total: 10, used: 9, free: 1 }],
        ['Office 365 E3', { total: 30, used: 24, free: 6 }],
      ]);
      const holders = c?.code === 'ambiguous-product' ? c.holders : undefined;
      expect(holders).toEqual({ [h.skuId('SPE_E3')]: ['Sara Lind'], [h.skuId('ENTERPRISEPACK')]: ['Bo Ek'] });
    });

    it('says the user has no E3 (of either kind) instead of asking which one', async () => {
      const plan = onlyPlan(await h.plan(LICENSE_ADMIN, ask(['Tom Wilson'], ['E3'])));
      expect(plan.entries.map((e) => e.reason)).toEqual(['not-assigned', 'not-assigned']);
      expect(plan.products.map((p) => p.skuPartNumber).sort()).toEqual(['ENTERPRISEPACK', 'SPE_E3']);
    });

    it('settles "E3" on the one held when another named user holds none (that user is told they have none)', async () => {
      const plan = onlyPlan(await h.plan(LICENSE_ADMIN, ask(['Bo Ek', 'Tom Wilson'], ['E3'])));
      expect(plan.products.map((p) => p.skuPartNumber)).toEqual(['ENTERPRISEPACK']);
      expect(plan.entries.find((e) => e.userId === h.userId('Tom Wilson'))?.reason).toBe('not-assigned');
    });

    it('"Teams" for a user who gets Teams from a suite asks, offering the suite beside Teams Premium', async () => {
      const outcome = await h.plan(LICENSE_ADMIN, ask(['Bo Ek'], ['Teams']));
      expect(outcome.kind).toBe('clarify');
      const [c] = outcome.kind === 'clarify' ? outcome.clarifications : [];
      const candidates = c?.code === 'ambiguous-product' ? c.candidates.map((p) => p.skuPartNumber) : [];
      expect(candidates).toEqual(['Microsoft_Teams_Premium', 'ENTERPRISEPACK']);
      expect(c?.code === 'ambiguous-product' ? c.holders?.[h.skuId('ENTERPRISEPACK')] : []).toEqual(['Bo Ek']);
    });

    it('"Teams" for a user with Teams Premium and no Teams suite is planned, and the guess is stated', async () => {
      const plan = onlyPlan(await h.plan(LICENSE_ADMIN, ask(['Tom Wilson'], ['Teams'])));
      expect(plan.guesses).toEqual([
        {
          text: 'Teams',
          skuId: h.skuId('Microsoft_Teams_Premium'),
          displayName: 'Microsoft Teams Premium Introductory Pricing',
        },
      ]);
    });

    it('person questions carry who is already found and the tenant domain', async () => {
      const outcome = await h.plan(LICENSE_ADMIN, ask(['Bo Ek', 'Cecilia'], ['E3']));
      const [c] = outcome.kind === 'clarify' ? outcome.clarifications : [];
      expect(c?.code).toBe('person-not-found');
      expect(c?.code === 'person-not-found' ? c.context : undefined).toEqual({
        resolved: ['Bo Ek'],
        domain: 'contoso.se',
      });
    });

    it('"Licenses and apps": a self-service purchase the user holds is marked, even when not asked for', async () => {
      const plan = onlyPlan(await h.plan(LICENSE_ADMIN, ask(["Liam O'Brien"], ['Office 365 E3'])));
      const pbi = plan.userLicenses?.find((l) => l.product.skuPartNumber === 'POWER_BI_PRO');
      expect(pbi?.selfServiceBuyer).toBe("Liam O'Brien");
      expect(plan.entries.map((e) => e.skuId)).toEqual([h.skuId('ENTERPRISEPACK')]);
    });

    it('does not ask which "E3" while a person is still unresolved', async () => {
      const outcome = await h.plan(LICENSE_ADMIN, ask(['Anna'], ['E3']));
      expect(outcome.kind === 'clarify' ? outcome.clarifications.map((c) => c.code) : []).toEqual(['ambiguous-person']);
    });

    it('answers a product the tenant does not have with close suggestions from the tenant', async () => {
      const outcome = await h.plan(LICENSE_ADMIN, ask(['Bo Ek'], ['E7']));
      expect(outcome.kind).toBe('clarify');
      const [c] = outcome.kind === 'clarify' ? outcome.clarifications : [];
      expect(c).toMatchObject({ code: 'product-not-found', text: 'E7' });
      const names = c?.code === 'product-not-found' ? c.suggestions.map((p) => p.skuPartNumber) : [];
      expect(names.length).toBeGreaterThan(0);
      expect(names.every((n) => ['ENTERPRISEPACK', 'SPE_E3', 'SPE_E5'].includes(n))).toBe(true);
    });

    it('"all" plans every license the user holds, direct or not', async () => {
      const plan = onlyPlan(await h.plan(LICENSE_ADMIN, ask(['Oskar Lund'], 'all')));
      expect(plan.scope).toBe('all');
      expect(plan.products.map((p) => p.skuPartNumber).sort()).toEqual(['ENTERPRISEPACK', 'POWER_BI_PRO']);
      expect(
        plan.entries
          .map((e) => [h.sim.state.subscribedSkus.find((s) => s.skuId === e.skuId)?.skuPartNumber, e.reason])
          .sort(),
      ).toEqual([
        ['ENTERPRISEPACK', 'group-inherited'],
        ['POWER_BI_PRO', 'remove'],
      ]);
      expect(plan.userLicenses?.map((l) => [l.product.skuPartNumber, l.assignment]).sort()).toEqual([
        ['ENTERPRISEPACK', 'group-only'],
        ['POWER_BI_PRO', 'direct'],
      ]);
    });
  });

  describe('warnings', () => {
    it('warns when the requester removes their own license', async () => {
      const plan = onlyPlan(await h.plan(LICENSE_ADMIN, ask([LICENSE_ADMIN], ['Microsoft 365 E3'])));
      expect(plan.warnings).toEqual([{ code: 'self-removal' }]);
    });

    it('warns about a disabled account that still holds licenses', async () => {
      const plan = onlyPlan(await h.plan(LICENSE_ADMIN, ask(['Lars Gustafsson', 'Bo Ek'], ['Office 365 E3'])));
      expect(plan.warnings).toEqual([{ code: 'account-disabled', userId: h.userId('lars.gustafsson@contoso.se') }]);
      expect(plan.users.find((u) => u.displayName === 'Lars Gustafsson')?.accountEnabled).toBe(false);
    });

    it('gives no warning for an ordinary removal', async () => {
      expect(onlyPlan(await h.plan(LICENSE_ADMIN, ask(['Bo Ek'], ['E3']))).warnings).toEqual([]);
    });
  });

  describe('consequences, from the service plans really lost', () => {
    const codesFor = async (person: string, product: string) =>
      onlyPlan(await h.plan(LICENSE_ADMIN, ask([person], [product]))).consequences[0]?.items.map((c) => c.code) ?? [];

    it('a user with only Office 365 E3 loses the mailbox, OneDrive, Office apps, Teams and Purview', async () => {
      expect(await codesFor('Bo Ek', 'Office 365 E3')).toEqual([
        'exchange-mailbox-deleted-after-30-days',
        'exchange-not-searchable-ediscovery',
        'onedrive-kept-then-archived-after-93-days',
        'office-apps-unlicensed',
        'teams-unlicensed',
        'purview-features-stop',
      ]);
    });

    it('a leaver (disabled account) gets the shared-mailbox and OneDrive advice first, and the Litigation Hold line', async () => {
      const codes = await codesFor('Lars Gustafsson', 'Office 365 E3');
      expect(codes.slice(0, 2)).toEqual(['leaver-convert-to-shared-mailbox', 'leaver-move-onedrive']);
      expect(codes).toContain('exchange-inactive-mailbox-possible');
    });

    it('a user keeping Microsoft 365 E5 keeps the mailbox', async () => {
      const plan = onlyPlan(await h.plan(LICENSE_ADMIN, ask(['Ahmed Hassan'], ['Office 365 E3'])));
      const items = plan.consequences[0]?.items ?? [];
      expect(items.map((c) => c.code)).not.toContain('exchange-mailbox-deleted-after-30-days');
      expect(items.map((c) => c.code)).toContain('no-data-impact');
      const kept = items.filter((c) => c.code === 'service-kept-via-other-license');
      expect(kept.map((c) => c.params?.kind)).toEqual(['exchange', 'sharepoint-onedrive', 'office-apps']);
      expect(kept[0]?.params?.via).toEqual(['Microsoft 365 E5']);
    });

    it('Visio touches no mailbox: only the Visio apps are lost', async () => {
      const codes = await codesFor('David Miller', 'Visio');
      expect(codes.filter((c) => c.startsWith('exchange-'))).toEqual([]);
      expect(codes).toContain('visio-apps-unlicensed');
    });
  });
});

describe('planRemoval batches (more than 20 users)', () => {
  let h: LicensingHarness;
  beforeAll(async () => {
    h = await startLicensingHarness({ mutate: (t) => addUsersHolding(t, 'VISIOCLIENT', 45) });
  });
  afterAll(() => h.close());

  it('splits 45 users into batches of at most 20, each with its own index, users and seats', async () => {
    const names = Array.from({ length: 45 }, (_, i) => `bulk.user.${String(i).padStart(3, '0')}@contoso.se`);
    const outcome = await h.plan(LICENSE_ADMIN, ask(names, ['Visio']));
    if (outcome.kind !== 'plans') throw new Error(outcome.kind);
    expect(outcome.plans.map((p) => [p.batch, p.users.length, p.entries.length])).toEqual([
      [{ index: 1, count: 3 }, 20, 20],
      [{ index: 2, count: 3 }, 20, 20],
      [{ index: 3, count: 3 }, 5, 5],
    ]);
    // Every user exactly once, in the order asked.
    expect(outcome.plans.flatMap((p) => p.users.map((u) => u.userPrincipalName))).toEqual(names);
    expect(outcome.plans.map((p) => p.seatChanges[0]?.freed)).toEqual([20, 20, 5]);
    // A one-user view of all licenses only makes sense for one user.
    expect(outcome.plans.every((p) => p.userLicenses === undefined)).toBe(true);
  });
});

describe('planRemoval: a product bought only through self-service purchases', () => {
  let h: LicensingHarness;
  beforeAll(async () => {
    // Drop the organisation's own Power BI Pro subscription: every seat now comes from Liam's purchase.
    h = await startLicensingHarness({
      mutate: (t) => {
        t.subscriptions = t.subscriptions.filter(
          (s) => !(s.skuPartNumber === 'POWER_BI_PRO' && s.ownerType !== 'User'),
        );
      },
    });
  });
  afterAll(() => h.close());

  it('refuses every holder, naming the buyer', async () => {
    const plan = onlyPlan(await h.plan(LICENSE_ADMIN, ask(['Anna Lindberg', "Liam O'Brien"], ['Power BI Pro'])));
    expect(plan.entries.map((e) => [e.reason, e.buyer?.displayName])).toEqual([
      ['self-service-purchase', "Liam O'Brien"],
      ['self-service-purchase', "Liam O'Brien"],
    ]);
  });
});

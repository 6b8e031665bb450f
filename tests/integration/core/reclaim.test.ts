import { candidateKey, INPUTS, type ReclaimView, type View } from '../../../cards/views';
import { parseLicensePrices } from '../../../services/licensing/reclaim/license-prices';
import { testClock } from '../../support/licensing-harness';
import { type CoreHarness, startCoreHarness } from '../../support/core-harness';

// Reclaim through the core, channel-free: the Teams and Slack suites test how it is carried.
const MARIA = 'maria.nilsson@contoso.se'; // License Administrator
const KARIN = 'karin.holm@contoso.se'; // manager of Liam O'Brien (inactive), no admin role
/** The demo tenant's sign-in activity is dated relative to this day. */
const AS_OF = new Date('2026-12-01T09:00:00Z');

function reclaimOf(view: View | undefined): ReclaimView {
  if (view?.kind !== 'reclaim') throw new Error(`expected the reclaim dialog, got ${view?.kind}`);
  return view;
}
const lines = (v: ReclaimView) =>
  v.groups.flatMap((g) =>
    g.candidates.map((c) => `${g.reason}: ${v.users.find((u) => u.id === c.userId)?.displayName} ${c.product}`),
  );

describe('core: reclaim', () => {
  let h: CoreHarness;
  beforeEach(async () => {
    h = await startCoreHarness({ clock: testClock(AS_OF) });
  });
  afterEach(() => h.close());

  test.each([
    ['vilka licenser kan vi frigöra?', 'sv'],
    ['hitta oanvända licenser', 'sv'],
    ['find unused licenses', 'en'],
    ['which licenses can we free up?', 'en'],
  ])('"%s" → every reason, grouped, in %s', async (text, locale) => {
    const view = reclaimOf(await h.chat(MARIA).say(text));
    expect(view.locale).toBe(locale);
    expect(view.groups.map((g) => g.reason)).toEqual(['disabled-account', 'inactive', 'overlap']);
    expect([...lines(view)].sort()).toEqual(
      [
        'disabled-account: Lars Gustafsson Office 365 E3',
        'disabled-account: Lars Gustafsson Power BI Pro',
        'inactive: Tobias Strand Office 365 E3',
        'inactive: Tobias Strand Planner and Project Plan 3',
        "inactive: Liam O'Brien Office 365 E3",
        'inactive: Oskar Lund Power BI Pro',
        'inactive: Jessica Brown Office 365 E3',
        'overlap: Lina Ekström Office 365 E3',
      ].sort(),
    );
    expect(view.groups.find((g) => g.reason === 'overlap')?.candidates[0]?.coveredBy).toEqual(['Microsoft 365 E3']);
    expect(view.pricesConfigured).toBe(false);
    expect(view.savings.every((s) => s.monthly === undefined)).toBe(true);
    expect(view.requestId).not.toBe('');
  });

  test('"reclaim Visio" and "who hasn\'t used E3 in 30 days" narrow it', async () => {
    const visio = reclaimOf(await h.chat(MARIA).say('reclaim Project Plan 3'));
    expect(lines(visio)).toEqual(['inactive: Tobias Strand Planner and Project Plan 3']);
    const thirty = reclaimOf(await h.chat(MARIA).say("who hasn't used Microsoft 365 E3 in 30 days"));
    expect(thirty.inactiveDays).toBe(30);
    expect(lines(thirty)).toEqual(['inactive: Gustav Berglund Microsoft 365 E3']);
  });

  test('confirm removes the checked candidates only; the result offers undo', async () => {
    const chat = h.chat(MARIA).say('find unused licenses');
    const view = reclaimOf(await chat);
    const lina = view.groups.find((g) => g.reason === 'overlap')?.candidates[0];
    if (!lina) throw new Error('no overlap candidate');
    const e3Before = h.lic.consumed('ENTERPRISEPACK');
    const result = await chat
      .click('confirm', { [INPUTS.candidateToggle(candidateKey(lina.userId, lina.skuId))]: 'false' })
      .expectView('result');
    expect(result).toMatchObject({ state: 'completed' });
    expect(result?.kind === 'result' ? result.undoUntil : undefined).toBeDefined();
    expect(h.lic.holdsDirectly('lars.gustafsson@contoso.se', 'ENTERPRISEPACK')).toBe(false);
    expect(h.lic.holdsDirectly('tobias.strand@contoso.se', 'PROJECTPROFESSIONAL')).toBe(false);
    // Unchecked: Lina keeps her Office 365 E3; group-given and self-service ones were never offered.
    expect(h.lic.holdsDirectly('lina.ekstrom@contoso.se', 'ENTERPRISEPACK')).toBe(true);
    expect(h.lic.holds('oskar.lund@contoso.se', 'ENTERPRISEPACK')).toBe(true);
    expect(h.lic.holdsDirectly('liam.obrien@contoso.se', 'POWER_BI_PRO')).toBe(true);
    expect(h.lic.consumed('ENTERPRISEPACK')).toBe(e3Before - 4);
  });

  test('everything unchecked: nothing selected, nothing removed', async () => {
    const chat = h.chat(MARIA).say('find unused licenses');
    const view = reclaimOf(await chat);
    const off = Object.fromEntries(
      view.groups.flatMap((g) =>
        g.candidates.map((c) => [INPUTS.candidateToggle(candidateKey(c.userId, c.skuId)), 'false']),
      ),
    );
    await chat.click('confirm', off).expectNotice('nothing-selected');
    expect(h.lic.holdsDirectly('lars.gustafsson@contoso.se', 'ENTERPRISEPACK')).toBe(true);
  });

  test('a second click on the same dialog changes nothing', async () => {
    const chat = h.chat(MARIA).say('find unused licenses');
    const view = reclaimOf(await chat);
    await chat.click('confirm').expectView('result');
    await chat.click('confirm', {}, view.requestId).expectNotice('already-handled');
  });

  test('someone else cannot confirm it', async () => {
    const chat = h.chat(MARIA).say('find unused licenses');
    await chat.as('erik.sjoberg@contoso.se').click('confirm').expectNotice('not-your-request');
  });

  test('a manager sees only their reports; approvers approve; it runs re-planned', async () => {
    const chat = h.chat(KARIN).say('hitta oanvända licenser');
    const view = reclaimOf(await chat);
    expect(view.mode).toBe('needs-approval');
    expect(view.scope).toBe('direct-reports');
    expect(lines(view)).toEqual(["inactive: Liam O'Brien Office 365 E3"]);
    expect(view.notOffered.map((n) => `${n.kind} ${n.product}`)).toEqual(['self-service-purchase Power BI Pro']);
    await chat
      .click('sendForApproval', { [INPUTS.reason]: 'Föräldraledig sedan augusti' })
      .expectNotice('sent-for-approval');
    const approval = h.deliveries.find((d) => d.view.kind === 'approval');
    expect(approval?.view).toMatchObject({ kind: 'approval', reason: 'Föräldraledig sedan augusti' });
    const approvalView = approval?.view.kind === 'approval' ? approval.view : undefined;
    expect(approvalView?.products.map((p) => p.displayName)).toEqual(['Office 365 E3']);
    await h
      .chat(MARIA)
      .click('approve', {}, view.requestId)
      .expectView('result', (r) => expect(r).toMatchObject({ state: 'completed' }));
    expect(h.lic.holdsDirectly('liam.obrien@contoso.se', 'ENTERPRISEPACK')).toBe(false);
    expect(h.lic.holdsDirectly('liam.obrien@contoso.se', 'POWER_BI_PRO')).toBe(true);
    expect(h.deliveries.some((d) => d.userId === h.lic.userId(KARIN) && d.view.kind === 'result')).toBe(true);
  });

  test('removed by hand before the approval: re-planned, skipped and said so, nothing forced', async () => {
    const chat = h.chat(KARIN).say('find unused licenses');
    const view = reclaimOf(await chat);
    await chat.click('sendForApproval').expectNotice('sent-for-approval');
    // Someone unassigns it in the admin center meanwhile.
    const liam = h.lic.sim.state.users.find((u) => u.userPrincipalName === 'liam.obrien@contoso.se');
    const e3 = h.lic.skuId('ENTERPRISEPACK');
    if (!liam) throw new Error('demo tenant changed');
    liam.licenseAssignmentStates = liam.licenseAssignmentStates.filter((s) => s.skuId !== e3);
    liam.assignedLicenses = liam.assignedLicenses.filter((l) => l.skuId !== e3);
    const writesBefore = h.lic.sim.stats().assignLicenseCalls;
    const result = await h.chat(MARIA).click('approve', {}, view.requestId);
    expect(result?.kind).toBe('result');
    expect(result?.kind === 'result' ? result.outcomes : []).toEqual([
      expect.objectContaining({ userId: liam.id, status: 'skipped' }),
    ]);
    expect(h.lic.sim.stats().assignLicenseCalls).toBe(writesBefore);
  });

  test('someone with neither an admin role nor reports is refused', async () => {
    await h.chat('bo.ek@contoso.se').say('find unused licenses').expectView('refused');
  });
});

describe('core: reclaim without sign-in activity or with prices', () => {
  test('403 (no AuditLog.Read.All): said plainly, the other reasons offered', async () => {
    const h = await startCoreHarness({
      clock: testClock(AS_OF),
      mutate: (t) => void (t.access = { signInActivity: 'missing-permission' }),
    });
    try {
      const view = reclaimOf(await h.chat(MARIA).say('find unused licenses'));
      expect(view.signIn).toBe('missing-permission');
      expect(view.groups.map((g) => g.reason)).toEqual(['disabled-account', 'overlap']);
    } finally {
      await h.close();
    }
  });

  test('prices: money per month per product', async () => {
    const prices = parseLicensePrices(
      { ENTERPRISEPACK: { amount: 249, currency: 'SEK' }, POWER_BI_PRO: { amount: 139, currency: 'SEK' } },
      'prices.json',
    );
    const h = await startCoreHarness({ clock: testClock(AS_OF), reclaim: { inactiveDays: 90, prices } });
    try {
      const view = reclaimOf(await h.chat(MARIA).say('find unused licenses'));
      expect(view.pricesConfigured).toBe(true);
      expect(view.savings).toEqual(
        expect.arrayContaining([
          { product: 'Office 365 E3', seats: 5, monthly: { amount: 1245, currency: 'SEK' } },
          { product: 'Power BI Pro', seats: 2, monthly: { amount: 278, currency: 'SEK' } },
          { product: 'Planner and Project Plan 3', seats: 1 },
        ]),
      );
    } finally {
      await h.close();
    }
  });
});

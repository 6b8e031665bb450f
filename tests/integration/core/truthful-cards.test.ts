/**
 * Issue 13 through the core, without a channel: no dead ends ("Continue without …" keeps the
 * people already found), a re-planned card says what changed and changes nothing, the Licenses
 * page removes exactly the checked users and says so, seats are re-read at the click, times carry
 * the tenant's zone, and help examples come from the tenant.
 */
import { INPUTS, type ClarifyView, type ConfirmRemovalView, type ResultView, type View } from '../../../cards/views';
import { type CoreHarness, startCoreHarness } from '../../support/core-harness';

const MARIA = 'maria.nilsson@contoso.se'; // License Administrator

function as<K extends View['kind']>(view: View | undefined, kind: K): Extract<View, { kind: K }> {
  if (view?.kind !== kind) throw new Error(`expected ${kind}, got ${JSON.stringify(view).slice(0, 300)}`);
  return view as Extract<View, { kind: K }>;
}

describe('core: cards that tell the whole truth', () => {
  let h: CoreHarness;
  beforeEach(async () => {
    h = await startCoreHarness({ timeZone: 'Europe/Stockholm' });
  });
  afterEach(() => h.close());

  test('an unknown name can be left out, keeping the people already found (also after "which Anna")', async () => {
    const chat = h.chat(MARIA).say('remove E3 from Anna, Bo Ek and Cecilia');
    const anna = as(await chat, 'clarify') as ClarifyView & { code: 'ambiguous-person' };
    expect(anna.code).toBe('ambiguous-person');
    const lindberg = anna.candidates.find((c) => c.displayName === 'Anna Lindberg');
    chat.click('choosePerson', { [INPUTS.choice]: lindberg?.id ?? '' });
    const cecilia = as(await chat, 'clarify');
    expect(cecilia).toMatchObject({ code: 'person-not-found', text: 'Cecilia', canSkip: true, domain: 'contoso.se' });
    expect(cecilia.resolved?.sort()).toEqual(['Anna Lindberg', 'Bo Ek']);
    chat.click('skipPerson');
    const confirm = as(await chat, 'confirm-removal');
    expect(confirm.users.map((u) => u.displayName).sort()).toEqual(['Anna Lindberg', 'Bo Ek']);
  });

  test('a request naming one unknown person offers no "Continue without" (nothing would be left)', async () => {
    const chat = h.chat(MARIA).say('remove E3 from Cecilia');
    expect(as(await chat, 'clarify').canSkip).toBeUndefined();
  });

  test('"Licenses and apps": clearing another license re-plans, says what changed, and removes nothing yet', async () => {
    const chat = h.chat(MARIA).say('remove Power BI Pro from Anna Lindberg');
    const first = as(await chat, 'confirm-removal');
    expect(first.dialog).toBe('user-licenses');
    const e3 = first.userLicenses?.find((l) => l.product.displayName === 'Office 365 E3');
    const pbi = first.userLicenses?.find((l) => l.product.displayName === 'Power BI Pro');
    chat.click('confirm', {
      [INPUTS.skuToggle(e3?.product.skuId ?? '')]: 'false',
      [INPUTS.skuToggle(pbi?.product.skuId ?? '')]: 'false',
    });
    const again = as(await chat, 'confirm-removal');
    expect(again.replanned).toEqual({ added: ['Office 365 E3'], dropped: [] });
    expect(again.products.map((p) => p.displayName).sort()).toEqual(['Office 365 E3', 'Power BI Pro']);
    expect(h.lic.holds('anna.lindberg@contoso.se', 'ENTERPRISEPACK')).toBe(true);
    expect(h.lic.holds('anna.lindberg@contoso.se', 'POWER_BI_PRO')).toBe(true);
  });

  test('the Licenses page removes exactly the checked users and says so; seats are re-read at the click', async () => {
    const chat = h.chat(MARIA).say('remove E3 from Bo Ek and Emma Johansson');
    const confirm: ConfirmRemovalView = as(await chat, 'confirm-removal');
    expect(confirm.seatChanges).toMatchObject([{ freed: 2, usedBefore: 24 }]);
    const emma = confirm.users.find((u) => u.displayName === 'Emma Johansson');
    // Meanwhile someone else frees a seat in the admin center: the result must count from Graph.
    await h.lic.graph.assignLicense({
      userId: h.lic.userId('karin.holm@contoso.se'),
      addLicenses: [],
      removeLicenses: [h.lic.skuId('ENTERPRISEPACK')],
    });
    chat.click('confirm', { [INPUTS.userToggle(emma?.id ?? '')]: 'false' });
    const result: ResultView = as(await chat, 'result');
    expect(result.outcomes.map((o) => [o.status, o.status === 'skipped' ? o.reason : ''])).toEqual(
      expect.arrayContaining([
        ['removed', ''],
        ['skipped', 'deselected'],
      ]),
    );
    expect(h.lic.holds('emma.johansson@contoso.se', 'ENTERPRISEPACK')).toBe(true);
    expect(h.lic.holds('bo.ek@contoso.se', 'ENTERPRISEPACK')).toBe(false);
    const used = h.lic.consumed('ENTERPRISEPACK');
    expect(used).toBe(22);
    expect(result.seatChanges).toEqual([
      { product: 'Office 365 E3', total: 30, usedBefore: used + 1, usedAfter: used, freed: 1 },
    ]);
    // Times on the result are in the tenant's zone.
    expect(result.timeZone).toBe('Europe/Stockholm');
  });

  test("help examples are the tenant's own people and most used product, without reading the directory", async () => {
    const whole = jest.spyOn(h.lic.graph, 'listUsers');
    const reply = await h.core.help(h.lic.userId(MARIA), 'en');
    const help = as(reply.view, 'help');
    expect(help.examples?.product).toBe('Office 365 E3');
    const e3 = h.lic.skuId('ENTERPRISEPACK');
    const [first, ...rest] = help.examples?.people ?? [];
    // The one-person example holds the product directly; all are real, enabled people.
    const person = h.lic.sim.state.users.find((u) => u.displayName === first);
    expect(person?.licenseAssignmentStates.some((s) => s.skuId === e3 && !s.assignedByGroup)).toBe(true);
    for (const name of [first, ...rest])
      expect(h.lic.sim.state.users.some((u) => u.displayName === name && u.accountEnabled)).toBe(true);
    expect(whole).not.toHaveBeenCalled();
    whole.mockRestore();
  });
});

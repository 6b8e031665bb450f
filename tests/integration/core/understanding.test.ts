import type { ConfirmRemovalView, View } from '../../../cards/views';
import { type CoreHarness, startCoreHarness } from '../../support/core-harness';

// Understanding in the core, against the demo tenant's vocabulary (people and products in
// memory), with the real planner, store and simulator: what is removed is exactly what was asked.
const MARIA = 'maria.nilsson@contoso.se'; // License Administrator
const ANNA = 'anna.lindberg@contoso.se'; // Office 365 E3 + Power BI Pro
const BO = 'bo.ek@contoso.se'; // Office 365 E3

function confirm(view: View | undefined): ConfirmRemovalView {
  if (view?.kind !== 'confirm-removal') throw new Error(`expected confirm-removal, got ${view?.kind}`);
  return view;
}

describe('core: understanding on the directory index', () => {
  let h: CoreHarness;
  beforeEach(async () => {
    h = await startCoreHarness({ vocabulary: true });
  });
  afterEach(() => h.close());

  test('two removals in one message: one card, confirmed together, nothing else removed', async () => {
    const chat = h.chat(MARIA).say('remove Power BI Pro from anna lindberg and Office 365 E3 from Ek, Bo');
    const view = confirm(await chat);
    expect(view.entries.map((e) => [e.userId, e.skuId])).toEqual([
      [h.lic.userId(ANNA), h.lic.skuId('POWER_BI_PRO')],
      [h.lic.userId(BO), h.lic.skuId('ENTERPRISEPACK')],
    ]);
    await chat.click('confirm').expectView('result');
    expect(h.lic.holds(ANNA, 'POWER_BI_PRO')).toBe(false);
    expect(h.lic.holds(BO, 'ENTERPRISEPACK')).toBe(false);
    // The merged card must never widen to users × products: Anna keeps her E3.
    expect(h.lic.holds(ANNA, 'ENTERPRISEPACK')).toBe(true);
  });

  test('a second removal that needs a question is announced on the first card, not guessed', async () => {
    const view = await h.chat(MARIA).say('ta bort Power BI Pro från Anna Lindberg och Visio från Anna');
    expect(view?.kind).toBe('confirm-removal');
    expect(confirm(view).warnings).toContainEqual({ code: 'more-requests', count: 1 });
    expect(confirm(view).entries).toHaveLength(1);
  });

  test('a context clause: only the asked product, and the date is said on the card', async () => {
    const view = confirm(
      await h.chat(MARIA).say('ta bort Office 365 E3 från Bo Ek på fredag, han har fått Microsoft 365 E3 nu'),
    );
    expect(view.products.map((p) => p.skuPartNumber)).toEqual(['ENTERPRISEPACK']);
    expect(view.warnings).toContainEqual({ code: 'removes-now', date: 'på fredag' });
  });

  test('the requester comes from the index when planning, and from Graph at the click', async () => {
    const maria = h.lic.userId(MARIA);
    const reads: string[] = [];
    const original = h.lic.graph.getUser.bind(h.lic.graph);
    h.lic.graph.getUser = (idOrUpn) => {
      reads.push(idOrUpn);
      return original(idOrUpn);
    };
    const chat = h.chat(MARIA).say('remove Office 365 E3 from Bo Ek');
    expect(confirm(await chat).requesterId).toBe(maria);
    expect(reads).not.toContain(maria);
    await chat.click('confirm').expectView('result');
    expect(reads).toContain(maria);
    expect(h.lic.holds(BO, 'ENTERPRISEPACK')).toBe(false);
  });

  test('names are resolved in memory: no user search reaches Graph', async () => {
    const before = h.lic.sim.stats().requests;
    const searches: string[] = [];
    const original = h.lic.graph.findUsersByPrefix.bind(h.lic.graph);
    h.lic.graph.findUsersByPrefix = (prefix) => {
      searches.push(prefix);
      return original(prefix);
    };
    confirm(await h.chat(MARIA).say('camilla oberg behöver inte Business Premium längre'));
    expect(searches).toEqual([]);
    expect(h.lic.sim.stats().requests).toBeGreaterThan(before); // licenses and the requester are still read
  });

  test('pronouns without a referent and negations ask', async () => {
    await h
      .chat(MARIA)
      .say('remove her old E3')
      .expectView('parse-help', (v) => expect(v).toMatchObject({ code: 'unresolved-pronoun' }));
    await h
      .chat(MARIA)
      .say('ta inte bort Visio från Bo Ek')
      .expectView('parse-help', (v) => expect(v).toMatchObject({ code: 'negated' }));
  });

  test('an 80,000-character message gets the limit message', async () => {
    await h
      .chat(MARIA)
      .say('a'.repeat(80_000))
      .expectView('parse-help', (v) => expect(v).toMatchObject({ code: 'too-long' }));
  });

  test('"removes now" for a date in a context clause is still on the card after "which Anna?"', async () => {
    const chat = h.chat(MARIA).say('ta bort Office 365 E3 från Anna på fredag, hon har fått Microsoft 365 E3 nu');
    const question = await chat;
    expect(question?.kind).toBe('clarify');
    const anna = h.lic.userId(ANNA);
    const view = confirm(await chat.click('choosePerson', { choice: anna }));
    expect(view.warnings).toContainEqual({ code: 'removes-now', date: 'på fredag' });
    expect(view.entries.map((e) => e.userId)).toEqual([anna]);
  });
});

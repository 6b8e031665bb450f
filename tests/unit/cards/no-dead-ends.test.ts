/**
 * Issue 13, the card side of "guesses disclosed" and "no dead ends": every renderer states a
 * guessed product and a re-planned card, lists who holds which candidate in "which E3?", offers
 * "Continue without …" (keeping the people already found) only where the core allows it, and
 * builds help examples from the tenant's names and products.
 */
import { buildCard } from '../../../cards/adaptive/build-card';
import { buildBlocks } from '../../../cards/slack/build-blocks';
import { renderText } from '../../../cards/text/render-text';
import { stringsFor } from '../../../cards/strings/strings';
import { VERBS, type ClarifyView, type View } from '../../../cards/views';
import { adaptiveVisibleTexts, blockKitVisibleTexts } from '../../support/visible-text';
import { expectValidAdaptiveCard } from '../../support/card-checks';
import { expectValidBlockKit } from './block-kit-checks';
import { aClarify, aConfirmation, aHelp, aProduct, E5 } from './view-fixtures';

function texts(view: View): string[] {
  const card = buildCard(view);
  const message = buildBlocks(view);
  expectValidAdaptiveCard(card);
  expectValidBlockKit(message);
  return [adaptiveVisibleTexts(card).join('\n'), blockKitVisibleTexts(message).join('\n'), renderText(view)];
}

describe.each(['en', 'sv'] as const)('%s', (locale) => {
  const s = stringsFor(locale);

  it('a guessed product is stated on the confirmation, before the click', () => {
    const view = aConfirmation({ locale, guesses: [{ text: 'Teams', product: 'Microsoft Teams Premium' }] });
    const said = s.dialog.guess({ text: 'Teams', product: 'Microsoft Teams Premium' });
    for (const t of texts(view)) expect(t).toContain(said);
    expect(said).toMatch(
      locale === 'en' ? /“Teams” → Microsoft Teams Premium: is that what you meant\?/ : /var det den du menade\?/,
    );
  });

  it('a re-planned card says what changed and asks for the click again', () => {
    const view = aConfirmation({ locale, replanned: { added: ['Visio Plan 2'], dropped: [] } });
    for (const t of texts(view)) {
      expect(t).toContain('Visio Plan 2');
      expect(t).toContain(s.dialog.replanned({ added: ['Visio Plan 2'], dropped: [] }));
    }
    expect(s.dialog.replanned({ added: ['Visio Plan 2'], dropped: [] })).toContain(s.dialog.saveChanges);
  });

  it('"which E3?" shows who of the named users holds which', () => {
    const e3 = aProduct();
    const m365e3 = aProduct({ skuId: 'spe-e3', displayName: 'Microsoft 365 E3' });
    const view: ClarifyView = {
      ...aClarify('ambiguous-product', locale),
      candidates: [e3, m365e3, E5],
      holders: { [e3.skuId]: ['Anna Lindberg'], 'spe-e3': ['Bo Ek', 'Cilla Berg'] },
    } as ClarifyView;
    for (const t of texts(view)) {
      expect(t).toContain(s.clarify.heldBy({ names: ['Anna Lindberg'] }));
      expect(t).toContain(s.clarify.heldBy({ names: ['Bo Ek', 'Cilla Berg'] }));
      expect(t).toContain(s.clarify.heldByNone);
    }
  });

  it('an unresolved person can be dropped, keeping the people already found', () => {
    const view: ClarifyView = {
      ...aClarify('person-not-found', locale, true),
      text: 'Cecilia',
      resolved: ['Anna Lindberg', 'Bo Ek'],
      canSkip: true,
    };
    const card = buildCard(view);
    const skip = JSON.stringify(card).includes(VERBS.skipPerson);
    expect(skip).toBe(true);
    const message = buildBlocks(view);
    expect(JSON.stringify(message.blocks)).toContain(VERBS.skipPerson);
    for (const t of texts(view)) expect(t).toContain(s.clarify.resolvedSoFar({ names: ['Anna Lindberg', 'Bo Ek'] }));
    expect(adaptiveVisibleTexts(card).join('\n')).toContain(s.clarify.continueWithout({ text: 'Cecilia' }));
    // Without the core's say-so there is no such button (the core would not know the verb).
    const plain = buildCard({ ...view, canSkip: false });
    expect(JSON.stringify(plain)).not.toContain(VERBS.skipPerson);
  });

  it("help examples are the tenant's own names and product", () => {
    const view = aHelp({
      locale,
      examples: { person: 'Karin Holm', people: ['Karin Holm', 'Bo Ek', 'Emma Johansson'], product: 'Office 365 E3' },
    });
    for (const t of texts(view)) {
      expect(t).toContain('Karin Holm');
      expect(t).toContain('Emma Johansson');
      expect(t).toContain('Office 365 E3');
      expect(t).not.toContain('Cecilia');
    }
  });
});

/**
 * Issue 13: "a confirmation card for two users losing Office 365 E3 is at most half as long as
 * today". Planned with the real planner against the demo tenant (Karin Holm and Bo Ek hold Office
 * 365 E3 directly), rendered in both languages, measured as characters of visible text (see
 * tests/support/visible-text.ts: what shows before "Show details" is clicked).
 */
import { buildConfirmRemovalCard } from '../../../cards/adaptive/build-confirm-removal-card';
import { buildConfirmRemovalBlocks } from '../../../cards/slack/build-confirm-removal-blocks';
import { confirmView } from '../../../bot/core/present-plan';
import { ask, startLicensingHarness, type LicensingHarness } from '../../support/licensing-harness';
import { adaptiveVisibleTexts, blockKitVisibleTexts, visibleLength } from '../../support/visible-text';

/**
 * The same measurement of the same request at commit 54dafea (before issue 13): the card listed
 * the five consequence sentences and three billing bullets. Measured with this file's helpers.
 */
const BEFORE = {
  en: { adaptive: 1540, slack: 1552 },
  sv: { adaptive: 1714, slack: 1726 },
} as const;

let h: LicensingHarness;
beforeAll(async () => {
  h = await startLicensingHarness();
});
afterAll(async () => {
  await h.close();
});

describe.each(['en', 'sv'] as const)('confirmation for two users losing Office 365 E3 (%s)', (locale) => {
  it('is at most half as long as before, and still names what they lose', async () => {
    const outcome = await h.plan('maria.nilsson@contoso.se', ask(['Karin Holm', 'Bo Ek'], ['Office 365 E3']));
    if (outcome.kind !== 'plans' || !outcome.plans[0]) throw new Error(JSON.stringify(outcome).slice(0, 300));
    const view = confirmView('req-1', 'x', locale, outcome.plans[0]);
    const card = adaptiveVisibleTexts(buildConfirmRemovalCard(view));
    const blocks = blockKitVisibleTexts(buildConfirmRemovalBlocks(view));
    const measured = { adaptive: visibleLength(card), slack: visibleLength(blocks) };
    // Printed so the numbers in the notes can be re-measured.
    process.stdout.write(`brevity ${locale}: ${JSON.stringify({ before: BEFORE[locale], after: measured })}\n`);
    expect(measured.adaptive).toBeLessThanOrEqual(BEFORE[locale].adaptive / 2);
    expect(measured.slack).toBeLessThanOrEqual(BEFORE[locale].slack / 2);
    const text = card.join('\n');
    expect(text).toMatch(
      locale === 'en' ? /mailbox \(deleted after 30 days\)/ : /postlådan \(tas bort efter 30 dagar\)/,
    );
    expect(text).toMatch(/OneDrive/);
    expect(text).toMatch(/Teams/);
    expect(text).toContain('Karin Holm, Bo Ek');
  });
});

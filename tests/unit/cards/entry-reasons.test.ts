/**
 * Issue 13: one entry reason per user × product, and EVERY renderer shows every one of them —
 * the Adaptive Card (what is visible when it arrives), the Block Kit blocks (not just the
 * notification text), the CLI's text and its JSON — in both languages. Planner reasons are walked
 * through every confirmation dialog; executor reasons (deselected, already removed at the click,
 * failed with Graph's request-id) and plan skips inside a removed user through the result.
 */
import { buildCard } from '../../../cards/adaptive/build-card';
import { buildBlocks } from '../../../cards/slack/build-blocks';
import { renderText } from '../../../cards/text/render-text';
import { stringsFor } from '../../../cards/strings/strings';
import type {
  ConfirmRemovalView,
  DialogKind,
  EntryReason,
  EntryView,
  Locale,
  ResultView,
  UserOutcomeView,
  View,
} from '../../../cards/views';
import { adaptiveVisibleTexts, blockKitVisibleTexts } from '../../support/visible-text';
import { expectValidAdaptiveCard } from '../../support/card-checks';
import { expectValidBlockKit } from './block-kit-checks';
import { aConfirmation, aPerson, aProduct, aResult, aUserLicensesConfirmation, E5 } from './view-fixtures';

const GROUP = 'Säljavdelningen';
const BUYER = 'Maria Nilsson';
const GRAPH_REQUEST_ID = '7d0e8f7a-request';
const anna = aPerson();
const e3 = aProduct();

/** Every renderer's output for a view, as one string each (what a reader or a script sees). */
function rendered(view: View): Record<'adaptive' | 'blockKit' | 'text' | 'json', string> {
  const card = buildCard(view);
  const message = buildBlocks(view);
  expectValidAdaptiveCard(card);
  expectValidBlockKit(message);
  return {
    adaptive: adaptiveVisibleTexts(card).join('\n'),
    blockKit: blockKitVisibleTexts(message).join('\n'),
    text: renderText(view),
    json: JSON.stringify(view),
  };
}

function entry(reason: EntryReason, skuId = e3.skuId): EntryView {
  return {
    userId: anna.id,
    skuId,
    reason,
    ...(reason === 'group-inherited' || reason === 'remove-stays-via-group' ? { groups: [GROUP] } : {}),
    ...(reason === 'self-service-purchase' ? { buyer: BUYER } : {}),
  };
}

/** A confirmation of `dialog` where Anna's E3 entry has `reason` (Bo stays removable, so the card acts). */
function confirmationWith(dialog: DialogKind, reason: EntryReason, locale: Locale): ConfirmRemovalView {
  if (dialog === 'user-licenses') {
    const held = reason !== 'not-assigned';
    return aUserLicensesConfirmation({
      locale,
      entries: [entry(reason)],
      userLicenses: [
        ...(held ? [{ product: e3, keep: false, removable: reason !== 'group-inherited' }] : []),
        { product: E5, keep: true, removable: true },
      ],
    });
  }
  const base = aConfirmation({ locale, dialog, warnings: [] });
  const bo = base.users[1];
  if (!bo) throw new Error('fixture without Bo');
  return {
    ...base,
    users: [anna, bo],
    entries: [entry(reason), { userId: bo.id, skuId: e3.skuId, reason: 'remove' }],
    consequences: base.consequences.slice(0, 2),
  };
}

const PLANNER_REASONS: readonly EntryReason[] = [
  'remove',
  'remove-stays-via-group',
  'not-assigned',
  'group-inherited',
  'self-service-purchase',
];
const DIALOGS: readonly DialogKind[] = ['licenses-page', 'user-licenses', 'manage-product-licenses'];

/** What each reason must say: its own words, plus the group or the buyer it names. */
function expectedTexts(reason: EntryReason, locale: Locale, dialog: DialogKind, renderer: string): string[] {
  const s = stringsFor(locale);
  switch (reason) {
    case 'remove':
      // Removable: Anna is a checkbox (the Licenses pages) or E3 an unchecked license toggle; the
      // chat cards say how to use it (the CLI asks y/N instead).
      if (dialog !== 'user-licenses') return [anna.displayName];
      return renderer === 'text' ? [`[ ] ${e3.displayName}`] : [e3.displayName, s.dialog.userLicensesHint];
    case 'remove-stays-via-group':
      return [s.dialog.noSeatFreed({ groups: [GROUP] })];
    case 'not-assigned':
    case 'group-inherited':
    case 'self-service-purchase':
      return [s.skipReason[reason]({ groups: [GROUP], buyer: BUYER })];
  }
}

describe.each(['en', 'sv'] as const)('every planner reason on every confirmation (%s)', (locale) => {
  describe.each(DIALOGS)('%s', (dialog) => {
    it.each(PLANNER_REASONS)('%s is shown by the Adaptive Card, Block Kit, text and JSON', (reason) => {
      const view = confirmationWith(dialog, reason, locale);
      const out = rendered(view);
      for (const [renderer, text] of Object.entries(out)) {
        if (renderer === 'json') {
          expect(text).toContain(`"reason":"${reason}"`);
          if (reason === 'group-inherited' || reason === 'remove-stays-via-group') expect(text).toContain(GROUP);
          if (reason === 'self-service-purchase') expect(text).toContain(BUYER);
          continue;
        }
        for (const expected of expectedTexts(reason, locale, dialog, renderer)) {
          expect({ renderer, found: text.includes(expected) }).toEqual({ renderer, found: true });
        }
      }
    });
  });

  it('a self-service purchase is never an unchecked toggle on "Licenses and apps"', () => {
    // Asked: E3 (bought through self-service) and E5 (removable), so the card can act.
    const base = confirmationWith('user-licenses', 'self-service-purchase', locale);
    const view = { ...base, products: [e3, E5], entries: [...base.entries, entry('remove', E5.skuId)] };
    const card = buildCard(view);
    const toggles = JSON.stringify(card.body).match(/"id":"sku:[^"]+"/g) ?? [];
    expect(toggles).toEqual([`"id":"sku:${E5.skuId}"`]);
    expect(renderText(view)).toContain(`[-] ${e3.displayName}`);
    const blocks = buildBlocks(view);
    expect(JSON.stringify(blocks.blocks)).not.toContain(`"value":"${e3.skuId}"`);
    // With nothing removable at all there are no checkboxes: without a button they would promise a choice.
    const inert = confirmationWith('user-licenses', 'self-service-purchase', locale);
    expect(JSON.stringify(buildCard(inert).body)).not.toContain('Input.Toggle');
    expect(JSON.stringify(buildBlocks(inert).blocks)).not.toContain('checkboxes');
  });

  it('"Licenses and apps" with nothing removable shows the reasons, no hint about checkboxes, and a truthful Slack text', () => {
    const s = stringsFor(locale);
    const view = aUserLicensesConfirmation({
      locale,
      products: [aProduct({ skuId: 'visio', displayName: 'Visio Plan 2' })],
      entries: [{ userId: anna.id, skuId: 'visio', reason: 'not-assigned' }],
      userLicenses: [{ product: e3, keep: true, removable: false }],
    });
    const out = rendered(view);
    for (const text of [out.adaptive, out.blockKit, out.text]) {
      expect(text).toContain(`Visio Plan 2: ${s.skipReason['not-assigned']({ groups: [], buyer: '' })}`);
      expect(text).not.toContain(s.dialog.userLicensesHint);
      expect(text).toContain(s.notice['nothing-to-remove']({}));
    }
    const fallback = buildBlocks(view).text;
    expect(fallback).not.toMatch(/0 (users|användare)/);
    expect(fallback).toContain(s.notice['nothing-to-remove']({}));
  });

  it('a manager\'s "Licenses and apps" card does not tell them to select Save changes (its button is Send for approval)', () => {
    const s = stringsFor(locale);
    const view = { ...confirmationWith('user-licenses', 'remove', locale), mode: 'needs-approval' as const };
    const out = rendered(view);
    for (const text of [out.adaptive, out.blockKit]) {
      expect(text).not.toContain(s.dialog.userLicensesHint);
      expect(text).toContain(s.dialog.sendForApproval);
    }
  });

  it('"remove all licenses": a self-service purchase is listed as not removed, not among what is unassigned', () => {
    const s = stringsFor(locale);
    const pbi = aProduct({ skuId: 'pbi', displayName: 'Power BI Pro' });
    const view = aConfirmation({
      locale,
      dialog: 'manage-product-licenses',
      users: [anna],
      products: [e3, pbi],
      entries: [
        { userId: anna.id, skuId: e3.skuId, reason: 'remove' },
        { userId: anna.id, skuId: 'pbi', reason: 'self-service-purchase', buyer: BUYER },
      ],
      warnings: [],
    });
    const reason = `Power BI Pro: ${s.skipReason['self-service-purchase']({ groups: [], buyer: BUYER })}`;
    const out = rendered(view);
    for (const text of [out.adaptive, out.blockKit, out.text]) expect(text).toContain(reason);
    expect(out.adaptive).toContain(s.dialog.manageHint({ products: [e3.displayName] }));
  });
});

/** A result where Anna's outcome is `outcome` (and her plan entries are `entries`). */
function resultWith(outcome: UserOutcomeView, entries: EntryView[], locale: Locale): ResultView {
  return aResult({
    locale,
    state: 'partially-completed',
    users: [anna],
    outcomes: [outcome],
    entries,
    products: [e3, aProduct({ skuId: 'pbi', displayName: 'Power BI Pro' })],
    consequences: [],
    seatChanges: [],
    nextBatch: undefined,
  });
}

describe.each(['en', 'sv'] as const)('every outcome reason on the result (%s)', (locale) => {
  const s = stringsFor(locale);
  const cases: [string, UserOutcomeView, EntryView[], string[]][] = [
    [
      'deselected',
      { userId: anna.id, status: 'skipped', reason: 'deselected', products: [e3.displayName] },
      [entry('remove')],
      [s.result.skipped({ reason: s.skipReason.deselected({ groups: [], buyer: '' }) })],
    ],
    [
      'already removed at the click',
      { userId: anna.id, status: 'skipped', reason: 'already-removed', products: [e3.displayName] },
      [entry('remove')],
      [s.result.skipped({ reason: s.skipReason['already-removed']({ groups: [], buyer: '' }) })],
    ],
    [
      'failed, with Graph’s request-id',
      { userId: anna.id, status: 'failed', code: 'graph/forbidden', requestId: GRAPH_REQUEST_ID, products: [] },
      [entry('remove')],
      [s.failure['graph/forbidden'], GRAPH_REQUEST_ID],
    ],
    [
      'group-only, with the group',
      { userId: anna.id, status: 'skipped', reason: 'group-inherited', products: [e3.displayName] },
      [entry('group-inherited')],
      [s.skipReason['group-inherited']({ groups: [GROUP], buyer: '' })],
    ],
    [
      'self-service, with the buyer',
      { userId: anna.id, status: 'skipped', reason: 'self-service-purchase', products: [e3.displayName] },
      [entry('self-service-purchase')],
      [s.skipReason['self-service-purchase']({ groups: [], buyer: BUYER })],
    ],
    [
      'not assigned',
      { userId: anna.id, status: 'skipped', reason: 'not-assigned', products: [e3.displayName] },
      [entry('not-assigned')],
      [s.skipReason['not-assigned']({ groups: [], buyer: '' })],
    ],
    [
      'removed, with a self-service purchase skipped in the same user',
      { userId: anna.id, status: 'removed', products: [e3.displayName] },
      [entry('remove'), { userId: anna.id, skuId: 'pbi', reason: 'self-service-purchase', buyer: BUYER }],
      [s.result.removed({ products: [e3.displayName] }), 'Power BI Pro', BUYER],
    ],
  ];

  it.each(cases)('%s is shown by the Adaptive Card, Block Kit, text and JSON', (_name, outcome, entries, expected) => {
    const out = rendered(resultWith(outcome, entries, locale));
    for (const [renderer, text] of Object.entries(out)) {
      const wanted =
        renderer === 'json' ? [outcome.status, ...(outcome.status === 'skipped' ? [outcome.reason] : [])] : expected;
      for (const e of wanted) expect({ renderer, found: text.includes(e) }).toEqual({ renderer, found: true });
    }
  });

  it('the title counts outcomes ("2 removed, 1 skipped") and the seats are in the past tense', () => {
    const bo = aPerson({ id: 'bo', displayName: 'Bo Ek' });
    const cilla = aPerson({ id: 'cilla', displayName: 'Cilla Berg' });
    const view = aResult({
      locale,
      users: [anna, bo, cilla],
      outcomes: [
        { userId: anna.id, status: 'removed', products: [e3.displayName] },
        { userId: bo.id, status: 'removed', products: [e3.displayName] },
        { userId: cilla.id, status: 'skipped', reason: 'not-assigned', products: [e3.displayName] },
      ],
      seatChanges: [{ product: e3.displayName, total: 30, usedBefore: 24, usedAfter: 22, freed: 2 }],
      nextBatch: undefined,
    });
    const title = locale === 'en' ? '2 removed, 1 skipped' : '2 borttagna, 1 överhoppad';
    const seats = locale === 'en' ? 'freed 2 of 30 seats' : 'frigjorde 2 av 30 licenser';
    const out = rendered(view);
    for (const text of [out.adaptive, out.blockKit, out.text]) {
      expect(text).toContain(title);
      expect(text).toContain(seats);
      expect(text).toContain(s.nextStep);
    }
    expect(buildBlocks(view).text).toBe(title);
  });
});

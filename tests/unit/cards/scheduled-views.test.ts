import type { CardElement, ExecuteAction } from '../../../cards/adaptive/adaptive-card';
import { buildCard } from '../../../cards/adaptive/build-card';
import { buildBlocks } from '../../../cards/slack/build-blocks';
import { renderText } from '../../../cards/text/render-text';
import { VERBS } from '../../../cards/views';
import { cardText } from '../../support/card-checks';
import { blockKitText } from './block-kit-checks';
import { aConfirmation, aScheduled } from './view-fixtures';

const flat = (els: CardElement[]): CardElement[] =>
  els.flatMap((e) => (e.type === 'Container' ? [e, ...flat(e.items)] : [e]));

describe('scheduled removals on cards', () => {
  test('a dated confirmation says exactly when, and its button schedules', () => {
    const view = aConfirmation({ scheduledFor: { at: '2026-12-04T16:00:00Z', timeZone: 'Europe/Stockholm' } });
    const card = buildCard(view);
    expect(cardText(card)).toContain('Schemalagd: körs fredag 4 december 17:00 (Europe/Stockholm).');
    const actions = flat(card.body).flatMap((e) =>
      e.type === 'ActionSet' ? e.actions.filter((a): a is ExecuteAction => a.type === 'Action.Execute') : [],
    );
    expect(actions[0]).toMatchObject({ verb: VERBS.confirm, title: 'Schemalägg' });
    const blocks = buildBlocks({ ...view, locale: 'en' });
    expect(blockKitText(blocks)).toContain('Scheduled: runs Friday 4 December 17:00 (Europe/Stockholm).');
  });

  test("the list: each removal with when and who asked; Cancel only on the viewer's own", () => {
    const view = aScheduled({ locale: 'en' });
    const card = buildCard(view);
    const text = cardText(card);
    expect(text).toContain('Scheduled removals (2)');
    expect(text).toContain(
      'Visio from Bo Ek — Friday 4 December 17:00 (Europe/Stockholm) (requested by Maria Nilsson)',
    );
    const cancels = flat(card.body).flatMap((e) =>
      e.type === 'ActionSet' ? e.actions.filter((a): a is ExecuteAction => a.type === 'Action.Execute') : [],
    );
    expect(cancels.map((a) => [a.verb, a.data.requestId])).toEqual([[VERBS.cancel, 'req-1']]);
    const slack = buildBlocks(view);
    const buttons = slack.blocks.flatMap((b) => (b.type === 'section' && b.accessory ? [b.accessory] : []));
    expect(buttons.map((b) => [b.action_id, b.value])).toEqual([[VERBS.cancel, 'req-1']]);
    expect(renderText(view)).toContain('[req-1]');
  });

  test('a cancelled one offers no Cancel; a date in the past says how to go on', () => {
    const cancelled = buildCard(aScheduled({ locale: 'en', intro: 'cancelled' }));
    expect(flat(cancelled.body).some((e) => e.type === 'ActionSet')).toBe(false);
    expect(
      cardText(buildCard(aScheduled({ locale: 'sv', intro: 'date-in-past', person: '30 nov', items: [] }))),
    ).toContain('"30 nov" har redan passerat.');
  });
});

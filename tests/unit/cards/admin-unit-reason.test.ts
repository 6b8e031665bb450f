import { buildCard } from '../../../cards/adaptive/build-card';
import { buildBlocks } from '../../../cards/slack/build-blocks';
import { renderText } from '../../../cards/text/render-text';
import type { ConfirmRemovalView, RefusedView } from '../../../cards/views';
import { cardText, expectValidAdaptiveCard } from '../../support/card-checks';
import { blockKitText } from './block-kit-checks';
import { aConfirmation, INJECTION_NAME } from './view-fixtures';

/** Bo is outside the requester's administrative unit "Sälj". */
function withOutsider(locale: 'en' | 'sv', unit = 'Sälj'): ConfirmRemovalView {
  const view = aConfirmation({ locale });
  const bo = view.users[1];
  if (!bo) throw new Error('fixture without Bo');
  view.entries = view.entries.map((e) =>
    e.userId === bo.id ? { userId: e.userId, skuId: e.skuId, reason: 'outside-admin-unit', units: [unit] } : e,
  );
  return view;
}

describe('outside-admin-unit, in every renderer', () => {
  it('names the unit on the Teams card, in Slack and in the CLI text (en, sv)', () => {
    const card = buildCard(withOutsider('en'));
    expectValidAdaptiveCard(card);
    expect(cardText(card)).toContain('not in your administrative unit Sälj');
    expect(blockKitText(buildBlocks(withOutsider('en')))).toContain('not in your administrative unit Sälj');
    expect(renderText(withOutsider('sv'))).toContain('finns inte i din administrativa enhet Sälj');
  });

  it('escapes the unit name like any other directory text', () => {
    expect(cardText(buildCard(withOutsider('en', INJECTION_NAME)))).not.toContain('[x](http://evil)');
  });

  it('refuses a click for people who left the unit, naming them', () => {
    const view: RefusedView = {
      kind: 'refused',
      locale: 'en',
      code: 'outside-admin-unit',
      people: ['Bo Ek'],
      admins: ['Maria Nilsson'],
    };
    const text = cardText(buildCard(view));
    expect(text).toContain(
      'Your admin role covers only the members of your administrative units. Not in them (any more): Bo Ek.',
    );
    expect(text).toContain('Ask: Maria Nilsson');
  });
});

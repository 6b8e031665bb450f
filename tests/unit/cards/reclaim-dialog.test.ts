import type { CardElement, ExecuteAction } from '../../../cards/adaptive/adaptive-card';
import { buildCard } from '../../../cards/adaptive/build-card';
import { buildBlocks } from '../../../cards/slack/build-blocks';
import { renderText } from '../../../cards/text/render-text';
import { candidateKey, INPUTS, VERBS } from '../../../cards/views';
import { cardBytes, cardText, expectValidAdaptiveCard, MAX_CARD_BYTES } from '../../support/card-checks';
import { blockKitText, expectValidBlockKit } from './block-kit-checks';
import { aReclaim, fullConsequences, INJECTION_NAME, personNo } from './view-fixtures';

const flat = (els: CardElement[]): CardElement[] =>
  els.flatMap((e) => (e.type === 'Container' ? [e, ...flat(e.items)] : [e]));

describe('reclaim dialog', () => {
  test('Teams: one pre-checked toggle per candidate under its reason, then Unassign and Cancel', () => {
    const view = aReclaim({ locale: 'en' });
    const card = buildCard(view);
    const body = flat(card.body);
    const toggles = body.flatMap((e) => (e.type === 'Input.Toggle' ? [e] : []));
    expect(toggles.map((t) => [t.id, t.value])).toEqual(
      view.groups.flatMap((g) =>
        g.candidates.map((c) => [INPUTS.candidateToggle(candidateKey(c.userId, c.skuId)), 'true']),
      ),
    );
    const text = cardText(card);
    expect(text).toContain('Disabled accounts still holding licenses (1)');
    expect(text).toContain('No sign-in for 90 days (1)');
    expect(text).toContain('Person 2 Svensson — Office 365 E3 · no sign-in for 140 days (last 14 Jul 2026)');
    expect(text).toContain(
      'Person 3 Svensson — Office 365 E3 · loses nothing: everything stays through Microsoft 365 E3',
    );
    expect(text).toContain('Found, but not offered here');
    expect(text).toMatch(/Office 365 E3: 3 licenses, SEK\s748\.50 per month/);
    expect(text).toContain('Project Plan 3: 1 license');
    const actions = body.flatMap((e) =>
      e.type === 'ActionSet' ? e.actions.filter((a): a is ExecuteAction => a.type === 'Action.Execute') : [],
    );
    expect(actions.map((a) => [a.verb, a.title, a.style])).toEqual([
      [VERBS.confirm, 'Unassign', 'destructive'],
      [VERBS.cancel, 'Cancel', undefined],
    ]);
  });

  test('Swedish: the money in Swedish format, the overlap in Swedish', () => {
    const text = cardText(buildCard(aReclaim({ locale: 'sv' })));
    expect(text).toContain('Office 365 E3: 3 licenser, 748,50\u00a0kr per månad');
    expect(text).toContain('förlorar ingenting: allt finns kvar via Microsoft 365 E3');
    expect(text).toContain('Ingen inloggning på 90 dagar (1)');
  });

  test("a manager's card asks for a reason and sends for approval", () => {
    const card = buildCard(aReclaim({ locale: 'en', mode: 'needs-approval', scope: 'direct-reports' }));
    const body = flat(card.body);
    expect(body.some((e) => e.type === 'Input.Text' && e.id === INPUTS.reason)).toBe(true);
    const actions = body.flatMap((e) =>
      e.type === 'ActionSet' ? e.actions.filter((a): a is ExecuteAction => a.type === 'Action.Execute') : [],
    );
    expect(actions[0]?.verb).toBe(VERBS.sendForApproval);
    expect(cardText(card)).toContain('Your direct reports were checked');
  });

  test.each([
    ['missing-permission', 'AuditLog.Read.All'],
    ['missing-premium', 'Entra ID P1 or P2'],
  ] as const)('without sign-in activity (%s) it says so plainly', (signIn, needle) => {
    expect(cardText(buildCard(aReclaim({ locale: 'en', signIn })))).toContain(needle);
    expect(blockKitText(buildBlocks(aReclaim({ locale: 'en', signIn })))).toContain(needle);
    expect(renderText(aReclaim({ locale: 'en', signIn }))).toContain(needle);
  });

  test('without prices: seats only, and the card says why', () => {
    const view = aReclaim({ locale: 'en', pricesConfigured: false, savings: [{ product: 'Visio', seats: 2 }] });
    const text = cardText(buildCard(view));
    expect(text).toContain('Visio: 2 licenses');
    expect(text).not.toMatch(/licenses?, .* per month/);
    expect(text).toContain('LICENSE_PRICES_FILE');
  });

  test('nothing to free: no toggles, no actions, the reasons checked', () => {
    const view = aReclaim({ locale: 'en', requestId: '', groups: [], notOffered: [], savings: [], consequences: [] });
    const body = flat(buildCard(view).body);
    expect(body.some((e) => e.type === 'Input.Toggle' || e.type === 'ActionSet')).toBe(false);
    expect(cardText(buildCard(view))).toContain('Nothing to free');
  });

  test('Slack: candidates as checkboxes valued userId:skuId, a guarded danger button', () => {
    const view = aReclaim({ locale: 'en' });
    const msg = buildBlocks(view);
    const boxes = msg.blocks.flatMap((b) => (b.type === 'input' && b.element.type === 'checkboxes' ? [b] : []));
    expect(boxes.map((b) => b.block_id)).toEqual(['candidates:0', 'candidates:1', 'candidates:2']);
    const values = boxes.flatMap((b) => (b.element.type === 'checkboxes' ? b.element.options.map((o) => o.value) : []));
    expect(values).toEqual(view.groups.flatMap((g) => g.candidates.map((c) => candidateKey(c.userId, c.skuId))));
    const actions = msg.blocks.filter((b) => b.type === 'actions').pop();
    expect(actions?.type === 'actions' ? actions.elements[0] : undefined).toMatchObject({
      action_id: VERBS.confirm,
      style: 'danger',
      confirm: { title: { text: 'Unassign these licenses?' } },
    });
    expect(msg.text).toBe('3 licenses can be freed');
  });

  test('Slack: more than 10 candidates of one reason are split into numbered blocks', () => {
    const people = Array.from({ length: 23 }, (_, i) => personNo(i + 10));
    const view = aReclaim({
      locale: 'en',
      users: people,
      groups: [
        {
          reason: 'disabled-account',
          candidates: people.map((p) => ({ userId: p.id, skuId: 'sku-e3', product: 'E3' })),
        },
      ],
    });
    const ids = buildBlocks(view).blocks.flatMap((b) => (b.type === 'input' ? [b.block_id] : []));
    expect(ids).toEqual(['candidates:0', 'candidates:1', 'candidates:2']);
  });

  test('the largest dialog (25 candidates, each with other consequences, 20 more counted) fits Teams and Slack', () => {
    // 25 = MAX_RECLAIM_CANDIDATES (services/licensing/reclaim): 50 KB; 50 measured 93 KB, over the limit.
    const people = Array.from({ length: 25 }, (_, i) => personNo(i + 100));
    const view = aReclaim({
      locale: 'sv',
      users: people,
      more: 20,
      groups: [
        {
          reason: 'inactive',
          candidates: people.map((p, i) => ({
            userId: p.id,
            skuId: `sku-${i % 3}`,
            product: ['Office 365 E3', 'Microsoft 365 E5', 'Power BI Pro'][i % 3] ?? '',
            lastActivity: '2026-05-01T08:00:00Z',
            daysInactive: 214,
          })),
        },
      ],
      consequences: people.map((p, i) => ({ userId: p.id, items: fullConsequences(i) })),
    });
    const card = buildCard(view);
    expectValidAdaptiveCard(card);
    expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
    expect(cardText(card)).toContain('…och 20 till');
    expectValidBlockKit(buildBlocks(view), new Set(['req-1']));
  });

  test('names are escaped on every channel', () => {
    const evil = personNo(1, { displayName: INJECTION_NAME });
    const view = aReclaim({
      locale: 'en',
      users: [evil],
      groups: [{ reason: 'disabled-account', candidates: [{ userId: evil.id, skuId: 'sku-e3', product: 'E3' }] }],
      notOffered: [],
    });
    expect(cardText(buildCard(view))).not.toContain('[x](http://evil)');
    expect(renderText(view)).toContain('[x] *Bo* [x](http://evil) — E3');
  });
});

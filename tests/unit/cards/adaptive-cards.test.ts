import { buildCard, MAX_REFRESH_USER_IDS } from '../../../cards/adaptive/build-card';
import type { AdaptiveCard, CardElement, ExecuteAction } from '../../../cards/adaptive/adaptive-card';
import { cardResponse, errorResponse } from '../../../cards/adaptive/invoke-response';
import { escapeMarkdown } from '../../../cards/adaptive/escape-markdown';
import { INPUTS, VERBS } from '../../../cards/views';
import {
  adaptiveCardProblems,
  cardText,
  cardBytes,
  expectValidAdaptiveCard,
  libraryEvents,
  MAX_CARD_BYTES,
} from '../../support/card-checks';
import {
  aClarify,
  aConfirmation,
  aLargeConfirmation,
  aManageConfirmation,
  anApproval,
  aProgress,
  aResult,
  aUserLicensesConfirmation,
  everyView,
} from './view-fixtures';

function elements(card: AdaptiveCard): CardElement[] {
  const out: CardElement[] = [];
  const visit = (els: CardElement[]): void => {
    for (const e of els) {
      out.push(e);
      if (e.type === 'Container') visit(e.items);
    }
  };
  visit(card.body);
  return out;
}

function actionsOf(card: AdaptiveCard): ExecuteAction[] {
  return elements(card).flatMap((e) =>
    e.type === 'ActionSet' ? e.actions.flatMap((a) => (a.type === 'Action.Execute' ? [a] : [])) : [],
  );
}

describe('every Adaptive Card', () => {
  for (const locale of ['sv', 'en'] as const) {
    it.each(everyView(locale).map((v, i) => [`${i} ${v.kind}`, v] as const))(
      `${locale}: %s is valid`,
      (_name, view) => {
        expectValidAdaptiveCard(buildCard(view));
      },
    );
  }
});

describe('confirmation card', () => {
  it('licenses-page: toggles for removable users, reasons for the rest, destructive Unassign and Cancel', () => {
    const card = buildCard(aConfirmation());
    const toggles = elements(card).filter((e) => e.type === 'Input.Toggle');
    expect(toggles.map((t) => [t.id, t.value])).toEqual([
      [INPUTS.userToggle('11111111-1111-1111-1111-111111111111'), 'true'],
      [INPUTS.userToggle('22222222-2222-2222-2222-222222222222'), 'true'],
    ]);
    expect(toggles[0]).toMatchObject({ title: 'Anna Lindberg (anna.lindberg@contoso.se) — Ekonomi' });
    const text = cardText(card);
    expect(text).toContain('Ta bort tilldelning av licenser');
    expect(text).toContain('Office 365 E3');
    expect(text).toContain('148 av 150 används, 2 lediga');
    expect(text).toContain(
      'Cilla Berg: tilldelad via gruppen Sälj: ta bort användaren från gruppen eller ändra gruppens licenser',
    );
    expect(text).toContain('Cilla Berg: kontot är inaktiverat');
    expect(text).toContain('frigör 2 av 150 licenser (148 → 146 används)');
    // The billing next step is said once, on the result, not on the confirmation.
    expect(text).not.toContain('Fakturering > Dina produkter');
    expect(actionsOf(card)).toEqual([
      {
        type: 'Action.Execute',
        verb: VERBS.confirm,
        title: 'Ta bort tilldelning',
        data: { requestId: 'req-1' },
        style: 'destructive',
      },
      {
        type: 'Action.Execute',
        verb: VERBS.cancel,
        title: 'Avbryt',
        data: { requestId: 'req-1' },
        associatedInputs: 'none',
      },
    ]);
    expect('actions' in card).toBe(false);
  });

  it('English wording', () => {
    const text = cardText(buildCard(aConfirmation({ locale: 'en' })));
    for (const s of ['Unassign licenses', 'Unassign', 'Cancel', 'frees 2 of 150 seats (148 → 146 in use)'])
      expect(text).toContain(s);
  });

  it('shows identical consequence lists once, under all the names', () => {
    const text = cardText(buildCard(aConfirmation()));
    expect(text).toContain('Anna Lindberg, Bo Ek');
    expect(text.match(/postlådan sparas i 30 dagar/g)).toHaveLength(1);
    expect(
      text.match(
        /Anna Lindberg, Bo Ek: förlorar postlådan \(tas bort efter 30 dagar\), OneDrive \(arkiveras efter 93 dagar\)\./g,
      ),
    ).toHaveLength(1);
  });

  it('shows the batch only when the request is split', () => {
    expect(cardText(buildCard(aConfirmation()))).not.toContain('Omgång');
    expect(cardText(buildCard(aConfirmation({ batch: { index: 1, count: 3 } })))).toContain('Omgång 1 av 3');
    expect(cardText(buildCard(aConfirmation({ locale: 'en', batch: { index: 1, count: 3 } })))).toContain(
      'Batch 1 of 3',
    );
  });

  it('needs-approval: a reason box and Send for approval instead of Unassign', () => {
    const card = buildCard(aConfirmation({ mode: 'needs-approval' }));
    const reason = elements(card).find((e) => e.type === 'Input.Text');
    expect(reason).toMatchObject({ id: INPUTS.reason, maxLength: 500 });
    expect(actionsOf(card).map((a) => [a.verb, a.title])).toEqual([
      [VERBS.sendForApproval, 'Skicka för godkännande'],
      [VERBS.cancel, 'Avbryt'],
    ]);
  });

  it('user-licenses: "Licenser och appar", asked licenses unchecked, group-only ones as text, Spara ändringar', () => {
    const card = buildCard(aUserLicensesConfirmation());
    const toggles = elements(card).filter((e) => e.type === 'Input.Toggle');
    expect(toggles.map((t) => [t.id, t.value])).toEqual([
      [INPUTS.skuToggle('6fd2c87f-b296-42f0-b197-1e91e994b900'), 'false'],
      [INPUTS.skuToggle('c5928f49-12ba-48f7-ada3-0d743a3601d5'), 'true'],
    ]);
    const text = cardText(card);
    expect(text).toContain('Licenser och appar');
    expect(text).toContain('Spara ändringar');
    expect(text).toContain('Microsoft 365 E5: tilldelad via gruppen Alla anställda');
    expect(actionsOf(card)[0]).toMatchObject({ verb: VERBS.confirm, title: 'Spara ändringar', style: 'destructive' });
    expect(cardText(buildCard(aUserLicensesConfirmation({ locale: 'en' })))).toContain('Licenses and apps');
  });

  it('manage-product-licenses: users, a checked "Ta bort tilldelning av alla", Spara ändringar and Avbryt; Klar follows on the result', () => {
    const card = buildCard(aManageConfirmation());
    const all = elements(card).find((e) => e.type === 'Input.Toggle' && e.id === INPUTS.unassignAll);
    expect(all).toMatchObject({ title: 'Ta bort tilldelning av alla', value: 'true' });
    const text = cardText(card);
    expect(text).toContain('Hantera produktlicenser');
    expect(actionsOf(card).map((a) => a.title)).toEqual(['Spara ändringar', 'Avbryt']);
    expect(cardText(buildCard(aResult()))).toContain('Klar');
    const en = cardText(buildCard(aManageConfirmation({ locale: 'en' })));
    for (const s of ['Manage product licenses', 'Unassign all', 'Save changes']) expect(en).toContain(s);
    expect(cardText(buildCard(aResult({ locale: 'en' })))).toContain('Done');
  });

  it(`keeps the largest card (20 users, full consequences, warnings, batch) under ${MAX_CARD_BYTES / 1024} KB`, () => {
    for (const locale of ['sv', 'en'] as const) {
      const card = buildCard(aLargeConfirmation(20, locale), {
        refreshUserIds: Array.from({ length: 60 }, (_, i) => `u${i}`),
      });
      expectValidAdaptiveCard(card);
      expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
      expect(elements(card).filter((e) => e.type === 'Input.Toggle')).toHaveLength(18);
    }
  });
});

describe('clarify cards', () => {
  it('lists candidates as expanded choices with id values, Continue and Cancel', () => {
    const card = buildCard(aClarify('ambiguous-person'));
    const choice = elements(card).find((e) => e.type === 'Input.ChoiceSet');
    expect(choice).toMatchObject({ id: INPUTS.choice, style: 'expanded' });
    expect(choice?.type === 'Input.ChoiceSet' && choice.choices.map((c) => c.value)).toEqual([
      '11111111-1111-1111-1111-111111111111',
      '44444444-4444-4444-4444-444444444444',
    ]);
    expect(actionsOf(card).map((a) => a.verb)).toEqual([VERBS.choosePerson, VERBS.cancel]);
  });

  it('products show full name and seats, chosen by skuId', () => {
    const card = buildCard(aClarify('ambiguous-product', 'en'));
    const choice = elements(card).find((e) => e.type === 'Input.ChoiceSet');
    expect(choice?.type === 'Input.ChoiceSet' && choice.choices[0]).toEqual({
      title: 'Office 365 E3 — 148 of 150 in use, 2 free',
      value: '6fd2c87f-b296-42f0-b197-1e91e994b900',
    });
    expect(actionsOf(card).map((a) => a.verb)).toEqual([VERBS.chooseProduct, VERBS.cancel]);
  });

  it('not found without suggestions gives an example and only Cancel', () => {
    const card = buildCard({ ...aClarify('person-not-found', 'sv', true), domain: 'fabrikam.se' });
    // The hint uses the tenant's default domain, not a made-up one.
    expect(cardText(card)).toContain('`ta bort E3 från anna@fabrikam.se`');
    expect(actionsOf(card).map((a) => a.verb)).toEqual([VERBS.cancel]);
  });
});

describe('progress, result and approval cards', () => {
  it('progress has no actions', () => {
    const card = buildCard(aProgress());
    expect(cardText(card)).toBe('Tar bort… 3 av 20');
    expect(actionsOf(card)).toEqual([]);
    expect(cardText(buildCard(aProgress({ operation: 'undo', locale: 'en' })))).toBe('Restoring… 3 of 20');
  });

  it('result: outcomes with reasons and Graph request-id, Undo until a date, next batch with its own request id', () => {
    const card = buildCard(aResult());
    const text = cardText(card);
    expect(text).toContain('misslyckades: Microsoft Graph begränsar antalet anrop');
    expect(text).toContain('request-id för Microsoft-supporten: a1b2c3d4-graph');
    expect(text).toContain('Kan ångras till kl. 14:05 (UTC) den 12 mars 2026.');
    expect(actionsOf(card).map((a) => [a.verb, a.title, a.data.requestId])).toEqual([
      [VERBS.undo, 'Ångra', 'req-1'],
      [VERBS.nextBatch, 'Nästa omgång (2 av 3)', 'req-1-b2'],
      [VERBS.done, 'Klar', 'req-1'],
    ]);
    expect(cardText(buildCard(aResult({ locale: 'en' })))).toContain('Next batch (2 of 3)');
  });

  it('restored: undo outcomes and no Undo', () => {
    const card = buildCard(
      aResult({
        state: 'restored',
        undoOutcomes: [
          { userId: '11111111-1111-1111-1111-111111111111', status: 'removed', products: ['Office 365 E3'] },
        ],
      }),
    );
    expect(cardText(card)).toContain('Office 365 E3 har återställts');
    expect(actionsOf(card).map((a) => a.verb)).not.toContain(VERBS.undo);
  });

  it('approval: pending has a comment box, Godkänn and Avvisa; decided says who and when', () => {
    const pending = buildCard(anApproval());
    expect(elements(pending).find((e) => e.type === 'Input.Text')).toMatchObject({ id: INPUTS.comment });
    expect(actionsOf(pending).map((a) => [a.verb, a.title])).toEqual([
      [VERBS.approve, 'Godkänn'],
      [VERBS.reject, 'Avvisa'],
    ]);
    expect(cardText(pending)).toContain('Begärd av Karin Chef');
    expect(cardText(pending)).toContain('Slutade 31 mars');
    const decided = buildCard(
      anApproval({ locale: 'en', status: 'approved', decidedBy: 'Maria Nilsson', decidedAt: '2026-03-12T14:05:00Z' }),
    );
    expect(actionsOf(decided)).toEqual([]);
    expect(cardText(decided)).toContain('Approved by Maria Nilsson at 14:05 (UTC), 12 Mar 2026');
  });
});

describe('refresh', () => {
  it('adds a refresh action with the request id and user ids', () => {
    const card = buildCard(aResult(), { refreshUserIds: ['a', 'b'] });
    expect(card.refresh).toEqual({
      action: { type: 'Action.Execute', verb: VERBS.refresh, data: { requestId: 'req-1' } },
      userIds: ['a', 'b'],
    });
    expectValidAdaptiveCard(card);
  });

  it(`throws a RangeError beyond ${MAX_REFRESH_USER_IDS} ids`, () => {
    expect(() => buildCard(aResult(), { refreshUserIds: Array.from({ length: 61 }, (_, i) => `u${i}`) })).toThrow(
      RangeError,
    );
  });

  it('leaves refresh out when no ids are given', () => {
    expect(buildCard(aResult(), { refreshUserIds: [] }).refresh).toBeUndefined();
  });
});

describe('markdown injection', () => {
  const evil = '*Bo* [x](http://evil)';

  it('escapes markdown control characters', () => {
    expect(escapeMarkdown(evil)).toBe('\\*Bo\\* \\[x\\]\\(http://evil\\)');
    expect(escapeMarkdown('1. Anna')).toBe('1\\. Anna');
    expect(escapeMarkdown('- Anna\nBo')).toBe('\\- Anna Bo');
    expect(escapeMarkdown('{{DATE(2020-01-01T00:00:00Z)}}')).not.toContain('{{');
  });

  it('never shows a raw user-provided name in a card', () => {
    const view = aConfirmation();
    const bo = { ...view.users[1]!, displayName: evil };
    const card = buildCard({ ...view, users: [view.users[0]!, bo, view.users[2]!] });
    const json = JSON.stringify(card);
    expect(json).not.toContain('[x](http://evil)');
    expect(cardText(card)).toContain('\\*Bo\\* \\[x\\]\\(http://evil\\)');
  });
});

describe('the checker itself', () => {
  it('catches what the library misses', () => {
    const bad = {
      type: 'AdaptiveCard',
      version: '1.4',
      $schema: 'x',
      body: [
        { type: 'TextBlock', text: '' },
        { type: 'Input.Toggle', id: 'a', title: 't' },
        { type: 'Input.Toggle', id: 'a', title: 't' },
        {
          type: 'ActionSet',
          actions: [{ type: 'Action.Execute', title: 'x', data: { requestId: 'r', userId: 'u', role: 'admin' } }],
        },
      ],
      actions: [{ type: 'Action.Execute', verb: VERBS.confirm, title: 'x', data: { requestId: 'r' } }],
      refresh: {
        action: { type: 'Action.Execute', verb: VERBS.refresh, data: { requestId: 'r' } },
        userIds: Array.from({ length: 61 }, String),
      },
    };
    const problems = adaptiveCardProblems(bad).join('\n');
    expect(problems).toMatch(/version is 1.4/);
    expect(problems).toMatch(/TextBlock without text/);
    expect(problems).toMatch(/duplicate input id a/);
    expect(problems).toMatch(/unknown verb undefined/);
    expect(problems).toMatch(/action data carries userId, role/);
    expect(problems).toMatch(/card-level actions/);
    expect(problems).toMatch(/refresh.userIds/);
    expect(libraryEvents({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Nope' }] }).join()).toMatch(
      /Unknown element type/,
    );
  });
});

describe('invoke responses', () => {
  it('wraps a card and an error the way Universal Actions expect', () => {
    const card = buildCard(aProgress());
    expect(cardResponse(card)).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: card,
    });
    expect(errorResponse(412, 'already-handled', 'Already handled')).toEqual({
      statusCode: 412,
      type: 'application/vnd.microsoft.error',
      value: { code: 'already-handled', message: 'Already handled' },
    });
  });
});

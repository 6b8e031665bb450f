import { candidateKey, VERBS } from '../../../cards/views';
import { buttonsOf, textOf } from '../../support/slack-requests';
import { type SlackHarness, settleAndCheckMessages, startSlackHarness, urlId } from './slack-harness';

// Reclaim over Slack's protocol: signed slash commands and block actions in, response_url posts out.
const AS_OF = new Date('2026-12-01T09:00:00Z');
const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';

function candidateBoxes(blocks: any[]): any[] {
  return blocks.filter((b) => b.type === 'input' && String(b.block_id).startsWith('candidates:')).map((b) => b.element);
}

describe('Slack: reclaim with /license', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness({ clock: { now: () => AS_OF } });
  });
  afterAll(async () => {
    await h.close();
  });
  afterEach(() => settleAndCheckMessages(h));

  test('Swedish: "hitta oanvända licenser" lists every reason as pre-checked boxes', async () => {
    const { answer } = await h.command('UMARIASV', 'hitta oanvända licenser');
    const text = textOf(answer.args);
    expect(text).toContain('Licenser som kan frigöras');
    expect(text).toContain('Inaktiverade konton som har kvar licenser (2)');
    expect(text).toContain('Ingen inloggning på 90 dagar (5)');
    expect(text).toContain('Täcks av en annan licens (1)');
    expect(text).toContain('Hittade, men erbjuds inte här');
    expect(text).toContain('Priser är inte konfigurerade');
    const boxes = candidateBoxes(answer.args.blocks);
    expect(boxes.flatMap((b) => b.options)).toHaveLength(8);
    expect(boxes.every((b) => b.initial_options.length === b.options.length)).toBe(true);
  });

  test('English: Unassign with a box cleared removes the others, result with Undo', async () => {
    const { answer } = await h.command('UMARIA', 'find unused licenses');
    const lina = candidateKey(h.t.userId('lina.ekstrom@contoso.se'), E3);
    const values = candidateBoxes(answer.args.blocks).flatMap((b) => b.options.map((o: any) => o.value));
    expect(values).toContain(lina);
    const unassign = buttonsOf(answer.args.blocks).find((b) => b.action_id === VERBS.confirm);
    expect(unassign).toMatchObject({ style: 'danger', text: { text: 'Unassign' } });
    const click = await h.click('UMARIA', answer.args, { ephemeral: true }, VERBS.confirm, { uncheck: [lina] });
    expect(click.http.status).toBe(200);
    await h.fake.waitFor((c) => c.responseUrlId === urlId(click.responseUrl) && /Undo/.test(textOf(c.args)));
    expect(h.t.holds('lars.gustafsson@contoso.se', E3)).toBe(false);
    expect(h.t.holds('tobias.strand@contoso.se', E3)).toBe(false);
    expect(h.t.holds('lina.ekstrom@contoso.se', E3)).toBe(true);
  });
});

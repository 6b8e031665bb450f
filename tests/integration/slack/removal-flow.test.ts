import { VERBS } from '../../../cards/views';
import { aDirectMessage, buttonsOf, textOf } from '../../support/slack-requests';
import { type SlackHarness, settleAndCheckMessages, startSlackHarness, urlId } from './slack-harness';

const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';

function userCheckboxes(blocks: any[]): any[] {
  return blocks.filter((b) => b.type === 'input' && String(b.block_id).startsWith('users:')).map((b) => b.element);
}

describe('Slack: remove licenses with /license', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => {
    await h.close();
  });
  afterEach(() => settleAndCheckMessages(h));

  test('English: ephemeral confirmation, Unassign, progress, result with Undo, then Undo', async () => {
    const anna = h.t.userId('anna.lindberg@contoso.se');
    const bo = h.t.userId('bo.ek@contoso.se');
    const { http, answer } = await h.command('UMARIA', 'remove E3 from Anna Lindberg and Bo');
    expect(http).toEqual({ status: 200, text: '' });
    expect(answer.args.response_type).toBe('ephemeral');
    expect(answer.args.replace_original).toBe(false);
    expect(textOf(answer.args)).toContain('Unassign licenses');
    expect(textOf(answer.args)).toContain('Office 365 E3');
    const [boxes] = userCheckboxes(answer.args.blocks);
    expect(boxes.options.map((o: any) => o.value).sort()).toEqual([anna, bo].sort());
    expect(boxes.initial_options).toEqual(boxes.options);
    const unassign = buttonsOf(answer.args.blocks).find((b) => b.action_id === VERBS.confirm);
    expect(unassign).toMatchObject({ style: 'danger', text: { text: 'Unassign' } });
    expect(unassign.confirm.title.text).toBeTruthy();
    expect(unassign.value).toMatch(/^[0-9a-f-]{36}$/);

    const click = await h.click('UMARIA', answer.args, { ephemeral: true }, VERBS.confirm);
    expect(click.http.status).toBe(200);
    const result = await h.fake.waitFor(
      (c) => c.responseUrlId === urlId(click.responseUrl) && /Undo/.test(textOf(c.args)),
    );
    const posts = h.responses(click.responseUrl);
    expect(posts.length).toBeLessThanOrEqual(5);
    expect(posts.every((p) => p.args.replace_original === true && p.accepted)).toBe(true);
    expect(textOf(posts[0]?.args)).toMatch(/Removing/);
    expect(textOf(result.args)).toMatch(/30 days/);
    expect(h.t.holds('anna.lindberg@contoso.se', E3)).toBe(false);
    expect(h.t.holds('bo.ek@contoso.se', E3)).toBe(false);

    const undo = await h.click('UMARIA', result.args, { ephemeral: true }, VERBS.undo);
    await h.fake.waitFor((c) => c.responseUrlId === urlId(undo.responseUrl) && /restored/i.test(textOf(c.args)));
    expect(h.t.holds('anna.lindberg@contoso.se', E3)).toBe(true);
    expect(h.t.holds('bo.ek@contoso.se', E3)).toBe(true);
  });

  test('a replayed or double click after completion is "already handled", not an error', async () => {
    const { answer } = await h.command('UMARIA', 'remove E3 from Lars Gustafsson');
    const click = await h.click('UMARIA', answer.args, { ephemeral: true }, VERBS.confirm);
    await h.fake.waitFor((c) => c.responseUrlId === urlId(click.responseUrl) && /Undo/.test(textOf(c.args)));
    expect(h.t.holds('lars.gustafsson@contoso.se', E3)).toBe(false);
    const calls = h.t.app.simulator?.stats().assignLicenseCalls;
    // The same click again (Slack sends no blocks for an ephemeral message; the boxes' state is there).
    const replay = await h.click('UMARIA', answer.args, { ephemeral: true }, VERBS.confirm);
    const late = await h.fake.waitFor((c) => c.responseUrlId === urlId(replay.responseUrl));
    expect(textOf(late.args)).toMatch(/already/i);
    expect(textOf(late.args)).not.toMatch(/Something went wrong/i);
    expect(h.t.app.simulator?.stats().assignLicenseCalls).toBe(calls);
  });

  test('an unchecked user keeps the license (options of an ephemeral message are known)', async () => {
    const bo = h.t.userId('bo.ek@contoso.se');
    const { answer } = await h.command('UMARIA', 'remove E3 from Anna Lindberg and Bo');
    const click = await h.click('UMARIA', answer.args, { ephemeral: true }, VERBS.confirm, { uncheck: [bo] });
    const result = await h.fake.waitFor(
      (c) => c.responseUrlId === urlId(click.responseUrl) && /Undo/.test(textOf(c.args)),
    );
    expect(h.t.holds('anna.lindberg@contoso.se', E3)).toBe(false);
    expect(h.t.holds('bo.ek@contoso.se', E3)).toBe(true);
    const undo = await h.click('UMARIA', result.args, { ephemeral: true }, VERBS.undo);
    await h.fake.waitFor((c) => c.responseUrlId === urlId(undo.responseUrl) && /restored/i.test(textOf(c.args)));
    expect(h.t.holds('anna.lindberg@contoso.se', E3)).toBe(true);
  });

  test('Swedish: the confirmation mirrors "Ta bort tilldelning av licenser"; Avbryt cancels', async () => {
    const { answer } = await h.command('UMARIASV', 'ta bort E3 från Anna Lindberg och Bo');
    expect(textOf(answer.args)).toContain('Ta bort tilldelning av licenser');
    expect(textOf(answer.args)).toContain('Avbryt');
    const cancel = await h.click('UMARIASV', answer.args, { ephemeral: true }, VERBS.cancel);
    const reply = await h.fake.waitFor((c) => c.responseUrlId === urlId(cancel.responseUrl));
    expect(reply.args.replace_original).toBe(true);
    expect(textOf(reply.args)).toMatch(/avbr/i);
    expect(h.t.holds('bo.ek@contoso.se', E3)).toBe(true);
  });

  test('Swedish text from an English-locale user is answered in Swedish', async () => {
    const { answer } = await h.command('UMARIA', 'ta bort E3 från Bo');
    // One user: the "Licenser och appar" pane, the asked license unchecked.
    expect(textOf(answer.args)).toContain('Licenser och appar');
    expect(textOf(answer.args)).toContain('Spara ändringar');
    await h.click('UMARIA', answer.args, { ephemeral: true }, VERBS.cancel);
  });

  test('a direct message: answered in the DM, then updated in place (chat.update) through the removal and Undo', async () => {
    const res = await h.send(aDirectMessage({ userId: 'UMARIA', text: 'remove E3 from Bo', channel: 'DMARIA' }));
    expect(res).toEqual({ status: 200, text: '' });
    const posted = await h.fake.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'DMARIA');
    expect(textOf(posted.args)).toContain('Licenses and apps');
    const skus = posted.args.blocks.find((b: any) => b.block_id === 'skus:0').element;
    expect(skus.options.map((o: any) => o.value)).toEqual([E3]);
    expect(skus.initial_options).toBeUndefined();
    const where = { ephemeral: false as const, channelId: 'DMARIA', ts: posted.result.ts, blocks: posted.args.blocks };
    const click = await h.click('UMARIA', posted.args, where, VERBS.confirm);
    expect(click.http.status).toBe(200);
    const result = await h.fake.waitFor((c) => c.method === 'chat.update' && /Undo/.test(textOf(c.args)));
    expect(result.args).toMatchObject({ channel: 'DMARIA', ts: posted.result.ts });
    expect(h.fake.of('chat.update').some((c) => /Removing/.test(textOf(c.args)))).toBe(true);
    expect(h.responses(click.responseUrl)).toEqual([]);
    expect(h.t.holds('bo.ek@contoso.se', E3)).toBe(false);

    await h.click('UMARIA', result.args, { ...where, blocks: result.args.blocks }, VERBS.undo);
    await h.fake.waitFor((c) => c.method === 'chat.update' && /restored/i.test(textOf(c.args)));
    expect(h.t.holds('bo.ek@contoso.se', E3)).toBe(true);
  });

  test('a DM keeps a box checked when the user leaves it so: nothing to remove', async () => {
    await h.send(aDirectMessage({ userId: 'UMARIA', text: 'remove E3 from Bo', channel: 'DMARIA' }));
    const posted = await h.fake.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'DMARIA');
    const where = { ephemeral: false as const, channelId: 'DMARIA', ts: posted.result.ts, blocks: posted.args.blocks };
    // Ticking E3 on "Licenses and apps" means "keep it".
    await h.click('UMARIA', posted.args, where, VERBS.confirm, { check: [E3] });
    const reply = await h.fake.waitFor((c) => c.method === 'chat.update');
    expect(textOf(reply.args)).toMatch(/nothing|select/i);
    expect(h.t.holds('bo.ek@contoso.se', E3)).toBe(true);
  });
});

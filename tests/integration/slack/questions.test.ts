import { VERBS } from '../../../cards/views';
import { aDirectMessage, anAppMention, textOf } from '../../support/slack-requests';
import { type SlackHarness, settleAndCheckMessages, startSlackHarness, urlId } from './slack-harness';

describe('Slack: help, questions, clarifications and identity', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => {
    await h.close();
  });
  afterEach(() => settleAndCheckMessages(h));

  test.each([
    ['UMARIA', 'help', /Tell me what to do/],
    ['UMARIA', '', /Tell me what to do/],
    ['UMARIASV', 'hjälp', /Prova/],
    ['UMARIASV', '', /Prova/],
  ])('%s /license "%s" gets the help', async (user, text, expected) => {
    const { answer } = await h.command(user, text);
    expect(answer.args.response_type).toBe('ephemeral');
    expect(textOf(answer.args)).toMatch(expected);
  });

  test.each([
    ['which licenses does Anna Lindberg have', /Power BI Pro/],
    ['vilka licenser har Anna Lindberg', /Power BI Pro/],
    ['who has Office 365 E3', /Bo Ek/],
    ['vem har Office 365 E3', /Bo Ek/],
    ['how many Office 365 E3 are free', /6 free/],
    ['hur många Office 365 E3 är lediga', /6 lediga/],
  ])('read-only question "%s"', async (text, expected) => {
    const { answer } = await h.command('UMARIA', text);
    expect(textOf(answer.args)).toMatch(expected);
    // Questions change nothing and offer no removal buttons.
    expect(textOf(answer.args)).not.toContain(VERBS.confirm);
  });

  test('a clarification: "remove E3 from Anna" offers both Annas; choosing Anna Lindberg continues to the confirmation', async () => {
    const lindberg = h.t.userId('anna.lindberg@contoso.se');
    const { answer } = await h.command('UMARIA', 'remove E3 from Anna');
    expect(textOf(answer.args)).toContain('Anna Lindberg');
    expect(textOf(answer.args)).toContain('Anna Berg');
    const click = await h.click('UMARIA', answer.args, { ephemeral: true }, VERBS.choosePerson, { choice: lindberg });
    const next = await h.fake.waitFor((c) => c.responseUrlId === urlId(click.responseUrl));
    expect(next.args.replace_original).toBe(true);
    expect(textOf(next.args)).toContain('Licenses and apps');
    expect(textOf(next.args)).toContain('anna.lindberg@contoso.se');
    expect(textOf(next.args)).not.toContain('anna.berg@contoso.se');
    await h.click('UMARIA', next.args, { ephemeral: true }, VERBS.cancel);
  });

  test('Swedish clarification: "ta bort E3 från Anna"', async () => {
    const { answer } = await h.command('UMARIASV', 'ta bort E3 från Anna');
    expect(textOf(answer.args)).toMatch(/Välj|Vilken|Vem/);
    await h.click('UMARIASV', answer.args, { ephemeral: true }, VERBS.cancel);
  });

  test("a <@U…> mention is resolved by the mentioned user's email, so no clarification is needed", async () => {
    await h.send(aDirectMessage({ userId: 'UMARIA', text: 'remove E3 from <@UANNA>', channel: 'DMARIA' }));
    const posted = await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    expect(textOf(posted.args)).toContain('Licenses and apps');
    expect(textOf(posted.args)).toContain('anna.lindberg@contoso.se');
    expect(h.fake.of('users.info').map((c) => c.args.user)).toEqual(expect.arrayContaining(['UANNA']));
  });

  test("an app mention in a channel is answered ephemerally to its author, without the bot's own mention", async () => {
    const res = await h.send(
      anAppMention({ userId: 'UMARIA', text: '<@UBOT> who has Office 365 E3', channel: 'C_IT' }),
    );
    expect(res.status).toBe(200);
    const eph = await h.fake.waitFor((c) => c.method === 'chat.postEphemeral');
    expect(eph.args).toMatchObject({ channel: 'C_IT', user: 'UMARIA' });
    expect(textOf(eph.args)).toContain('Bo Ek');
    expect(h.fake.of('chat.postMessage')).toEqual([]);
  });

  test('the bot ignores its own messages and message subtypes in the DM', async () => {
    await h.send(aDirectMessage({ userId: 'UBOT', text: 'remove E3 from Bo', botId: 'BBOT' }));
    await h.send(aDirectMessage({ userId: 'UMARIA', text: 'remove E3 from Bo', subtype: 'message_changed' }));
    await h.send(aDirectMessage({ userId: 'UMARIA', text: 'help', channel: 'DMARIA' }));
    const posted = await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    expect(textOf(posted.args)).toMatch(/Tell me what to do/);
    await h.t.app.jobs.drain();
    expect(h.fake.of('chat.postMessage')).toHaveLength(1);
  });

  test('a redelivered event is answered once', async () => {
    const body = aDirectMessage({ userId: 'UMARIA', text: 'help', channel: 'DMARIA', eventId: 'Ev-once' });
    await h.send(body);
    await h.send(body);
    await h.t.app.jobs.drain();
    expect(h.fake.of('chat.postMessage')).toHaveLength(1);
  });

  test('a Slack user whose email is not in the directory is told they were not found', async () => {
    const { answer } = await h.command('UNOBODY', 'remove E3 from Bo');
    expect(textOf(answer.args)).toMatch(/No Microsoft 365 user in this tenant has the email someone@else\.example/);
    // The directory was asked for exactly that address; nothing was planned.
    expect(h.t.app.simulator?.state.users.some((u) => u.mail === 'someone@else.example')).toBe(false);
  });

  test('a Slack user without a profile email (no users:read.email) is refused the same way', async () => {
    const { answer } = await h.command('UNOEMAIL', 'hjälp');
    expect(textOf(answer.args)).toMatch(/hittade inte ditt konto/);
  });

  test('an unknown Slack user id is refused', async () => {
    const { answer } = await h.command('UGHOST', 'help');
    expect(textOf(answer.args)).toMatch(/could not find your account/);
  });

  test('talking to the bot stores where to reach the user (slack:<entraId> → Slack user and DM)', async () => {
    await h.send(aDirectMessage({ userId: 'UERIK', text: 'help', channel: 'DERIK' }));
    await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    await h.t.app.jobs.drain();
    const erik = h.t.userId('erik.sjoberg@contoso.se');
    const record = await h.t.app.conversations.read(h.t.app.tenantId, `slack:${erik}`);
    expect(record).toMatchObject({
      channel: 'slack',
      userId: erik,
      reference: { slackUserId: 'UERIK', dmChannelId: 'DERIK' },
    });
    // A later slash command (no DM channel in it) keeps the known DM.
    await h.command('UERIK', 'help');
    await h.t.app.jobs.drain();
    const again = await h.t.app.conversations.read(h.t.app.tenantId, `slack:${erik}`);
    expect(again?.reference).toEqual({ slackUserId: 'UERIK', dmChannelId: 'DERIK' });
  });
});

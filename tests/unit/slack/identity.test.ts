import type { User } from '@microsoft/microsoft-graph-types';
import { SlackDirectory, slackLocale } from '../../../bot/slack/slack-directory';
import { mentionsIn, unescapeSlack, withoutMentionOf } from '../../../bot/slack/slack-text';
import { FakeSlackPort } from './fake-slack-port';

const people: User[] = [
  {
    id: 'entra-maria',
    displayName: 'Maria Nilsson',
    mail: 'maria.nilsson@contoso.se',
    userPrincipalName: 'maria.nilsson@contoso.se',
  },
  { id: 'entra-anna', displayName: 'Anna Lindberg', mail: null, userPrincipalName: 'anna.lindberg@contoso.se' },
];

function graph() {
  const asked: string[][] = [];
  return {
    asked,
    findUsersByAddress: (addresses: string[]) => {
      asked.push(addresses);
      const wanted = addresses.map((a) => a.toLowerCase());
      return Promise.resolve(
        people.filter(
          (p) =>
            wanted.includes(p.mail?.toLowerCase() ?? '') || wanted.includes(p.userPrincipalName?.toLowerCase() ?? ''),
        ),
      );
    },
  };
}

const slackUsers = {
  UMARIA: { email: 'Maria.Nilsson@contoso.se', locale: 'sv-SE', name: 'Maria' },
  UANNA: { email: 'anna.lindberg@contoso.se', locale: 'en-US' },
  UOTHER: { email: 'someone@else.example' },
  UNOMAIL: { name: 'No Mail' },
  UBOTUSER: { email: 'bot@contoso.se', isBot: true },
};

describe('Slack user → Entra user by profile email', () => {
  test('matches mail or userPrincipalName, case-insensitively; Swedish locale is kept', async () => {
    const g = graph();
    const dir = new SlackDirectory(new FakeSlackPort(slackUsers), g);
    await expect(dir.identify('UMARIA')).resolves.toEqual({
      slackUserId: 'UMARIA',
      email: 'Maria.Nilsson@contoso.se',
      entraUserId: 'entra-maria',
      displayName: 'Maria Nilsson',
      locale: 'sv',
    });
    await expect(dir.identify('UANNA')).resolves.toMatchObject({ entraUserId: 'entra-anna', locale: undefined });
  });

  test('no match, no email, a bot or an unknown Slack user: no Entra id, and the email looked for', async () => {
    const g = graph();
    const dir = new SlackDirectory(new FakeSlackPort(slackUsers), g);
    await expect(dir.identify('UOTHER')).resolves.toMatchObject({
      entraUserId: undefined,
      email: 'someone@else.example',
    });
    await expect(dir.identify('UNOMAIL')).resolves.toMatchObject({ entraUserId: undefined, email: undefined });
    await expect(dir.identify('UBOTUSER')).resolves.toMatchObject({ entraUserId: undefined });
    await expect(dir.identify('UGHOST')).resolves.toMatchObject({ entraUserId: undefined, displayName: 'UGHOST' });
    // Without an email the directory is not asked at all.
    expect(g.asked).toEqual([['someone@else.example']]);
  });

  test('cached per Slack user for the TTL; concurrent lookups share one call', async () => {
    let now = 0;
    const port = new FakeSlackPort(slackUsers);
    const dir = new SlackDirectory(port, graph(), { ttlMs: 1000, now: () => now });
    await Promise.all([dir.identify('UMARIA'), dir.identify('UMARIA')]);
    now = 999;
    await dir.identify('UMARIA');
    expect(port.methods()).toEqual(['userInfo']);
    now = 1000;
    await dir.identify('UMARIA');
    expect(port.methods()).toEqual(['userInfo', 'userInfo']);
  });

  test('a failed lookup is not cached', async () => {
    const port = new FakeSlackPort(slackUsers);
    const dir = new SlackDirectory(port, graph());
    const real = port.userInfo.bind(port);
    port.userInfo = () => Promise.reject(new Error('slack down'));
    await expect(dir.identify('UMARIA')).rejects.toThrow('slack down');
    port.userInfo = real;
    await expect(dir.identify('UMARIA')).resolves.toMatchObject({ entraUserId: 'entra-maria' });
  });

  test('the cache is bounded: the oldest identity goes first', async () => {
    const port = new FakeSlackPort(slackUsers);
    const dir = new SlackDirectory(port, graph(), { maxEntries: 2 });
    await dir.identify('UMARIA');
    await dir.identify('UANNA');
    await dir.identify('UOTHER');
    expect(dir.cachedLocale('UMARIA')).toBeUndefined();
    await dir.identify('UMARIA');
    expect(port.methods().filter((m) => m === 'userInfo')).toHaveLength(4);
    expect(dir.cachedLocale('UMARIA')).toBe('sv');
  });

  test("mentions: resolved ones become the core's mentions with the exact placeholder; others are left", async () => {
    const dir = new SlackDirectory(new FakeSlackPort(slackUsers), graph());
    const text = 'remove E3 from <@UANNA|anna>, <@UOTHER> and <@UANNA|anna> <@UBOT>';
    await expect(dir.mentions(text, 'UBOT')).resolves.toEqual([
      { placeholder: '<@UANNA|anna>', userId: 'entra-anna', displayName: 'Anna Lindberg' },
    ]);
  });

  test('slackLocale: Swedish variants only', () => {
    expect(slackLocale('sv-SE')).toBe('sv');
    expect(slackLocale('sv-FI')).toBe('sv');
    expect(slackLocale('en-GB')).toBeUndefined();
    expect(slackLocale(undefined)).toBeUndefined();
  });
});

describe('Slack message text', () => {
  test('mentions in order, each placeholder once; channels and links are not people', () => {
    expect(mentionsIn('<@U1> <#C1|general> <@W2|bo> <mailto:a@b.se|a@b.se> <@U1>')).toEqual([
      { placeholder: '<@U1>', slackUserId: 'U1' },
      { placeholder: '<@W2|bo>', slackUserId: 'W2' },
    ]);
  });

  test("the bot's own mention is dropped, others stay", () => {
    expect(withoutMentionOf('<@UBOT> remove E3 from <@U1>', 'UBOT')).toBe('remove E3 from <@U1>');
    expect(withoutMentionOf('<@UBOT|license-desk> help', 'UBOT')).toBe('help');
    expect(withoutMentionOf('<@UBOT> help', undefined)).toBe('<@UBOT> help');
  });

  test("Slack's escaping of & < > is undone", () => {
    expect(unescapeSlack('Sales &amp; Marketing &lt;x&gt; &amp;lt;')).toBe('Sales & Marketing <x> &lt;');
  });
});

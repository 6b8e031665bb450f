import { aSlashCommand, nowSeconds, postSlack, type SlackBody } from '../../support/slack-requests';
import { SECRET, type SlackHarness, startSlackHarness } from '../slack/slack-harness';

const json = (body: string): SlackBody => ({ contentType: 'application/json', body });
const form = (fields: Record<string, string>): SlackBody => ({
  contentType: 'application/x-www-form-urlencoded',
  body: new URLSearchParams(fields).toString(),
});

describe('Slack: correctly signed but hostile bodies are refused before Bolt, and the process stays up', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  const healthy = async () => expect((await fetch(`${h.t.app.url}/healthz`)).status).toBe(200);

  test.each([
    ['JSON null', json('null')],
    ['form payload=null', form({ payload: 'null' })],
    ['a JSON array', json('[1,2]')],
    ['a JSON string', json('"ssl_check"')],
    ['a JSON number', json('42')],
    ['form payload that is not JSON', form({ payload: '{nope' })],
    ['a JSON body that does not parse', json('{"type":')],
    [
      'block_actions whose actions is not an array',
      form({
        payload: JSON.stringify({
          type: 'block_actions',
          actions: { 0: 'x' },
          team: { id: 'T_TEST' },
          user: { id: 'UMARIA' },
        }),
      }),
    ],
    [
      'block_actions whose actions are not objects',
      form({
        payload: JSON.stringify({
          type: 'block_actions',
          actions: [null],
          team: { id: 'T_TEST' },
          user: { id: 'UMARIA' },
        }),
      }),
    ],
    [
      'a team id that is not a string',
      json(JSON.stringify({ type: 'event_callback', team_id: { toString: 1 }, event: { type: 'message' } })),
    ],
    [
      'a team that is not an object',
      form({
        payload: JSON.stringify({ type: 'block_actions', actions: [], team: 'toString', user: { id: 'UMARIA' } }),
      }),
    ],
    [
      'block_actions whose channel is null',
      form({
        payload: JSON.stringify({
          type: 'block_actions',
          channel: null,
          actions: [{ type: 'button', action_id: 'a' }],
          team: { id: 'T_TEST' },
          user: { id: 'UMARIA' },
        }),
      }),
    ],
    [
      'an event whose user is null',
      json(JSON.stringify({ type: 'event_callback', team_id: 'T_TEST', event: { type: 'message', user: null } })),
    ],
    [
      'an event whose channel is null',
      json(JSON.stringify({ type: 'event_callback', team_id: 'T_TEST', event: { type: 'message', channel: null } })),
    ],
    [
      'an event that is not an object',
      json(JSON.stringify({ type: 'event_callback', team_id: 'T_TEST', event: 'toString' })),
    ],
  ])('%s: 400, and Teams, Slack and /healthz keep answering', async (_what, body) => {
    const res = await postSlack(h.t.app.url, body, { secret: SECRET });
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/at .+\.(js|ts):\d+|node_modules|\/work\//);
    await healthy();
    const ok = await h.send(aSlashCommand({ userId: 'UMARIA', text: 'help', responseUrl: h.fake.responseUrl() }));
    expect(ok.status).toBe(200);
  });

  test.each([
    ['toString', 'toString'],
    ['constructor', 'constructor'],
    ['__proto__', '__proto__'],
  ])('a team id named like an Object.prototype member (%s) is not a 5xx', async (_what, teamId) => {
    const body = form({
      payload: JSON.stringify({
        type: 'block_actions',
        team: { id: teamId },
        user: { id: 'UMARIA', team_id: teamId },
        actions: [{ type: 'button', action_id: 'nothing', value: 'x', block_id: 'b', action_ts: '1' }],
        response_url: h.fake.responseUrl(),
      }),
    });
    const res = await postSlack(h.t.app.url, body, { secret: SECRET });
    expect(res.status).toBeLessThan(500);
    await healthy();
  });

  test('an unsigned null body is a 401 (authenticity is checked first), not a crash', async () => {
    const res = await postSlack(h.t.app.url, json('null'), { secret: 'wrong' });
    expect(res.status).toBe(401);
    await healthy();
  });

  test.each([
    ['6 minutes ahead', 6 * 60],
    ['an hour ahead', 3600],
    ['6 minutes old', -6 * 60],
  ])('a correctly signed request timestamped %s is refused with 401', async (_what, offset) => {
    const body = aSlashCommand({ userId: 'UMARIA', text: 'help', responseUrl: h.fake.responseUrl() });
    const res = await postSlack(h.t.app.url, body, { secret: SECRET, timestamp: nowSeconds() + offset });
    expect(res.status).toBe(401);
  });

  test('within the window (4 minutes either way) a signed request is accepted', async () => {
    for (const offset of [-4 * 60, 4 * 60]) {
      const body = aSlashCommand({ userId: 'UMARIA', text: 'help', responseUrl: h.fake.responseUrl() });
      const res = await postSlack(h.t.app.url, body, { secret: SECRET, timestamp: nowSeconds() + offset });
      expect(res.status).toBe(200);
    }
  });

  test('a timestamp that is not a plain number is refused with 401', async () => {
    const body = aSlashCommand({ userId: 'UMARIA', text: 'help', responseUrl: h.fake.responseUrl() });
    const res = await postSlack(h.t.app.url, body, {
      secret: SECRET,
      headers: { 'x-slack-request-timestamp': `${nowSeconds()}e0` },
    });
    expect(res.status).toBe(401);
  });
});

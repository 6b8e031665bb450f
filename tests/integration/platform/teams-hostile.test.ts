import { createHmac, createSign, generateKeyPairSync } from 'node:crypto';
import { anActionInvoke, aTeamsMessage } from '../../support/teams-activities';
import { startTestApp, type TestApp } from '../../support/test-app';

const APP_ID = 'b0b0b0b0-0000-4000-8000-000000000002';
const PASSWORD = 'the-app-password';

const b64url = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = publicKey.export({ format: 'jwk' });

function rs256(header: Record<string, unknown>, claims: Record<string, unknown>): string {
  const input = `${b64url({ alg: 'RS256', typ: 'JWT', ...header })}.${b64url(claims)}`;
  return `${input}.${createSign('RSA-SHA256').update(input).sign(privateKey).toString('base64url')}`;
}
function hs256(claims: Record<string, unknown>): string {
  const input = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(claims)}`;
  return `${input}.${createHmac('sha256', PASSWORD).update(input).digest('base64url')}`;
}

const now = () => Math.floor(Date.now() / 1000);
const claims = (o: Record<string, unknown> = {}) => ({
  iss: 'https://api.botframework.com',
  aud: APP_ID,
  serviceurl: 'http://127.0.0.1:9/',
  nbf: now() - 60,
  exp: now() + 3600,
  ...o,
});

describe('Teams with auth on: every token that cannot be verified is a 401, never a 5xx', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD, MicrosoftAppType: 'MultiTenant' },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  const tokens: [string, string][] = [
    ['alg none', `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims())}.`],
    ['HS256 signed with the app password', hs256(claims())],
    ['a foreign RSA key', rs256({ kid: 'foreign' }, claims())],
    ['a jku header', rs256({ kid: 'k', jku: 'http://127.0.0.1:9/keys' }, claims())],
    ['an x5u header', rs256({ kid: 'k', x5u: 'http://127.0.0.1:9/cert' }, claims())],
    ['an embedded jwk', rs256({ kid: 'k', jwk }, claims())],
    ['an expired token', rs256({ kid: 'foreign' }, claims({ exp: now() - 3600, nbf: now() - 7200 }))],
    ['a wrong audience', rs256({ kid: 'foreign' }, claims({ aud: 'someone-else' }))],
    [
      'an emulator issuer',
      rs256({ kid: 'foreign' }, claims({ iss: 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/' })),
    ],
    ['garbage', 'not.a.jwt'],
  ];

  test.each(tokens)(
    '%s: 401 (the signing keys cannot be fetched offline, and that is no 500)',
    async (_what, token) => {
      const user = t.teamsUser('maria.nilsson@contoso.se');
      const res = await t.post(aTeamsMessage({ serviceUrl: t.connector.url, from: user, text: 'help' }), {
        authorization: `Bearer ${token}`,
      });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: 'unauthorized' });
    },
  );

  test('no token, or a non-Bearer scheme: 401', async () => {
    const activity = aTeamsMessage({
      serviceUrl: t.connector.url,
      from: t.teamsUser('maria.nilsson@contoso.se'),
      text: 'help',
    });
    expect((await t.post(activity)).status).toBe(401);
    expect((await t.post(activity, { authorization: `Basic ${b64url('a:b')}` })).status).toBe(401);
  });

  test('nothing reached the connector, and /healthz is fine', async () => {
    expect(t.connector.calls).toEqual([]);
    expect((await fetch(`${t.app.url}/healthz`)).status).toBe(200);
  });
});

describe('Teams: malformed but parseable activities get 400 naming the problem', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const invoke = () =>
    anActionInvoke({
      serviceUrl: t.connector.url,
      from: t.teamsUser('maria.nilsson@contoso.se'),
      verb: 'confirm',
      data: { requestId: 'r' },
      replyToId: 'a1',
    }) as Record<string, any>;
  const message = () =>
    aTeamsMessage({
      serviceUrl: t.connector.url,
      from: t.teamsUser('maria.nilsson@contoso.se'),
      text: 'help',
    }) as Record<string, any>;
  const without = (o: Record<string, any>, key: string) => {
    const copy = { ...o };
    delete copy[key];
    return copy;
  };

  test.each<[string, () => unknown, RegExp]>([
    ['an invoke without from', () => without(invoke(), 'from'), /from/],
    ['an invoke without conversation', () => without(invoke(), 'conversation'), /conversation/],
    ['an invoke without value', () => without(invoke(), 'value'), /value/],
    ['an invoke without action', () => ({ ...invoke(), value: { trigger: 'manual' } }), /action/],
    [
      'an invoke whose action has no verb',
      () => ({ ...invoke(), value: { action: { type: 'Action.Execute' } } }),
      /verb/,
    ],
    [
      'an invoke whose verb is not a string',
      () => ({ ...invoke(), value: { action: { type: 'Action.Execute', verb: 7 } } }),
      /verb/,
    ],
    [
      'an invoke whose data is an array',
      () => ({ ...invoke(), value: { action: { type: 'Action.Execute', verb: 'confirm', data: [] } } }),
      /data/,
    ],
    ['an invoke of another kind', () => ({ ...invoke(), name: 'composeExtension/query' }), /unsupported invoke/],
    ['a message whose from is a string', () => ({ ...message(), from: 'maria' }), /from/],
    ['a message whose conversation id is a number', () => ({ ...message(), conversation: { id: 7 } }), /conversation/],
    ['a message without serviceUrl', () => without(message(), 'serviceUrl'), /serviceUrl/],
    ['a message whose text is an object', () => ({ ...message(), text: { toString: 'x' } }), /text/],
    ['a message whose entities is not an array', () => ({ ...message(), entities: 'x' }), /entities/],
    ['a JSON array', () => [message()], /activity/],
    ['JSON null', () => null, /activity/],
  ])('%s', async (_what, body, problem) => {
    const res = await t.post(body());
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(problem);
    expect(JSON.stringify(res.body)).not.toMatch(/node_modules|\/work\/|at .+:\d+:\d+/);
  });

  test('nothing reached the connector, and /healthz is fine', async () => {
    expect(t.connector.calls).toEqual([]);
    expect((await fetch(`${t.app.url}/healthz`)).status).toBe(200);
  });
});

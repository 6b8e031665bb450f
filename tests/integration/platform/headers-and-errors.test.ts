import { networkInterfaces } from 'node:os';
import { isLoopback } from '../../../bot/server';
import { postSlack } from '../../support/slack-requests';
import { aTeamsMessage } from '../../support/teams-activities';
import { startTestApp, type TestApp } from '../../support/test-app';

const LEAKS = [
  /at .+:\d+:\d+/,
  /node_modules/,
  /\/work\/|\/home\/|\/usr\//,
  /\bv?\d+\.\d+\.\d+\b/,
  /restify|botbuilder|bolt|node\.js/i,
];

describe('every answer: security headers, and error bodies without stacks, versions or paths', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      host: '0.0.0.0',
      env: {
        MicrosoftAppId: 'b0b0b0b0-0000-4000-8000-000000000003',
        MicrosoftAppPassword: 'p',
        MicrosoftAppType: 'MultiTenant',
        SLACK_SIGNING_SECRET: 's',
        SLACK_BOT_TOKEN: 'xoxb-t',
        SLACK_API_URL: 'http://127.0.0.1:9/',
      },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  const requests: [string, () => Promise<Response>][] = [
    ['GET /healthz', () => fetch(`${t.app.url}/healthz`)],
    ['GET /nowhere (404)', () => fetch(`${t.app.url}/nowhere`)],
    ['DELETE /healthz (405)', () => fetch(`${t.app.url}/healthz`, { method: 'DELETE' })],
    ['GET /api/messages (405)', () => fetch(`${t.app.url}/api/messages`)],
    [
      'POST /api/messages with bad JSON (400)',
      () =>
        fetch(`${t.app.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"type":',
        }),
    ],
    [
      'POST /api/messages unsigned (401)',
      () =>
        fetch(`${t.app.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(
            aTeamsMessage({
              serviceUrl: 'http://127.0.0.1:9/',
              from: t.teamsUser('maria.nilsson@contoso.se'),
              text: 'x',
            }),
          ),
        }),
    ],
    [
      'POST /slack/events unsigned (401)',
      () =>
        fetch(`${t.app.url}/slack/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        }),
    ],
  ];

  test.each(requests)('%s', async (_what, send) => {
    const res = await send();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('server')).toBeNull();
    const text = await res.text();
    if (res.status >= 400) for (const leak of LEAKS) expect(text).not.toMatch(leak);
  });

  test('a signed Slack request with a bad body: the 400 names the problem, nothing internal', async () => {
    const res = await postSlack(t.app.url, { contentType: 'application/json', body: 'null' }, { secret: 's' });
    expect(res.status).toBe(400);
    for (const leak of LEAKS) expect(res.text).not.toMatch(leak);
  });

  test('/healthz from this machine has details', async () => {
    const body = (await (await fetch(`${t.app.url}/healthz`)).json()) as { dependencies: { detail?: string }[] };
    expect(body.dependencies.every((d) => typeof d.detail === 'string')).toBe(true);
  });

  // The machine's own non-loopback address reaches the server as a remote peer would.
  const external = Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
  (external ? test : test.skip)(
    `/healthz from another address (${external ?? 'none on this machine'}): ok/degraded only`,
    async () => {
      const port = new URL(t.app.url).port;
      const res = await fetch(`http://${external}:${port}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({
        status: 'ok',
        dependencies: [
          { name: 'graph', status: 'ok', ok: true },
          { name: 'store', status: 'ok', ok: true },
        ],
      });
    },
  );
});

describe('isLoopback', () => {
  test.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.4', false],
    ['::ffff:10.0.0.4', false],
    ['fd00::2', false],
    [undefined, false],
  ])('%s → %s', (address, expected) => {
    expect(isLoopback(address)).toBe(expected);
  });
});

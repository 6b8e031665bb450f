import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../../support/test-app';

/** One raw HTTP request; `chunked` sends the body in pieces with no Content-Length. */
function send(
  url: string,
  o: { method?: string; headers: Record<string, string>; body: Buffer; chunked?: boolean },
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    // A fresh connection each time: a refused upload's connection is closed by the server.
    const req = request(url, { method: o.method ?? 'POST', headers: o.headers, agent: false }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(parts).toString() }));
    });
    // The server may answer and close before the whole body is written: that is the point.
    req.on('error', (e: NodeJS.ErrnoException) =>
      e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e),
    );
    if (o.chunked) {
      const step = 64 * 1024;
      for (let i = 0; i < o.body.length; i += step) req.write(o.body.subarray(i, i + step));
      req.end();
    } else {
      req.setHeader('content-length', String(o.body.length));
      req.end(o.body);
    }
  });
}

const FIVE_MIB = 5 * 1024 * 1024;
const boundary = '----licensedesk';
const multipart = Buffer.concat([
  Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  ),
  Buffer.alloc(FIVE_MIB, 0x61),
  Buffer.from(`\r\n--${boundary}--\r\n`),
]);
const hugeJson = Buffer.from(JSON.stringify({ type: 'message', text: 'x'.repeat(FIVE_MIB) }));

const bodies: [string, { headers: Record<string, string>; body: Buffer; chunked?: boolean }][] = [
  [
    'a 5 MiB multipart upload',
    { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body: multipart },
  ],
  [
    'a chunked multipart upload',
    { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body: multipart, chunked: true },
  ],
  ['a 5 MiB JSON body', { headers: { 'content-type': 'application/json' }, body: hugeJson }],
  ['a chunked 5 MiB JSON body', { headers: { 'content-type': 'application/json' }, body: hugeJson, chunked: true }],
  ['a text/plain body', { headers: { 'content-type': 'text/plain' }, body: Buffer.from('{"type":"message"}') }],
  ['an octet-stream body', { headers: { 'content-type': 'application/octet-stream' }, body: Buffer.alloc(1024, 1) }],
  ['a body with no content type', { headers: {}, body: Buffer.from('{"type":"message"}') }],
  [
    'a gzip-encoded JSON body',
    { headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: Buffer.alloc(64, 0) },
  ],
];
const routes = ['/api/messages', '/slack/events', '/healthz', '/nowhere'];

describe.each([
  ['auth off (simulator)', {}],
  [
    'auth on',
    {
      MicrosoftAppId: 'b0b0b0b0-0000-4000-8000-000000000001',
      MicrosoftAppPassword: 'p',
      MicrosoftAppType: 'MultiTenant',
    },
  ],
])('hostile bodies with %s: 4xx on every route, nothing written to the temp folder', (_auth, env) => {
  let t: TestApp;
  let temp: string;
  const savedTmp = process.env.TMPDIR;
  beforeAll(async () => {
    // os.tmpdir() reads TMPDIR on each call: any upload written by a body parser would land here.
    temp = mkdtempSync(join(tmpdir(), 'license-desk-uploads-'));
    process.env.TMPDIR = temp;
    t = await startTestApp({
      env: { ...env, SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb-t', SLACK_API_URL: 'http://127.0.0.1:9/' },
    });
  });
  afterAll(async () => {
    await t.close();
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
    rmSync(temp, { recursive: true, force: true });
  });

  const cases = routes.flatMap((route) => bodies.map(([what, b]) => [route, what, b] as const));
  test.each(cases)('POST %s with %s', async (route, _what, b) => {
    const res = await send(`${t.app.url}${route}`, b);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.text).not.toMatch(/node_modules|\/work\/|at .+:\d+:\d+/);
    expect(readdirSync(temp)).toEqual([]);
  });

  test('the server still answers afterwards, and the temp folder is still empty', async () => {
    expect((await fetch(`${t.app.url}/healthz`)).status).toBe(200);
    expect(readdirSync(temp)).toEqual([]);
  });
});

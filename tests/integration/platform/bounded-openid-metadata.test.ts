import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync } from 'node:crypto';
import { OpenIdMetadata } from 'botframework-connector/lib/auth/openIdMetadata';
import { installBoundedOpenIdMetadata, METADATA_RETRY_AFTER_MS } from '../../../bot/teams/bounded-openid-metadata';

/** A local OpenID metadata + JWKS endpoint that counts fetches and can fail or hang on demand. */
class FakeMetadata {
  fetches = 0;
  mode: 'ok' | 'fail' | 'hang' = 'ok';
  private server: Server | undefined;
  url = '';
  private readonly jwk = {
    ...generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' }),
    kid: 'k1',
  };

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.fetches++;
      if (this.mode === 'hang') return; // never answers: the fetch timeout must end it
      if (this.mode === 'fail') {
        res.writeHead(503);
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(req.url === '/keys' ? { keys: [this.jwk] } : { jwks_uri: `${this.url}/keys` }));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

describe('Bot Framework signing keys: cached, fetched with a timeout, a failed fetch retried at most once a minute', () => {
  const fake = new FakeMetadata();
  let clock = 1_000_000_000_000;
  const failures: string[] = [];
  beforeAll(async () => {
    await fake.start();
    installBoundedOpenIdMetadata({ now: () => clock, onFailure: (url) => failures.push(url) });
  });
  afterAll(async () => {
    installBoundedOpenIdMetadata();
    await fake.stop();
  });
  beforeEach(() => {
    fake.fetches = 0;
    fake.mode = 'ok';
  });

  test('keys are fetched once and then served from the cache', async () => {
    const m = new OpenIdMetadata(`${fake.url}/openid`);
    await expect(m.getKey('k1')).resolves.toMatchObject({ key: expect.stringContaining('PUBLIC KEY') });
    await Promise.all(Array.from({ length: 20 }, () => m.getKey('k1')));
    expect(fake.fetches).toBe(2); // the configuration and the key set, once
  });

  test('while the endpoint fails: a 401-status error, and one fetch per minute however many requests', async () => {
    fake.mode = 'fail';
    const m = new OpenIdMetadata(`${fake.url}/openid`);
    const attempts = Array.from({ length: 25 }, () =>
      m.getKey('k1').then(
        () => 'resolved',
        (e: { statusCode?: number }) => e.statusCode,
      ),
    );
    expect(new Set(await Promise.all(attempts))).toEqual(new Set([401]));
    expect(fake.fetches).toBe(1);
    await expect(m.getKey('k1')).rejects.toMatchObject({ statusCode: 401 });
    expect(fake.fetches).toBe(1);
    expect(failures).toContain(`${fake.url}/openid`);

    clock += METADATA_RETRY_AFTER_MS + 1;
    fake.mode = 'ok';
    await expect(m.getKey('k1')).resolves.toBeTruthy();
    expect(fake.fetches).toBe(3);
  });

  test('an endpoint that never answers is given up on (timeout), not waited for', async () => {
    fake.mode = 'hang';
    const m = new OpenIdMetadata(`${fake.url}/openid`);
    await expect(m.getKey('k1')).rejects.toMatchObject({ statusCode: 401 });
  }, 10_000);

  test('after the keys are known, a failed refresh keeps using them', async () => {
    // A refresh interval of 0 hours: every look-up refreshes, as after the connector's 24 hours.
    const m = new OpenIdMetadata(`${fake.url}/openid`, undefined, 0);
    await m.getKey('k1');
    fake.mode = 'fail';
    await expect(m.getKey('k1')).resolves.toBeTruthy();
    await expect(m.getKey('unknown-kid')).resolves.toBeNull();
  });
});

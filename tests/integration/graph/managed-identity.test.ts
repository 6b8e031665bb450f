import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTokenProvider } from '../../../services/graph/token-provider';

const HEADER = 'identity-header-secret';

/** A local stand-in for App Service's managed identity endpoint (IDENTITY_ENDPOINT + IDENTITY_HEADER). */
class FakeIdentityEndpoint {
  readonly requests: { url: URL; header: string | undefined }[] = [];
  failing = false;
  private server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req: IncomingMessage, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const header = req.headers['x-identity-header'];
      this.requests.push({ url, header: typeof header === 'string' ? header : undefined });
      if (this.failing || header !== HEADER) {
        res.writeHead(this.failing ? 500 : 401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'invalid_request' }));
        return;
      }
      const clientId = url.searchParams.get('client_id') ?? 'system-assigned';
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          access_token: `token-for-${clientId}`,
          expires_on: String(Math.floor(Date.now() / 1000) + 3600),
          resource: url.searchParams.get('resource'),
          token_type: 'Bearer',
          client_id: clientId,
        }),
      );
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}/msi/token`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

describe('Graph tokens from a managed identity (App Service endpoint, faked locally)', () => {
  const fake = new FakeIdentityEndpoint();
  const saved = { endpoint: process.env.IDENTITY_ENDPOINT, header: process.env.IDENTITY_HEADER };
  const restore = (key: 'IDENTITY_ENDPOINT' | 'IDENTITY_HEADER', value: string | undefined) => {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  };
  beforeAll(async () => {
    await fake.start();
    // @azure/identity reads these itself, as App Service sets them for the process; only this
    // test's worker sees them.
    process.env.IDENTITY_ENDPOINT = fake.url;
    process.env.IDENTITY_HEADER = HEADER;
  });
  afterAll(async () => {
    restore('IDENTITY_ENDPOINT', saved.endpoint);
    restore('IDENTITY_HEADER', saved.header);
    await fake.stop();
  });
  beforeEach(() => {
    fake.requests.length = 0;
    fake.failing = false;
  });

  test('user-assigned (AZURE_CLIENT_ID): a Graph token for that identity, then from the cache', async () => {
    const getToken = createTokenProvider({ clientId: 'user-assigned-1' });
    await expect(getToken()).resolves.toBe('token-for-user-assigned-1');
    await expect(getToken()).resolves.toBe('token-for-user-assigned-1');
    expect(fake.requests).toHaveLength(1);
    const [r] = fake.requests;
    expect(r?.header).toBe(HEADER);
    expect(r?.url.pathname).toBe('/msi/token');
    expect(r?.url.searchParams.get('resource')).toBe('https://graph.microsoft.com');
    expect(r?.url.searchParams.get('client_id')).toBe('user-assigned-1');
  });

  test('system-assigned (no AZURE_CLIENT_ID): no client_id is sent', async () => {
    const getToken = createTokenProvider({});
    await expect(getToken()).resolves.toBe('token-for-system-assigned');
    expect(fake.requests[0]?.url.searchParams.has('client_id')).toBe(false);
  });

  test('an endpoint that refuses: the provider rejects (bounded), it does not hang', async () => {
    fake.failing = true;
    const getToken = createTokenProvider({ clientId: 'user-assigned-2', timeoutMs: 10_000 });
    await expect(getToken()).rejects.toThrow();
    expect(fake.requests.length).toBeGreaterThanOrEqual(1);
  }, 20_000);
});

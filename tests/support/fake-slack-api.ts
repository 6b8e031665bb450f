import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A user of the fake workspace: `users.info` answers with this profile. */
export interface FakeSlackUser {
  id: string;
  email?: string;
  locale?: string;
  name?: string;
  isBot?: boolean;
}

/** One call the bot made: a Web API method, or a post to a response_url. */
export interface SlackCall {
  /** `chat.postMessage` …, or `response_url` */
  method: string;
  args: any;
  /** What the fake answered (Web API methods): `ts` of posted messages, view ids … */
  result?: any;
  /** response_url calls: which URL (its id), and whether the fake accepted it. */
  responseUrlId?: string;
  accepted?: boolean;
  /** Order of arrival, across methods. */
  seq: number;
}

/** Slack's own limits on a response_url: 5 posts within 30 minutes. */
const RESPONSE_URL_MAX_USES = 5;

/** Form bodies carry JSON in some fields (`blocks`, `view`); JSON bodies are parsed whole. */
function parseBody(contentType: string | undefined, raw: string): Record<string, unknown> {
  if (contentType?.includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
  }
  return out;
}

/**
 * A local Slack: the Web API methods License Desk calls (`auth.test`, `users.info`,
 * `conversations.open`, `chat.postMessage`, `chat.update`, `chat.postEphemeral`, `views.open`),
 * checking the bot token, and response_urls (`responseUrl()` mints one) that accept 5 posts like
 * Slack's. Every call is recorded in order.
 */
export class FakeSlackApi {
  readonly calls: SlackCall[] = [];
  url = '';
  private server: Server | undefined;
  private seq = 0;
  private nextTs = 1;
  private nextUrl = 1;
  private readonly responseUses = new Map<string, number>();
  private readonly users = new Map<string, FakeSlackUser>();
  private waiters: {
    predicate: (c: SlackCall) => boolean;
    resolve: (c: SlackCall) => void;
    reject: (e: Error) => void;
  }[] = [];

  constructor(
    users: FakeSlackUser[],
    private readonly token = 'xoxb-test',
  ) {
    for (const u of users) this.users.set(u.id, u);
  }

  /** The base URL to give as SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(
        ({ status, body }) => {
          res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json' });
          res.end(typeof body === 'string' ? body : JSON.stringify(body));
        },
        () => {
          res.writeHead(500);
          res.end();
        },
      );
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    // Waiters still pending would hold their timers (and jest) open.
    for (const w of this.waiters.splice(0)) w.reject(new Error('fake Slack stopped'));
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** A fresh response_url, as Slack puts in each command and interaction payload. */
  responseUrl(): string {
    return `${this.url}/response/${this.nextUrl++}`;
  }

  /** Resolves with the first call (already made or future) that matches. */
  waitFor(predicate: (c: SlackCall) => boolean, timeoutMs = 15_000): Promise<SlackCall> {
    const found = this.calls.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        reject(new Error('Slack call not seen in time'));
      }, timeoutMs);
      const done = (c: SlackCall) => {
        clearTimeout(timer);
        resolve(c);
      };
      this.waiters.push({
        predicate,
        resolve: done,
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
    });
  }

  /** Calls of one method (or to response_urls: 'response_url'). */
  of(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Messages the bot showed (posted, updated, ephemeral or through a response_url), in order. */
  messages(): { text: string; blocks: any[] }[] {
    return this.calls
      .filter((c) => ['chat.postMessage', 'chat.update', 'chat.postEphemeral', 'response_url'].includes(c.method))
      .filter((c) => Array.isArray(c.args.blocks))
      .map((c) => ({ text: c.args.text, blocks: c.args.blocks }));
  }

  clear(): void {
    this.calls.length = 0;
  }

  private record(call: Omit<SlackCall, 'seq'>): SlackCall {
    const full = { ...call, seq: this.seq++ };
    this.calls.push(full);
    for (const w of [...this.waiters]) {
      if (w.predicate(full)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(full);
      }
    }
    return full;
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const args = parseBody(req.headers['content-type'], Buffer.concat(chunks).toString('utf8'));
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const response = /^\/response\/(\d+)$/.exec(path);
    if (response?.[1]) {
      const id = response[1];
      const uses = (this.responseUses.get(id) ?? 0) + 1;
      this.responseUses.set(id, uses);
      const accepted = uses <= RESPONSE_URL_MAX_USES;
      this.record({ method: 'response_url', args, responseUrlId: id, accepted });
      return accepted ? { status: 200, body: 'ok' } : { status: 404, body: { ok: false, error: 'used_url' } };
    }
    const api = /^\/api\/([\w.]+)$/.exec(path);
    if (!api?.[1]) return { status: 404, body: 'not found' };
    const method = api[1];
    if (req.headers.authorization !== `Bearer ${this.token}`)
      return { status: 200, body: { ok: false, error: 'invalid_auth' } };
    const result = this.answer(method, args);
    this.record({ method, args, result });
    return { status: 200, body: result };
  }

  private answer(method: string, args: Record<string, any>): any {
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T_TEST', user: 'license-desk' };
      case 'users.info': {
        const u = this.users.get(String(args.user));
        if (!u) return { ok: false, error: 'user_not_found' };
        return {
          ok: true,
          user: {
            id: u.id,
            name: u.name ?? u.id,
            real_name: u.name,
            is_bot: Boolean(u.isBot),
            ...(args.include_locale === 'true' || args.include_locale === true ? { locale: u.locale ?? 'en-US' } : {}),
            profile: { real_name: u.name, ...(u.email ? { email: u.email } : {}) },
          },
        };
      }
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users).slice(1)}` } };
      case 'chat.postMessage':
        return {
          ok: true,
          channel: args.channel,
          ts: `${1700000000 + this.nextTs++}.000100`,
          message: { text: args.text },
        };
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${1700000000 + this.nextTs++}.000200` };
      case 'views.open':
        return { ok: true, view: { id: `V_${this.nextTs++}` } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

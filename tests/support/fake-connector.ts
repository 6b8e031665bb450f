import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made to the Bot Framework connector (a reply, or an update of a sent card). */
export interface ConnectorCall {
  method: 'POST' | 'PUT';
  conversationId: string;
  /** POST: the activity replied to (if any); PUT: the activity updated. */
  activityId?: string;
  activity: { id?: string; type: string; text?: string; attachments?: { contentType: string; content: any }[] };
}

/**
 * A local Bot Framework connector at the activities' `serviceUrl`: it records what the bot sends
 * (`POST …/activities[/{replyToId}]`) and card updates (`PUT …/activities/{id}`), and answers like
 * the real one with an activity id. Member lookups answer 404 (no roster offline).
 */
export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  private server: Server | undefined;
  private nextId = 1;
  private waiters: { predicate: (c: ConnectorCall) => boolean; resolve: (c: ConnectorCall) => void }[] = [];
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(
        ({ status, body }) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(body));
        },
        () => {
          res.writeHead(500);
          res.end();
        },
      );
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Resolves with the first call (already made or future) that matches. */
  waitFor(predicate: (c: ConnectorCall) => boolean, timeoutMs = 15_000): Promise<ConnectorCall> {
    const found = this.calls.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('connector call not seen in time')), timeoutMs);
      this.waiters.push({
        predicate,
        resolve: (c) => {
          clearTimeout(timer);
          resolve(c);
        },
      });
    });
  }

  /** Cards sent or updated, in order. */
  cards(): any[] {
    return this.calls.flatMap((c) =>
      (c.activity.attachments ?? [])
        .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
        .map((a) => a.content),
    );
  }

  clear(): void {
    this.calls.length = 0;
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const m = /\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
    if (!m || (req.method !== 'POST' && req.method !== 'PUT'))
      return { status: 404, body: { error: { code: 'NotFound', message: 'not found' } } };
    const activity = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as ConnectorCall['activity'];
    const call: ConnectorCall = {
      method: req.method,
      conversationId: m[1] ?? '',
      activity,
      ...(m[2] ? { activityId: m[2] } : {}),
    };
    const id = req.method === 'PUT' ? (m[2] ?? '') : `activity-${this.nextId++}`;
    call.activity.id = id;
    this.calls.push(call);
    for (const w of [...this.waiters]) {
      if (w.predicate(call)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(call);
      }
    }
    return { status: 200, body: { id } };
  }
}

import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { GraphError } from '../graph-error';
import { GraphFailure } from './graph-failure';
import { setRequestHeader } from './request-headers';

/**
 * Attaches `Authorization: Bearer <token>` to every request, whatever the host.
 * Why not the SDK's AuthenticationHandler: it only sends the token to Graph hosts (or
 * `customHosts`) over https, so against the local http simulator no token would be sent and the
 * production path would go untested. This client is only ever pointed at one configured base URL,
 * so "any host" means "that host". Placed inside the retry loop so each attempt gets a fresh
 * (credential-cached) token. Without a token provider (simulator) it passes requests through.
 */
export class AuthMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly getToken: (() => Promise<string>) | undefined) {}

  async execute(context: Context): Promise<void> {
    if (this.getToken) {
      let token: string;
      try {
        token = await this.getToken();
      } catch {
        // The credential's error can carry tenant details; the code is what callers need.
        throw new GraphFailure(new GraphError('graph/unauthorized', 0, 'TokenAcquisitionFailed', undefined, undefined));
      }
      setRequestHeader(context, 'Authorization', `Bearer ${token}`);
    }
    await nextOf(this.next).execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** The next middleware, or a clear fault when the chain was wired wrongly. */
export function nextOf(next: Middleware | undefined): Middleware {
  if (!next) throw new Error('Graph middleware chain is incomplete.');
  return next;
}

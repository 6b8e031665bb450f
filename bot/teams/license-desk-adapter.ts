import { type Activity, CloudAdapter, type TurnContext } from 'botbuilder';
import type restify from 'restify';
import type { Logger } from '../logger';

/** botframework-connector's AuthenticationError, recognised by shape so we need not import the connector. */
function isAuthenticationError(e: unknown): boolean {
  const err = e as { name?: string; statusCode?: number } | undefined;
  return err?.name === 'AuthenticationError' || err?.statusCode === 401;
}

/**
 * CloudAdapter with one change: `handle` does what `process` does minus its `console.error` of
 * every rejected request's stack. Failures go to our logger, and a forged or unsigned request is
 * a plain 401 with no detail.
 */
export class LicenseDeskAdapter extends CloudAdapter {
  async handle(
    req: restify.Request,
    res: restify.Response,
    logic: (context: TurnContext) => Promise<void>,
    log: Logger,
  ): Promise<void> {
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || typeof (body as { type?: unknown }).type !== 'string') {
      res.send(400, { error: 'expected a Bot Framework activity (JSON with a type)' });
      return;
    }
    try {
      const invoke = await this.processActivity(req.headers.authorization ?? '', body as Activity, logic);
      if (invoke?.body !== undefined) res.send(invoke.status, invoke.body);
      else res.send(invoke?.status ?? 200);
    } catch (e) {
      if (isAuthenticationError(e)) {
        log.warn({ reason: 'authentication' }, 'rejected Bot Framework request');
        res.send(401, { error: 'unauthorized' });
        return;
      }
      log.error({ err: e }, 'failed to process a Bot Framework activity');
      res.send(500, { error: 'internal error' });
    }
  }
}

import { type Activity, CloudAdapter, type TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type restify from 'restify';
import type { Logger } from '../logger';
import { checkActivity } from './activity-shape';

/**
 * Any failure to verify a request: forged, unsigned, expired, or not verifiable because the
 * signing keys cannot be fetched (the connector gives that one status 500; for the caller it is
 * still an unverified token, so a 401, and our own health is not in question).
 */
function isAuthenticationFailure(e: unknown): boolean {
  const err = e as { name?: string; statusCode?: number } | undefined;
  return e instanceof AuthenticationError || err?.name === 'AuthenticationError' || err?.statusCode === 401;
}

/**
 * CloudAdapter with one change: `handle` does what `process` does minus its `console.error` of
 * every rejected request's stack. Failures go to our logger; a malformed activity is a 400 naming
 * the field, a forged or unsigned request a plain 401 with no detail.
 */
export class LicenseDeskAdapter extends CloudAdapter {
  async handle(
    req: restify.Request,
    res: restify.Response,
    logic: (context: TurnContext) => Promise<void>,
    log: Logger,
  ): Promise<void> {
    const body: unknown = req.body;
    const check = checkActivity(body);
    if (!check.ok) {
      log.warn({ reason: check.error }, 'refused a malformed Bot Framework request');
      res.send(400, { error: check.error });
      return;
    }
    try {
      const invoke = await this.processActivity(req.headers.authorization ?? '', body as Activity, logic);
      if (invoke?.body !== undefined) res.send(invoke.status, invoke.body);
      else res.send(invoke?.status ?? 200);
    } catch (e) {
      if (isAuthenticationFailure(e)) {
        log.warn({ reason: 'authentication' }, 'rejected Bot Framework request');
        res.send(401, { error: 'unauthorized' });
        return;
      }
      log.error({ err: e }, 'failed to process a Bot Framework activity');
      res.send(500, { error: 'internal error' });
    }
  }
}

import type { Locale } from '../../cards/views';
import { isGraphError } from '../../services/graph/graph-error';
import { StoreError } from '../../services/store/document-store';
import type { CoreDeps } from './core-deps';
import type { CoreReply } from './turns';

/**
 * Runs a turn so that a fault becomes a clear message, never a stack trace in the chat:
 * Graph or the store being unavailable is said as such (with Graph's request id for support);
 * anything else is logged with its stack and answered with a generic apology.
 */
export async function withFaultNotice(
  deps: Pick<CoreDeps, 'logger'>,
  locale: Locale,
  run: () => Promise<CoreReply>,
): Promise<CoreReply> {
  try {
    return await run();
  } catch (e) {
    return faultReply(deps, locale, e);
  }
}

/** The answer to a fault: Graph's or the store's said as such, anything else an apology (logged with its stack). */
export function faultReply(deps: Pick<CoreDeps, 'logger'>, locale: Locale, e: unknown): CoreReply {
  if (isGraphError(e)) {
    deps.logger.warn({ code: e.code, status: e.status, graphRequestId: e.requestId }, 'graph call failed');
    return {
      view: {
        kind: 'notice',
        locale,
        code: 'graph-unavailable',
        params: { code: e.code, requestId: e.requestId ?? '' },
      },
    };
  }
  if (e instanceof StoreError) {
    deps.logger.error({ code: e.code }, 'store call failed');
    return { view: { kind: 'notice', locale, code: 'internal-error', params: { code: e.code } } };
  }
  deps.logger.error({ err: e }, 'unexpected error in a turn');
  return { view: { kind: 'notice', locale, code: 'internal-error' } };
}

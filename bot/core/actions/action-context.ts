import type { Locale, NoticeView, ProgressView, View } from '../../../cards/views';
import type { StoredRequest } from '../../../services/licensing/request-repository';
import type { MoveResult } from '../../../services/licensing/transition-or-latest';
import type { CoreDeps } from '../core-deps';
import { notifyAffected } from '../notify-affected';
import { type LiveSeats, resultView } from '../present-request';
import { seatsOf } from '../../../services/licensing/catalog/seats-of';
import type { ActionTurn, CoreReply } from '../turns';

/** One verb's handler: receives the stored request (never the payload's claims) and the clicking user. */
export type ActionHandler = (deps: CoreDeps, turn: ActionTurn, doc: StoredRequest) => Promise<CoreReply>;

export function notice(locale: Locale, code: NoticeView['code'], params?: NoticeView['params']): CoreReply {
  return { view: { kind: 'notice', locale, code, ...(params ? { params } : {}) } };
}

/** A stale card or a second click: say what already happened, change nothing. */
export function alreadyHandled(doc: StoredRequest): CoreReply {
  return notice(doc.locale, 'already-handled', { state: doc.state, at: doc.updatedAt });
}

/**
 * A move that did not happen, as the clicking user should hear it: lost the race → what the
 * winner did ("already handled"), request gone → "unknown request".
 */
export function notMoved(
  moved: Exclude<MoveResult, { kind: 'moved' }>,
  locale: Locale,
  lost: (latest: StoredRequest) => CoreReply = alreadyHandled,
): CoreReply {
  return moved.kind === 'lost' ? lost(moved.request) : notice(locale, 'unknown-request');
}

/**
 * Progress reports arrive per user; a card update is a network call. Publish the newest view,
 * never two at once, skipping intermediate ones that were overtaken while a publish was in flight.
 */
export function coalescingPublisher(publish: (view: View) => Promise<void>): {
  push(view: View): void;
  drain(): Promise<void>;
} {
  let latest: View | undefined;
  let running: Promise<void> | undefined;
  const pump = async (): Promise<void> => {
    while (latest) {
      const next = latest;
      latest = undefined;
      await publish(next).catch(() => undefined);
    }
    running = undefined;
  };
  return {
    push(view) {
      latest = view;
      running ??= pump();
    },
    async drain() {
      await running;
    },
  };
}

/** Refused because the clicking user is not (or no longer) a license admin; names who can help. */
export function notAllowed(locale: Locale, admins: { displayName: string }[] | undefined): CoreReply {
  return { view: { kind: 'refused', locale, code: 'not-allowed', admins: (admins ?? []).map((a) => a.displayName) } };
}

/**
 * The reply for a run that has started (removal or undo): a progress view now; then, as the
 * follow-up, progress updates and the result view. `run` resolves the finished request, or
 * undefined when it could not finish; `after` tells others (approvers, the requester).
 */
export function progressReply(
  deps: CoreDeps,
  doc: StoredRequest,
  progress: { operation: ProgressView['operation']; done: number; total: number },
  run: (onProgress: (done: number) => void) => Promise<StoredRequest | undefined>,
  after?: (final: View) => Promise<void>,
): CoreReply {
  const at = (done: number): View => ({
    kind: 'progress',
    locale: doc.locale,
    requestId: doc.id,
    done,
    total: progress.total,
    operation: progress.operation,
  });
  return {
    view: at(progress.done),
    followUp: async (publish) => {
      const updates = coalescingPublisher(publish);
      const finished = await run((done) => updates.push(at(done)));
      await updates.drain();
      if (!finished) return { kind: 'notice', locale: doc.locale, code: 'internal-error' };
      const final = resultView(finished, deps.removals.clock.now(), await liveSeats(deps));
      deps.logger.info({ requestId: doc.id, state: finished.state }, `${progress.operation} finished`);
      if (progress.operation === 'remove') {
        const unreachable = await notifyAffected(deps, finished, 'after');
        if (unreachable.length > 0 && final.kind === 'result') final.unreachableUsers = unreachable;
      }
      await after?.(final);
      return final;
    },
  };
}

/**
 * The tenant's seat counts now, for the result ("re-read at the click"). A failed read falls back
 * to the counts planned with: the result is still true about who lost what.
 */
async function liveSeats(deps: CoreDeps): Promise<LiveSeats[] | undefined> {
  try {
    return (await deps.graph.listSubscribedSkus()).map((sku) => {
      const seats = seatsOf(sku);
      return { skuId: sku.skuId ?? '', total: seats.total, used: seats.used };
    });
  } catch (e) {
    deps.logger.warn({ err: e }, 'seat counts not re-read for the result');
    return undefined;
  }
}

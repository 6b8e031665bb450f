import type { Locale, NoticeView, View } from '../../../cards/views';
import type { StoredRequest } from '../../../services/licensing/request-repository';
import type { CoreDeps } from '../core-deps';
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

/**
 * Times on cards are shown in the tenant's time zone (the TIME_ZONE setting) and name it. Views
 * carry ISO timestamps; the core stamps the zone on every view that shows a time, at the one place
 * all views leave it (replies, follow-ups, proactive messages), so no use case can forget it.
 */
import type { View } from '../../cards/views';
import type { Notifier } from './notifier';
import type { CoreReply } from './turns';

// The views that show a time: the undo deadline, "handled at", an approval decision.
const TIMED_KINDS: ReadonlySet<View['kind']> = new Set(['result', 'notice', 'approval']);

/** The view with `timeZone` set where it shows a time (result, notice, approval). */
export function withTimeZone<V extends View>(view: V, timeZone: string | undefined): V {
  if (!timeZone) return view;
  return TIMED_KINDS.has(view.kind) ? { ...view, timeZone } : view;
}

/** A reply whose view, progress updates and final view all carry the zone. */
export function replyInTimeZone(reply: CoreReply, timeZone: string | undefined): CoreReply {
  if (!timeZone) return reply;
  const { followUp } = reply;
  return {
    view: withTimeZone(reply.view, timeZone),
    ...(followUp
      ? {
          followUp: async (publish: (view: View) => Promise<void>) =>
            withTimeZone(await followUp((view) => publish(withTimeZone(view, timeZone))), timeZone),
        }
      : {}),
  };
}

/** A notifier that stamps the zone on what it sends (approval cards, updates of earlier cards). */
export function notifierInTimeZone(notifier: Notifier, timeZone: string | undefined): Notifier {
  if (!timeZone) return notifier;
  return {
    sendToUser: (userId, view) => notifier.sendToUser(userId, withTimeZone(view, timeZone)),
    update: (ref, view) => notifier.update(ref, withTimeZone(view, timeZone)),
  };
}

/** Scheduled requests as the list the cards render. */
import type { Locale, ScheduledItemView, ScheduledView } from '../../cards/views';
import type { StoredRequest } from '../../services/licensing/request-repository';

export function scheduledItem(doc: StoredRequest, viewerId: string): ScheduledItemView {
  return {
    requestId: doc.id,
    at: doc.schedule?.at ?? doc.updatedAt,
    people: (doc.plan?.users ?? []).map((u) => u.displayName),
    products: (doc.plan?.products ?? []).map((p) => p.displayName),
    requesterName: doc.requesterName,
    canCancel: doc.requesterId === viewerId,
  };
}

export function scheduledView(
  locale: Locale,
  timeZone: string,
  intro: ScheduledView['intro'],
  docs: StoredRequest[],
  viewerId: string,
  person?: string,
): ScheduledView {
  return {
    kind: 'scheduled',
    locale,
    timeZone,
    intro,
    ...(person ? { person } : {}),
    items: docs.map((d) => scheduledItem(d, viewerId)),
  };
}

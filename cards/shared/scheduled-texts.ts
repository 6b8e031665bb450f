/** Lines of the scheduled-removals view shared by the Teams card, the Slack message and the CLI. */
import type { ScheduledItemView, ScheduledView } from '../views';
import { formatScheduled } from '../strings/format-date';
import { scheduleStringsFor } from '../strings/schedule-strings';
import { stringsFor } from '../strings/strings';

type Esc = (text: string) => string;

export function scheduledTitle(view: ScheduledView, esc: Esc): string {
  return scheduleStringsFor(view.locale).title[view.intro]({
    person: esc(view.person ?? ''),
    count: view.items.length,
  });
}

export function scheduledItemText(view: ScheduledView, item: ScheduledItemView, esc: Esc): string {
  const t = scheduleStringsFor(view.locale);
  const when = formatScheduled(item.at, view.timeZone, stringsFor(view.locale));
  return `${t.item({ products: item.products.map(esc), people: item.people.map(esc), when })} (${t.requestedBy({ name: esc(item.requesterName) })})`;
}

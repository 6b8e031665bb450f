/** Scheduled removals: the one just scheduled, the list, one cancelled; each with its own Cancel. */
import type { ScheduledView } from '../views';
import { VERBS } from '../views';
import { scheduleStringsFor } from '../strings/schedule-strings';
import { scheduledItemText, scheduledTitle } from '../shared/scheduled-texts';
import type { AdaptiveCard } from './adaptive-card';
import {
  actionSet,
  adaptiveCard,
  compact,
  container,
  executeAction,
  textBlock,
  title,
  withoutInputs,
} from './elements';
import { escapeMarkdown as esc } from './escape-markdown';

export function buildScheduledCard(view: ScheduledView): AdaptiveCard {
  const t = scheduleStringsFor(view.locale);
  const offerCancel = view.intro !== 'cancelled';
  return adaptiveCard(
    compact([
      title(scheduledTitle(view, esc)),
      view.items.length === 0 && view.intro === 'list' && textBlock(t.none),
      ...view.items.map((item) =>
        container(
          compact([
            textBlock(scheduledItemText(view, item, esc)),
            offerCancel &&
              item.canCancel &&
              actionSet([withoutInputs(executeAction(VERBS.cancel, { requestId: item.requestId }, t.cancelButton))]),
          ]),
          { separator: true },
        ),
      ),
      view.intro === 'just-scheduled' && textBlock(t.howItRuns, { isSubtle: true }),
    ]),
  );
}

/** Scheduled removals as a Slack message: one section per removal, with a Cancel button of its own. */
import type { ScheduledView } from '../views';
import { VERBS } from '../views';
import { scheduleStringsFor } from '../strings/schedule-strings';
import { scheduledItemText, scheduledTitle } from '../shared/scheduled-texts';
import type { Block, SlackMessage } from './block-kit';
import { button, compactBlocks, context, header, section } from './blocks';
import { escapeMrkdwn as esc, plain } from './escape-mrkdwn';

export function buildScheduledBlocks(view: ScheduledView): SlackMessage {
  const t = scheduleStringsFor(view.locale);
  const offerCancel = view.intro !== 'cancelled';
  const blocks: Block[] = compactBlocks([
    header(scheduledTitle(view, plain)),
    view.items.length === 0 && view.intro === 'list' && section(t.none),
    ...view.items.map((item) =>
      section(
        scheduledItemText(view, item, esc),
        offerCancel && item.canCancel ? button(t.cancelButton, VERBS.cancel, item.requestId) : undefined,
      ),
    ),
    view.intro === 'just-scheduled' && context(t.howItRuns),
  ]);
  return { text: scheduledTitle(view, plain), blocks };
}

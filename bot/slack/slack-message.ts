import type { SlackMessage } from '../../cards/slack/block-kit';
import { buildBlocks } from '../../cards/slack/build-blocks';
import { SLACK_LIMITS } from '../../cards/slack/slack-limits';
import type { View } from '../../cards/views';

/**
 * The last guard before the wire: never more than 50 blocks (Slack rejects the whole message),
 * keeping the first blocks and the last one (the buttons).
 */
export function withinBlockLimit(message: SlackMessage): SlackMessage {
  const max = SLACK_LIMITS.blocksPerMessage;
  if (message.blocks.length <= max) return message;
  const last = message.blocks.slice(-1);
  return { text: message.text, blocks: [...message.blocks.slice(0, max - last.length), ...last] };
}

/** A view as the Slack message to send (the renderers already keep to Slack's limits). */
export function slackMessage(view: View): SlackMessage {
  return withinBlockLimit(buildBlocks(view));
}

/** A specific question with an example, for input we could not parse. */
import type { ParseHelpView } from '../views';
import { stringsFor } from '../strings/strings';
import type { SlackMessage } from './block-kit';
import { section } from './blocks';

export function buildParseHelpBlocks(view: ParseHelpView): SlackMessage {
  const text = stringsFor(view.locale).parseHelp[view.code];
  return { text, blocks: [section(text)] };
}

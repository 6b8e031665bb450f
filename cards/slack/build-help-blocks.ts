/** Help and welcome: what License Desk does, with examples to copy. */
import type { HelpView } from '../views';
import { stringsFor } from '../strings/strings';
import type { SlackMessage } from './block-kit';
import { bulletLines, compactBlocks, context, header, section } from './blocks';
import { escapeMrkdwn } from './escape-mrkdwn';
import { helpExamples } from '../shared/clarify-text';

export function buildHelpBlocks(view: HelpView): SlackMessage {
  const s = stringsFor(view.locale);
  return {
    text: view.welcome ? s.help.welcome : s.help.title,
    blocks: compactBlocks([
      header(s.help.title),
      view.welcome && section(s.help.welcome),
      section(s.help.intro),
      section(`*${s.help.examplesHeading}*\n${bulletLines(helpExamples(view, s, escapeMrkdwn))}`),
      !view.canRemove && section(s.help.managerNote),
      context(s.help.safety),
    ]),
  };
}

/** The message to an affected user as a Slack DM. */
import type { AffectedUserView } from '../views';
import { affectedStringsFor } from '../strings/affected-strings';
import { affectedTexts } from '../shared/affected-texts';
import type { SlackMessage } from './block-kit';
import { bulletLines, compactBlocks, context, header, section, sections } from './blocks';
import { escapeMrkdwn as esc, plain } from './escape-mrkdwn';

export function buildAffectedUserBlocks(view: AffectedUserView): SlackMessage {
  const t = affectedTexts(view, esc);
  const title = affectedTexts(view, plain).title;
  return {
    text: title,
    blocks: compactBlocks([
      header(title),
      section(`*${t.what}*`),
      t.data.length > 0 && sections([bulletLines(t.data)], affectedStringsFor(view.locale).dataHeading),
      context(t.ask),
    ]),
  };
}

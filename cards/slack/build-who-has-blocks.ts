/** Who holds a product, with its seats; long lists end with "…and N more". */
import type { WhoHasView } from '../views';
import { stringsFor } from '../strings/strings';
import { personLine } from '../shared/people';
import type { SlackMessage } from './block-kit';
import { compactBlocks, context, header, section, sections } from './blocks';
import { escapeMrkdwn as esc, plain } from './escape-mrkdwn';
import { fitMessage } from './fit-message';

export function buildWhoHasBlocks(view: WhoHasView): SlackMessage {
  const s = stringsFor(view.locale);
  const blocks = compactBlocks([
    header(s.whoHas.title({ product: plain(view.product.displayName) })),
    context(s.common.seats(view.product.seats)),
    view.users.length > 0 ? sections(view.users.map((u) => `• ${personLine(u, s, esc)}`)) : section(s.whoHas.none),
    view.truncated > 0 && context(s.common.andMore({ count: view.truncated })),
  ]);
  return {
    text: s.whoHas.title({ product: esc(view.product.displayName) }),
    blocks: fitMessage(() => blocks, s.common.shortened),
  };
}

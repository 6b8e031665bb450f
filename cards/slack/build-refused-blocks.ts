/** Why the requester may not do this, and whom to ask. */
import type { RefusedView } from '../views';
import { stringsFor } from '../strings/strings';
import type { SlackMessage } from './block-kit';
import { context, section } from './blocks';
import { escapeMrkdwn as esc } from './escape-mrkdwn';

export function buildRefusedBlocks(view: RefusedView): SlackMessage {
  const s = stringsFor(view.locale);
  const reason = s.refused[view.code]({ people: (view.people ?? []).map(esc) });
  const ask = view.admins.length > 0 ? s.refused.askAdmins({ admins: view.admins.map(esc) }) : s.refused.noAdmins;
  return { text: reason, blocks: [section(`:no_entry: ${reason}`), context(ask)] };
}

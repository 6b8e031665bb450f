/** Why the requester may not do this, and whom to ask. */
import type { RefusedView } from '../views';
import { stringsFor } from '../strings/strings';
import type { AdaptiveCard } from './adaptive-card';
import { adaptiveCard, textBlock, title } from './elements';
import { escapeMarkdown as esc } from './escape-markdown';

export function buildRefusedCard(view: RefusedView): AdaptiveCard {
  const s = stringsFor(view.locale);
  const ask = view.admins.length > 0 ? s.refused.askAdmins({ admins: view.admins.map(esc) }) : s.refused.noAdmins;
  return adaptiveCard([
    title(s.refused.title),
    textBlock(s.refused[view.code]({ people: (view.people ?? []).map(esc) }), { color: 'attention' }),
    textBlock(ask),
  ]);
}

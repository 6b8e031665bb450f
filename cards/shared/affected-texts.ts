/** The affected user's message as lines, shared by the Teams card, the Slack DM and the CLI. */
import type { AffectedUserView } from '../views';
import { affectedStringsFor } from '../strings/affected-strings';
import { formatScheduled } from '../strings/format-date';
import { stringsFor } from '../strings/strings';
import { consequenceText } from './consequence-text';

type Esc = (text: string) => string;

export function affectedTexts(
  view: AffectedUserView,
  esc: Esc,
): { title: string; what: string; data: string[]; ask: string } {
  const a = affectedStringsFor(view.locale);
  const s = stringsFor(view.locale);
  const products = view.products.map(esc);
  const when = view.scheduledFor ? formatScheduled(view.scheduledFor.at, view.scheduledFor.timeZone, s) : '';
  return {
    title: view.phase === 'before' ? a.titleBefore({ when }) : a.titleAfter,
    what: view.phase === 'before' ? a.loses({ products }) : a.lost({ products }),
    data: view.consequences.map((c) => consequenceText(c, s, esc)),
    ask: a.ask({ contacts: view.contacts.map(esc) }),
  };
}

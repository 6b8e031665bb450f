/**
 * Consequences said briefly: per group of users with the same consequences, one summary line
 * ("Karin Holm, Bo Ek: lose mailbox (deleted after 30 days), OneDrive (archived after 93 days),
 * Office apps, Teams.") plus, for a leaver, Microsoft's advice first; the full sentences with their
 * Microsoft sources are the details, which renderers put behind "Show details" (Teams), a link
 * (Slack) or print after the line (CLI).
 */
import type { ConsequenceCode, ConsequenceView, PersonView } from '../views';
import type { Strings } from '../strings/strings';
import type { Escape } from './escape';
import { consequenceText, consequenceShortText } from './consequence-text';
import { CONSEQUENCE_SOURCES, type ConsequenceSource } from './consequence-sources';
import { groupConsequences } from './group-consequences';
import { namesOf } from './people';
import { paramList } from './view-params';

const ADVICE: ReadonlySet<ConsequenceCode> = new Set(['leaver-convert-to-shared-mailbox', 'leaver-move-onedrive']);
const KEPT: ReadonlySet<ConsequenceCode> = new Set(['service-kept-via-other-license', 'license-stays-via-group']);

/** One group of users and what they lose, as short lines and full details. */
export interface ConsequenceSummary {
  userIds: string[];
  /** The group's names, escaped, cut after `maxNames` with "…and N more". */
  names: string;
  /** The visible lines: the leaver advice (if any), then what is lost and what stays. */
  lines: string[];
  /** Full sentences, each with its Microsoft source (if it has one). */
  details: { text: string; source?: ConsequenceSource }[];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function consequenceSummaries(
  perUser: readonly { userId: string; items: readonly ConsequenceView[] }[],
  users: readonly PersonView[],
  strings: Strings,
  esc: Escape,
  opts: { past?: boolean; maxNames?: number } = {},
): ConsequenceSummary[] {
  return groupConsequences(perUser).map((group) => {
    const names = namesOf(users, group.userIds, strings, esc, opts.maxNames);
    const short = (i: ConsequenceView) => consequenceShortText(i, strings, esc);
    const advice = group.items.filter((i) => ADVICE.has(i.code)).map(short);
    // What stays, one sentence per set of licenses that keep it ("Kept through E3: Exchange, Teams").
    const keptVia = new Map<string, { via: string[]; services: string[] }>();
    for (const item of group.items.filter((i) => i.code === 'service-kept-via-other-license')) {
      const via = paramList(item.params, 'via').map(esc);
      const entry = keptVia.get(via.join('\u0000')) ?? { via, services: [] };
      entry.services.push(short(item));
      keptVia.set(via.join('\u0000'), entry);
    }
    const kept = [
      ...[...keptVia.values()].map((k) => strings.dialog.keptThrough(k)),
      ...group.items.filter((i) => i.code === 'license-stays-via-group').map((i) => `${capitalise(short(i))}.`),
    ];
    const lost = group.items
      .filter((i) => !ADVICE.has(i.code) && !KEPT.has(i.code))
      .map(short)
      .filter((t) => t !== '');
    const loses = opts.past ? strings.dialog.lost : strings.dialog.loses;
    const lines = [
      ...(advice.length > 0 ? [`${capitalise(advice.join(', '))}.`] : []),
      [loses({ who: names, items: lost }), ...kept].join(' '),
    ];
    const details = group.items.map((item) => {
      const source = CONSEQUENCE_SOURCES[item.code];
      return { text: consequenceText(item, strings, esc), ...(source ? { source } : {}) };
    });
    return { userIds: group.userIds, names, lines, details };
  });
}

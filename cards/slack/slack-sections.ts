/** Message parts shared by the confirmation, result and approval messages. */
import type { ConsequenceView, PersonView, SeatChangeView, WarningView } from '../views';
import type { Strings } from '../strings/strings';
import { consequenceSummaries } from '../shared/consequence-summary';
import { nextStepTexts, seatChangeTexts } from '../shared/seat-texts';
import { warningText } from '../shared/warning-text';
import type { Block } from './block-kit';
import { bulletLines, context, sections } from './blocks';
import { escapeMrkdwn } from './escape-mrkdwn';
import type { Detail } from './fit-message';

/** How many names a consequence group lists at each detail level before "…and N more". */
const NAMES_SHOWN: Record<Detail, number> = { 0: 10, 1: 5, 2: 2 };

/**
 * What users lose: a summary line per group of users with the same consequences, then one context
 * block linking each family to its Microsoft page (Slack has no "Show details"; the page is the detail).
 */
export function consequenceBlocks(
  perUser: readonly { userId: string; items: ConsequenceView[] }[],
  users: readonly PersonView[],
  s: Strings,
  detail: Detail,
  opts: { past?: boolean } = {},
): Block[] {
  const summaries = consequenceSummaries(perUser, users, s, escapeMrkdwn, {
    ...opts,
    maxNames: NAMES_SHOWN[detail],
  });
  if (summaries.length === 0) return [];
  const sources = new Map<string, string>();
  for (const d of summaries.flatMap((g) => g.details)) {
    if (d.source && !sources.has(d.source.url)) sources.set(d.source.url, d.source.title);
  }
  const links = [...sources].map(([url, title]) => `<${url}|${escapeMrkdwn(title)}>`);
  return [
    ...sections(
      summaries.flatMap((g) => g.lines),
      opts.past ? s.dialog.lostHeading : s.dialog.losesHeading,
    ),
    ...(links.length > 0 && detail < 2 ? [context(`${s.dialog.sources}: ${links.join(' · ')}`)] : []),
  ];
}

/** Seats freed; on the result (`done`) in the past tense with the billing next step. */
export function seatBlocks(changes: readonly SeatChangeView[], s: Strings, done = false): Block[] {
  const seats = seatChangeTexts(changes, s, escapeMrkdwn, done);
  const next = done ? nextStepTexts(changes, s) : [];
  return [
    ...(seats.length > 0 ? sections([bulletLines(seats)], s.dialog.seatsHeading) : []),
    ...(next.length > 0 ? [context(next.join(' '))] : []),
  ];
}

export function warningBlocks(warnings: readonly WarningView[], users: readonly PersonView[], s: Strings): Block[] {
  if (warnings.length === 0) return [];
  const lines = warnings.map((w) => `:warning: ${warningText(w, users, s, escapeMrkdwn)}`);
  return sections(lines, s.dialog.warningsHeading);
}

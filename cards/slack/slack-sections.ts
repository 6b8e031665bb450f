/** Message parts shared by the confirmation, result and approval messages. */
import type { ConsequenceView, PersonView, SeatChangeView, WarningView } from '../views';
import type { Strings } from '../strings/strings';
import { groupByItem, groupConsequences } from '../shared/group-consequences';
import { consequenceText } from '../shared/consequence-text';
import { namesOf } from '../shared/people';
import { nextStepTexts, seatChangeTexts } from '../shared/seat-texts';
import { warningText } from '../shared/warning-text';
import type { Block } from './block-kit';
import { bulletLines, context, sections } from './blocks';
import { escapeMrkdwn } from './escape-mrkdwn';
import type { Detail } from './fit-message';

/** How many names a consequence group lists at each detail level before "…and N more". */
const NAMES_SHOWN: Record<Detail, number> = { 0: 10, 1: 5, 2: 2 };

export function consequenceBlocks(
  perUser: readonly { userId: string; items: ConsequenceView[] }[],
  users: readonly PersonView[],
  s: Strings,
  detail: Detail,
): Block[] {
  const groups = detail === 0 ? groupConsequences(perUser) : groupByItem(perUser);
  if (groups.length === 0) return [];
  const lines = groups.map(
    (g) =>
      `*${namesOf(users, g.userIds, s, escapeMrkdwn, NAMES_SHOWN[detail])}*\n${bulletLines(
        g.items.map((i) => consequenceText(i, s, escapeMrkdwn)),
      )}`,
  );
  return sections(lines, s.dialog.consequencesHeading);
}

export function seatBlocks(changes: readonly SeatChangeView[], s: Strings, detail: Detail): Block[] {
  const seats = seatChangeTexts(changes, s, escapeMrkdwn);
  const next = nextStepTexts(changes, s);
  return [
    ...(seats.length > 0 ? sections([bulletLines(seats)], s.dialog.seatsHeading) : []),
    ...(next.length > 0
      ? [context(`*${s.dialog.nextStepHeading}*\n${bulletLines(detail === 2 ? next.slice(0, 1) : next)}`)]
      : []),
  ];
}

export function warningBlocks(warnings: readonly WarningView[], users: readonly PersonView[], s: Strings): Block[] {
  if (warnings.length === 0) return [];
  const lines = warnings.map((w) => `:warning: ${warningText(w, users, s, escapeMrkdwn)}`);
  return sections(lines, s.dialog.warningsHeading);
}

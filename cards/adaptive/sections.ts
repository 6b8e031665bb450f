/** Card sections shared by the confirmation, result and approval cards. */
import type { ConsequenceView, PersonView, SeatChangeView, WarningView } from '../views';
import type { Strings } from '../strings/strings';
import { groupConsequences } from '../shared/group-consequences';
import { consequenceText } from '../shared/consequence-text';
import { namesOf } from '../shared/people';
import { nextStepTexts, seatChangeTexts } from '../shared/seat-texts';
import { warningText } from '../shared/warning-text';
import type { CardElement } from './adaptive-card';
import { bullets, compact, container, heading, textBlock } from './elements';
import { escapeMarkdown } from './escape-markdown';

/** "What happens to their data": each group of identical consequences once, under the names it applies to. */
export function consequencesSection(
  perUser: readonly { userId: string; items: ConsequenceView[] }[],
  users: readonly PersonView[],
  strings: Strings,
): CardElement[] {
  const groups = groupConsequences(perUser);
  if (groups.length === 0) return [];
  return [
    heading(strings.dialog.consequencesHeading),
    ...groups.map((g) =>
      container(
        compact([
          textBlock(namesOf(users, g.userIds, strings, escapeMarkdown), { weight: 'bolder', spacing: 'small' }),
          bullets(
            g.items.map((i) => consequenceText(i, strings, escapeMarkdown)),
            { spacing: 'none' },
          ),
        ]),
      ),
    ),
  ];
}

/** Seats freed per product and, when any is freed, the billing next step. */
export function seatsSection(changes: readonly SeatChangeView[], strings: Strings): CardElement[] {
  const seats = bullets(seatChangeTexts(changes, strings, escapeMarkdown));
  const next = bullets(nextStepTexts(changes, strings), { isSubtle: true });
  return compact([
    seats && heading(strings.dialog.seatsHeading),
    seats,
    next && heading(strings.dialog.nextStepHeading),
    next,
  ]);
}

/** Warnings in an attention-styled box. */
export function warningsSection(
  warnings: readonly WarningView[],
  users: readonly PersonView[],
  strings: Strings,
): CardElement[] {
  const list = bullets(
    warnings.map((w) => warningText(w, users, strings, escapeMarkdown)),
    { color: 'attention' },
  );
  if (!list) return [];
  return [
    container([textBlock(strings.dialog.warningsHeading, { weight: 'bolder' }), list], {
      style: 'warning',
      spacing: 'medium',
    }),
  ];
}

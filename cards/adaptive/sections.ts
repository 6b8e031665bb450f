/** Card sections shared by the confirmation, result and approval cards. */
import type { ConsequenceView, PersonView, SeatChangeView, WarningView } from '../views';
import type { Strings } from '../strings/strings';
import { consequenceSummaries } from '../shared/consequence-summary';
import { nextStepTexts, seatChangeTexts } from '../shared/seat-texts';
import { warningText } from '../shared/warning-text';
import type { CardElement } from './adaptive-card';
import { actionSet, bullets, compact, container, heading, textBlock, toggleVisibility } from './elements';
import { escapeMarkdown } from './escape-markdown';

/** Id of the hidden details container (one per card). */
export const CONSEQUENCE_DETAILS_ID = 'consequenceDetails';

/**
 * "What they lose": one summary line per group of users with the same consequences, then
 * "Show details" (Action.ToggleVisibility) revealing the full sentences with their Microsoft sources.
 */
export function consequencesSection(
  perUser: readonly { userId: string; items: ConsequenceView[] }[],
  users: readonly PersonView[],
  strings: Strings,
  opts: { past?: boolean } = {},
): CardElement[] {
  const summaries = consequenceSummaries(perUser, users, strings, escapeMarkdown, opts);
  if (summaries.length === 0) return [];
  const several = summaries.length > 1;
  const details = summaries.flatMap((g) => [
    ...(several ? [textBlock(g.names, { weight: 'bolder', spacing: 'small' })] : []),
    ...compact([
      bullets(
        g.details.map((d) => (d.source ? `${d.text} [${escapeMarkdown(d.source.title)}](${d.source.url})` : d.text)),
        { spacing: 'none', isSubtle: true },
      ),
    ]),
  ]);
  return [
    heading(opts.past ? strings.dialog.lostHeading : strings.dialog.losesHeading),
    ...summaries.flatMap((g) => g.lines.map((line) => textBlock(line, { spacing: 'small' }))),
    actionSet([toggleVisibility(strings.dialog.showDetails, [CONSEQUENCE_DETAILS_ID])]),
    container(details, { id: CONSEQUENCE_DETAILS_ID, isVisible: false, spacing: 'none' }),
  ];
}

/** Seats freed per product; on the result (`done`) in the past tense, with the billing next step. */
export function seatsSection(changes: readonly SeatChangeView[], strings: Strings, done = false): CardElement[] {
  const seats = bullets(seatChangeTexts(changes, strings, escapeMarkdown, done));
  const next = done ? bullets(nextStepTexts(changes, strings), { isSubtle: true }) : undefined;
  return compact([seats && heading(strings.dialog.seatsHeading), seats, next]);
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

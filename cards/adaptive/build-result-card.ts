/**
 * The outcome of a removal (or of its undo): per user what happened and why, the data
 * consequences, seats freed with the billing next step, and the follow-up actions: Undo while
 * the grace period lasts, the next batch of a split request, and Done.
 */
import type { ResultView, UserOutcomeView } from '../views';
import { VERBS } from '../views';
import type { Strings } from '../strings/strings';
import { stringsFor } from '../strings/strings';
import { affectedStringsFor } from '../strings/affected-strings';
import { formatWhen } from '../strings/format-date';
import { outcomeText, resultProductName, resultTitle } from '../shared/outcome-text';
import { nameOf } from '../shared/people';
import type { AdaptiveCard, CardElement, ExecuteAction } from './adaptive-card';
import { actionSet, adaptiveCard, compact, executeAction, factSet, heading, textBlock, title } from './elements';
import { escapeMarkdown as esc } from './escape-markdown';
import { consequencesSection, seatsSection } from './sections';

function outcomeFacts(view: ResultView, outcomes: readonly UserOutcomeView[], s: Strings, undo: boolean): CardElement {
  return factSet(
    outcomes.map((o) => ({
      title: esc(nameOf(view.users, o.userId, s)),
      value: outcomeText(o, s, esc, undo, view.entries, resultProductName(view)),
    })),
  );
}

function isRestored(view: ResultView): boolean {
  return view.state === 'restored' || view.state === 'partially-restored';
}

function actions(view: ResultView, s: Strings): ExecuteAction[] {
  const list: ExecuteAction[] = [];
  if (view.undoUntil && !isRestored(view)) {
    list.push(executeAction(VERBS.undo, { requestId: view.requestId }, s.result.undo));
  }
  if (view.nextBatch) {
    const { requestId, index, count } = view.nextBatch;
    list.push(executeAction(VERBS.nextBatch, { requestId }, s.result.nextBatch({ index, count }), 'positive'));
  }
  list.push(executeAction(VERBS.done, { requestId: view.requestId }, s.common.done));
  return list;
}

export function buildResultCard(view: ResultView): AdaptiveCard {
  const s = stringsFor(view.locale);
  const restored = isRestored(view);
  return adaptiveCard(
    compact([
      title(resultTitle(view, s)),
      view.approvedBy !== undefined &&
        textBlock(s.result.approvedBy({ name: esc(view.approvedBy) }), { isSubtle: true, spacing: 'none' }),
      view.unreachableUsers !== undefined &&
        view.unreachableUsers.length > 0 &&
        textBlock(affectedStringsFor(view.locale).unreachable({ names: view.unreachableUsers.map(esc) }), {
          color: 'attention',
        }),
      heading(s.result.outcomesHeading),
      outcomeFacts(view, view.outcomes, s, false),
      ...(restored && view.undoOutcomes
        ? [heading(s.result.undoHeading), outcomeFacts(view, view.undoOutcomes, s, true)]
        : []),
      ...(restored ? [] : consequencesSection(view.consequences, view.users, s, { past: true })),
      ...(restored ? [] : seatsSection(view.seatChanges, s, true)),
      !restored &&
        view.undoUntil !== undefined &&
        textBlock(s.result.undoUntil({ when: formatWhen(view.undoUntil, s, view.timeZone) }), { isSubtle: true }),
      actionSet(actions(view, s)),
    ]),
  );
}

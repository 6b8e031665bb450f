/**
 * The outcome message: per user what happened (and Graph's request-id for failures), the
 * consequences, seats freed and the next step, then Undo (while possible), Next batch and Done.
 */
import type { ResultView, UserOutcomeView } from '../views';
import { VERBS } from '../views';
import type { Strings } from '../strings/strings';
import { stringsFor } from '../strings/strings';
import { affectedStringsFor } from '../strings/affected-strings';
import { formatWhen } from '../strings/format-date';
import { outcomeText, resultProductName, resultTitle } from '../shared/outcome-text';
import { nameOf } from '../shared/people';
import type { Block, Button, SlackMessage } from './block-kit';
import { actions, button, compactBlocks, context, header, section, sections } from './blocks';
import { escapeMrkdwn as esc } from './escape-mrkdwn';
import type { Detail } from './fit-message';
import { fitMessage } from './fit-message';
import { consequenceBlocks, seatBlocks } from './slack-sections';

const OUTCOMES_SHOWN: Record<Detail, number> = { 0: 100, 1: 40, 2: 20 };

function outcomeLines(
  view: ResultView,
  outcomes: readonly UserOutcomeView[],
  s: Strings,
  undo: boolean,
  max: number,
): string[] {
  const lines = outcomes
    .slice(0, max)
    .map(
      (o) =>
        `• *${esc(nameOf(view.users, o.userId, s))}*: ${outcomeText(o, s, esc, undo, view.entries, resultProductName(view))}`,
    );
  if (outcomes.length > max) lines.push(s.common.andMore({ count: outcomes.length - max }));
  return lines;
}

function buttons(view: ResultView, s: Strings, restored: boolean): Button[] {
  const list: Button[] = [];
  if (view.undoUntil && !restored) list.push(button(s.result.undo, VERBS.undo, view.requestId));
  if (view.nextBatch) {
    const { requestId, index, count } = view.nextBatch;
    list.push(button(s.result.nextBatch({ index, count }), VERBS.nextBatch, requestId, { style: 'primary' }));
  }
  list.push(button(s.common.done, VERBS.done, view.requestId));
  return list;
}

export function buildResultBlocks(view: ResultView): SlackMessage {
  const s = stringsFor(view.locale);
  const restored = view.state === 'restored' || view.state === 'partially-restored';
  const title = resultTitle(view, s);
  const build = (detail: Detail): Block[] =>
    compactBlocks([
      header(title),
      view.approvedBy !== undefined && context(s.result.approvedBy({ name: esc(view.approvedBy) })),
      view.unreachableUsers !== undefined &&
        view.unreachableUsers.length > 0 &&
        section(affectedStringsFor(view.locale).unreachable({ names: view.unreachableUsers.map(esc) })),
      sections(outcomeLines(view, view.outcomes, s, false, OUTCOMES_SHOWN[detail]), s.result.outcomesHeading),
      restored &&
        view.undoOutcomes !== undefined &&
        sections(outcomeLines(view, view.undoOutcomes, s, true, OUTCOMES_SHOWN[detail]), s.result.undoHeading),
      !restored && consequenceBlocks(view.consequences, view.users, s, detail, { past: true }),
      !restored && seatBlocks(view.seatChanges, s, true),
      !restored &&
        view.undoUntil !== undefined &&
        context(s.result.undoUntil({ when: formatWhen(view.undoUntil, s, view.timeZone) })),
      actions(buttons(view, s, restored)),
    ]);
  return { text: title, blocks: fitMessage(build, s.common.shortened) };
}

/**
 * The reclaim dialog as a Slack message: candidates per reason as pre-checked checkboxes (≤ 10
 * per block, option value `userId:skuId`), what was found but not offered, seats and money per
 * month, consequences, then Unassign (guarded by Slack's confirm dialog) or, for a manager, a
 * reason and Send for approval. Too much to show is summarised (see fit-message.ts).
 */
import type { ReclaimView } from '../views';
import { candidateKey, VERBS } from '../views';
import { stringsFor } from '../strings/strings';
import { reclaimStringsFor } from '../strings/reclaim-strings';
import { candidateCount, candidateLine, notOfferedLines, pricesMissing, savingsLines } from '../shared/reclaim-texts';
import type { Block, SlackMessage } from './block-kit';
import {
  actions,
  bulletLines,
  button,
  checkboxBlocks,
  compactBlocks,
  confirmDialog,
  context,
  header,
  option,
  section,
  sections,
  textInputBlock,
} from './blocks';
import { escapeMrkdwn as esc, plain } from './escape-mrkdwn';
import type { Detail } from './fit-message';
import { fitMessage } from './fit-message';
import { INPUT_LIMITS } from '../input-limits';
import { SLACK_INPUTS } from './slack-inputs';
import { consequenceBlocks } from './slack-sections';

/** Checkbox blocks of every reason, numbered across reasons so each block id is unique. */
function candidateBlocks(view: ReclaimView): Block[] {
  const s = stringsFor(view.locale);
  const r = reclaimStringsFor(view.locale);
  let offset = 0;
  return view.groups.flatMap((g) => {
    const start = offset;
    const blocks = checkboxBlocks(
      (i) => SLACK_INPUTS.candidatesBlock(start + i),
      SLACK_INPUTS.candidatesAction,
      (i, count) => {
        const label = r.reasonHeading[g.reason]({ count: g.candidates.length, days: view.inactiveDays });
        return count > 1 ? `${label} ${i + 1}/${count}` : label;
      },
      g.candidates.map((c) => ({
        option: option(candidateLine(view, c, s, plain), candidateKey(c.userId, c.skuId)),
        checked: true,
      })),
    );
    offset += blocks.length;
    return blocks;
  });
}

export function buildReclaimBlocks(view: ReclaimView): SlackMessage {
  const s = stringsFor(view.locale);
  const r = reclaimStringsFor(view.locale);
  const count = candidateCount(view);
  const approval = view.mode === 'needs-approval';
  const primary = approval
    ? button(s.dialog.sendForApproval, VERBS.sendForApproval, view.requestId, { style: 'primary' })
    : button(r.confirm, VERBS.confirm, view.requestId, {
        style: 'danger',
        confirm: confirmDialog(r.confirmTitle, r.confirmText({ count }), r.confirm, s.common.cancel),
      });
  const build = (detail: Detail): Block[] =>
    compactBlocks([
      header(r.title),
      context(s.dialog.manageTitle),
      count > 0 && section(r.scope[view.scope]),
      view.signIn !== 'available' && section(`:warning: ${r.signInUnavailable[view.signIn]}`),
      candidateBlocks(view),
      view.more > 0 && section(r.more({ count: view.more })),
      count === 0 && section(r.none({ days: view.inactiveDays })),
      view.notOffered.length > 0 && sections([bulletLines(notOfferedLines(view, s, esc))], r.notOfferedHeading),
      view.savings.length > 0 && sections([bulletLines(savingsLines(view, s, esc))], r.savingsHeading),
      pricesMissing(view) && context(r.pricesHint),
      consequenceBlocks(view.consequences, view.users, s, detail),
      count > 0 && approval && section(s.dialog.approvalIntro),
      count > 0 &&
        approval &&
        textInputBlock(SLACK_INPUTS.reason, s.dialog.reasonLabel, INPUT_LIMITS.reason, s.dialog.reasonPlaceholder),
      count > 0 && actions([primary, button(s.common.cancel, VERBS.cancel, view.requestId)]),
    ]);
  return { text: count > 0 ? r.summary({ count }) : r.title, blocks: fitMessage(build, s.common.shortened) };
}

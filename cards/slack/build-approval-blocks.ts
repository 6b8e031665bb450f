/**
 * The approver's message: who asks, for whom, which product and why, consequences and seats.
 * Pending: a comment box with Approve / Reject (Reject guarded by Slack's confirm). Decided:
 * who decided and when, no buttons.
 */
import type { ApprovalView } from '../views';
import { VERBS } from '../views';
import type { Strings } from '../strings/strings';
import { stringsFor } from '../strings/strings';
import { formatScheduled } from '../strings/format-date';
import { scheduleStringsFor } from '../strings/schedule-strings';
import { formatWhen } from '../strings/format-date';
import { personLine } from '../shared/people';
import type { Block, SlackMessage } from './block-kit';
import { actions, button, compactBlocks, context, fields, header, section, sections, textInputBlock } from './blocks';
import { escapeMrkdwn as esc } from './escape-mrkdwn';
import type { Detail } from './fit-message';
import { fitMessage } from './fit-message';
import { SLACK_INPUTS } from './slack-inputs';
import { consequenceBlocks, seatBlocks } from './slack-sections';
import { INPUT_LIMITS } from '../input-limits';

const USERS_SHOWN: Record<Detail, number> = { 0: 50, 1: 20, 2: 10 };

function decision(view: ApprovalView, s: Strings): Block[] {
  const name = esc(view.decidedBy ?? '');
  const at = view.decidedAt ? formatWhen(view.decidedAt, s, view.timeZone) : '';
  const comment = view.comment ? context(s.approval.comment({ comment: esc(view.comment) })) : undefined;
  switch (view.status) {
    case 'pending':
      return [
        textInputBlock(
          SLACK_INPUTS.comment,
          s.approval.commentLabel,
          INPUT_LIMITS.comment,
          s.approval.commentPlaceholder,
        ),
        actions([
          button(s.approval.approve, VERBS.approve, view.requestId, { style: 'primary' }),
          button(s.approval.reject, VERBS.reject, view.requestId, { style: 'danger' }),
        ]),
      ];
    case 'approved':
      return compactBlocks([section(`:white_check_mark: *${s.approval.approvedBy({ name, at })}*`), comment]);
    case 'rejected':
      return compactBlocks([section(`:x: *${s.approval.rejectedBy({ name, at })}*`), comment]);
    case 'expired':
      return [section(s.approval.expired)];
    case 'cancelled':
      return [section(s.approval.cancelled)];
  }
}

export function buildApprovalBlocks(view: ApprovalView): SlackMessage {
  const s = stringsFor(view.locale);
  const build = (detail: Detail): Block[] => {
    const shown = view.users.slice(0, USERS_SHOWN[detail]).map((u) => `• ${personLine(u, s, esc)}`);
    if (view.users.length > shown.length) shown.push(s.common.andMore({ count: view.users.length - shown.length }));
    return compactBlocks([
      header(s.approval.title),
      section(s.approval.requestedBy({ name: personLine(view.requester, s, esc) })),
      view.scheduledFor &&
        section(
          `*${scheduleStringsFor(view.locale).runsAt({ when: formatScheduled(view.scheduledFor.at, view.scheduledFor.timeZone, s) })}*`,
        ),
      fields([
        ...view.products.flatMap((p) => [
          { title: s.dialog.productLabel, value: esc(p.displayName) },
          { title: s.dialog.seatsLabel, value: s.common.seats(p.seats) },
        ]),
      ]),
      section(`*${s.approval.reasonLabel}*\n${view.reason ? esc(view.reason) : s.approval.noReason}`),
      sections(shown, s.dialog.usersHeading({ count: view.users.length })),
      consequenceBlocks(view.consequences, view.users, s, detail),
      seatBlocks(view.seatChanges, s),
      decision(view, s),
    ]);
  };
  const text = s.approval.summary({
    name: esc(view.requester.displayName),
    products: view.products.map((p) => esc(p.displayName)),
    count: view.users.length,
  });
  return { text, blocks: fitMessage(build, s.common.shortened) };
}

/**
 * The approver's card: who asks, for whom, which product and why, what happens to the data
 * and which seats are freed. Pending: a comment box with Approve / Reject. Decided: who decided
 * and when, without actions.
 */
import type { ApprovalView } from '../views';
import { INPUTS, VERBS } from '../views';
import type { Strings } from '../strings/strings';
import { stringsFor } from '../strings/strings';
import { formatScheduled } from '../strings/format-date';
import { scheduleStringsFor } from '../strings/schedule-strings';
import { formatWhen } from '../strings/format-date';
import { personLine } from '../shared/people';
import type { AdaptiveCard, CardElement } from './adaptive-card';
import {
  actionSet,
  adaptiveCard,
  bullets,
  compact,
  executeAction,
  factSet,
  heading,
  textBlock,
  textInput,
  title,
} from './elements';
import { escapeMarkdown as esc } from './escape-markdown';
import { consequencesSection, seatsSection } from './sections';
import { INPUT_LIMITS } from '../input-limits';

function decision(view: ApprovalView, s: Strings): CardElement[] {
  const data = { requestId: view.requestId };
  const name = esc(view.decidedBy ?? '');
  const at = view.decidedAt ? formatWhen(view.decidedAt, s, view.timeZone) : '';
  const comment = view.comment
    ? textBlock(s.approval.comment({ comment: esc(view.comment) }), { spacing: 'none' })
    : undefined;
  switch (view.status) {
    case 'pending':
      return [
        textInput(INPUTS.comment, s.approval.commentLabel, INPUT_LIMITS.comment, s.approval.commentPlaceholder),
        actionSet([
          executeAction(VERBS.approve, data, s.approval.approve, 'positive'),
          executeAction(VERBS.reject, data, s.approval.reject, 'destructive'),
        ]),
      ];
    case 'approved':
      return compact([textBlock(s.approval.approvedBy({ name, at }), { weight: 'bolder', color: 'good' }), comment]);
    case 'rejected':
      return compact([
        textBlock(s.approval.rejectedBy({ name, at }), { weight: 'bolder', color: 'attention' }),
        comment,
      ]);
    case 'expired':
      return [textBlock(s.approval.expired, { weight: 'bolder' })];
    case 'cancelled':
      return [textBlock(s.approval.cancelled, { weight: 'bolder' })];
  }
}

export function buildApprovalCard(view: ApprovalView): AdaptiveCard {
  const s = stringsFor(view.locale);
  return adaptiveCard(
    compact([
      title(s.approval.title),
      textBlock(s.approval.requestedBy({ name: personLine(view.requester, s, esc) }), { spacing: 'none' }),
      view.scheduledFor &&
        textBlock(
          scheduleStringsFor(view.locale).runsAt({
            when: formatScheduled(view.scheduledFor.at, view.scheduledFor.timeZone, s),
          }),
          { weight: 'bolder' },
        ),
      factSet([
        ...view.products.flatMap((p) => [
          { title: s.dialog.productLabel, value: esc(p.displayName) },
          { title: s.dialog.seatsLabel, value: s.common.seats(p.seats) },
        ]),
        { title: s.approval.reasonLabel, value: view.reason ? esc(view.reason) : s.approval.noReason },
      ]),
      heading(s.dialog.usersHeading({ count: view.users.length })),
      bullets(view.users.map((u) => personLine(u, s, esc))),
      ...consequencesSection(view.consequences, view.users, s),
      ...seatsSection(view.seatChanges, s),
      ...decision(view, s),
    ]),
  );
}

/**
 * Plain text for the CLI, mirroring the confirmation dialog (product, users, consequences,
 * seats, next step). No ANSI colours; control characters in names are stripped so a display
 * name cannot drive the terminal.
 */
import type { ApprovalView, ClarifyView, ConfirmRemovalView, ReclaimView, ResultView, View } from '../views';
import type { Strings } from '../strings/strings';
import { stringsFor } from '../strings/strings';
import { formatWhen } from '../strings/format-date';
import {
  confirmNotes,
  confirmUserRows,
  dialogTitle,
  hasRemovable,
  isSelectable,
  licenseRows,
  noSeatNote,
  notRemovedLines,
} from '../shared/confirm-rows';
import { consequenceSummaries } from '../shared/consequence-summary';
import { helpExamples, personHint, productChoiceTitle, resolvedLine } from '../shared/clarify-text';
import { licenseSource } from '../shared/license-source';
import { noticeText } from '../shared/notice-text';
import { outcomeText, resultProductName, resultTitle } from '../shared/outcome-text';
import { nameOf, personLine } from '../shared/people';
import { nextStepTexts, seatChangeTexts } from '../shared/seat-texts';
import { warningText } from '../shared/warning-text';
import { candidateCount, candidateLine, notOfferedLines, pricesMissing, savingsLines } from '../shared/reclaim-texts';
import { reclaimStringsFor } from '../strings/reclaim-strings';
import { affectedStringsFor } from '../strings/affected-strings';
import { affectedTexts } from '../shared/affected-texts';
import { scheduledItemText, scheduledTitle } from '../shared/scheduled-texts';

/** One line, no control characters (ESC included). */
export function sanitize(text: string): string {
  const oneLine = text.replace(/[\r\n\t]+/g, ' ');
  return [...oneLine].filter((c) => c >= ' ' && c !== '\u007f' && !(c >= '\u0080' && c <= '\u009f')).join('');
}

const esc = sanitize;

function block(heading: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : ['', heading, ...lines.map((l) => `  ${l}`)];
}

function underline(title: string): string[] {
  return [title, '='.repeat(title.length)];
}

function consequenceLines(
  perUser: readonly { userId: string; items: ConfirmRemovalView['consequences'][number]['items'] }[],
  users: ConfirmRemovalView['users'],
  s: Strings,
  past = false,
): string[] {
  return consequenceSummaries(perUser, users, s, esc, { past }).flatMap((g) => [
    ...g.lines,
    ...g.details.map((d) => `  - ${d.text}${d.source ? ` (${d.source.url})` : ''}`),
  ]);
}

function seatLines(view: { seatChanges: ConfirmRemovalView['seatChanges'] }, s: Strings, done = false): string[] {
  return [
    ...block(s.dialog.seatsHeading, seatChangeTexts(view.seatChanges, s, esc, done)),
    ...(done ? block(s.dialog.nextStepHeading, nextStepTexts(view.seatChanges, s)) : []),
  ];
}

function confirmText(view: ConfirmRemovalView, s: Strings): string[] {
  const title = dialogTitle(view, s);
  const rows = confirmUserRows(view);
  const actionable = hasRemovable(view);
  const licenseLines = licenseRows(view, s, esc).map((r) =>
    r.toggle && !actionable
      ? `- ${esc(r.product.displayName)}`
      : r.toggle
        ? `[${r.keep ? 'x' : ' '}] ${esc(r.product.displayName)}`
        : `[-] ${esc(r.product.displayName)}: ${r.reason ?? ''}`,
  );
  const shownSkus = new Set((view.userLicenses ?? []).map((l) => l.product.skuId));
  return [
    ...underline(title),
    ...(view.batch.count > 1 ? [s.dialog.batch(view.batch)] : []),
    ...(view.mode === 'needs-approval' ? [s.dialog.approvalIntro] : []),
    ...confirmNotes(view, s, esc),
    ...view.products.flatMap((p) => [
      `${s.dialog.productLabel}: ${esc(p.displayName)}`,
      `${s.dialog.seatsLabel}: ${s.common.seats(p.seats)}`,
    ]),
    ...block(
      s.dialog.usersHeading({ count: rows.filter(isSelectable).length }),
      rows.filter(isSelectable).flatMap((r) => {
        const note = noSeatNote(r, view, s, esc);
        return [`[x] ${personLine(r.person, s, esc)}`, ...(note ? [`    ${note}`] : [])];
      }),
    ),
    ...block(s.dialog.licensesHeading, licenseLines),
    ...block(s.dialog.notRemovedHeading, notRemovedLines(view, s, esc, shownSkus)),
    ...block(
      s.dialog.warningsHeading,
      view.warnings.map((w) => `! ${warningText(w, view.users, s, esc)}`),
    ),
    ...block(s.dialog.losesHeading, consequenceLines(view.consequences, view.users, s)),
    ...seatLines(view, s),
    ...(hasRemovable(view) ? [] : ['', s.notice['nothing-to-remove']({})]),
  ];
}

function resultText(view: ResultView, s: Strings): string[] {
  const restored = view.state === 'restored' || view.state === 'partially-restored';
  const lines = (outcomes: NonNullable<ResultView['undoOutcomes']>, undo: boolean): string[] =>
    outcomes.map(
      (o) =>
        `${esc(nameOf(view.users, o.userId, s))}: ${outcomeText(o, s, esc, undo, view.entries, resultProductName(view))}`,
    );
  return [
    ...underline(resultTitle(view, s)),
    ...(view.approvedBy ? [s.result.approvedBy({ name: esc(view.approvedBy) })] : []),
    ...(view.unreachableUsers?.length
      ? [affectedStringsFor(view.locale).unreachable({ names: view.unreachableUsers.map(esc) })]
      : []),
    ...block(s.result.outcomesHeading, lines(view.outcomes, false)),
    ...(restored ? block(s.result.undoHeading, lines(view.undoOutcomes ?? [], true)) : []),
    ...(restored ? [] : block(s.dialog.lostHeading, consequenceLines(view.consequences, view.users, s, true))),
    ...(restored ? [] : seatLines(view, s, true)),
    ...(!restored && view.undoUntil
      ? ['', s.result.undoUntil({ when: formatWhen(view.undoUntil, s, view.timeZone) })]
      : []),
    ...(view.nextBatch ? [s.result.nextBatch(view.nextBatch)] : []),
  ];
}

function clarifyText(view: ClarifyView, s: Strings): string[] {
  const text = esc(view.text);
  switch (view.code) {
    case 'ambiguous-person':
      return [
        s.clarify.ambiguousPerson({ text }),
        ...view.candidates.map((p, i) => `  ${i + 1}. ${personLine(p, s, esc)}`),
      ];
    case 'person-not-found':
      return [
        s.clarify.personNotFound({ text }),
        ...(view.suggestions.length > 0
          ? [s.clarify.didYouMean, ...view.suggestions.map((p, i) => `  ${i + 1}. ${personLine(p, s, esc)}`)]
          : [personHint(view, s)]),
      ];
    case 'ambiguous-product':
      return [
        s.clarify.ambiguousProduct({ text }),
        ...view.candidates.map((p, i) => `  ${i + 1}. ${productChoiceTitle(p, view, s, esc)}`),
      ];
    case 'product-not-found':
      return [
        s.clarify.productNotFound({ text }),
        ...(view.suggestions.length > 0
          ? [
              s.clarify.didYouMean,
              ...view.suggestions.map(
                (p, i) => `  ${i + 1}. ${s.clarify.product({ name: esc(p.displayName), ...p.seats })}`,
              ),
            ]
          : [s.clarify.noProductSuggestions]),
      ];
  }
}

function approvalText(view: ApprovalView, s: Strings): string[] {
  const at = view.decidedAt ? formatWhen(view.decidedAt, s, view.timeZone) : '';
  const name = esc(view.decidedBy ?? '');
  const status =
    view.status === 'approved'
      ? [s.approval.approvedBy({ name, at })]
      : view.status === 'rejected'
        ? [s.approval.rejectedBy({ name, at })]
        : view.status === 'expired'
          ? [s.approval.expired]
          : view.status === 'cancelled'
            ? [s.approval.cancelled]
            : [];
  return [
    ...underline(s.approval.title),
    s.approval.requestedBy({ name: personLine(view.requester, s, esc) }),
    ...view.products.map((p) => `${s.dialog.productLabel}: ${esc(p.displayName)} (${s.common.seats(p.seats)})`),
    `${s.approval.reasonLabel}: ${view.reason ? esc(view.reason) : s.approval.noReason}`,
    ...block(
      s.dialog.usersHeading({ count: view.users.length }),
      view.users.map((u) => personLine(u, s, esc)),
    ),
    ...block(s.dialog.losesHeading, consequenceLines(view.consequences, view.users, s)),
    ...seatLines(view, s),
    ...(status.length > 0 ? ['', ...status] : []),
    ...(view.comment ? [s.approval.comment({ comment: esc(view.comment) })] : []),
  ];
}

/** The reclaim dialog; the CLI confirms all candidates (it has no checkboxes). */
function reclaimText(view: ReclaimView, s: Strings): string[] {
  const r = reclaimStringsFor(view.locale);
  const count = candidateCount(view);
  return [
    ...underline(r.title),
    ...(count > 0 ? [r.scope[view.scope]] : [r.none({ days: view.inactiveDays })]),
    ...(view.signIn !== 'available' ? ['', r.signInUnavailable[view.signIn]] : []),
    ...view.groups.flatMap((g) =>
      block(
        r.reasonHeading[g.reason]({ count: g.candidates.length, days: view.inactiveDays }),
        g.candidates.map((c) => `[x] ${candidateLine(view, c, s, esc)}`),
      ),
    ),
    ...(view.more > 0 ? [r.more({ count: view.more })] : []),
    ...block(r.notOfferedHeading, notOfferedLines(view, s, esc)),
    ...block(r.savingsHeading, savingsLines(view, s, esc)),
    ...(pricesMissing(view) ? [r.pricesHint] : []),
    ...block(s.dialog.consequencesHeading, consequenceLines(view.consequences, view.users, s)),
  ];
}

function lines(view: View): string[] {
  const s = stringsFor(view.locale);
  switch (view.kind) {
    case 'affected-user': {
      const t = affectedTexts(view, esc);
      return [...underline(t.title), t.what, ...t.data.map((d) => `- ${d}`), t.ask];
    }
    case 'reclaim':
      return reclaimText(view, s);
    case 'scheduled':
      return [
        ...underline(scheduledTitle(view, esc)),
        ...view.items.map((item) => `- ${scheduledItemText(view, item, esc)} [${item.requestId}]`),
      ];
    case 'confirm-removal':
      return confirmText(view, s);
    case 'clarify': {
      const resolved = resolvedLine(view, s, esc);
      return [...clarifyText(view, s), ...(resolved ? [resolved] : [])];
    }
    case 'parse-help':
      return [s.parseHelp[view.code]];
    case 'refused':
      return [
        s.refused[view.code]({ people: (view.people ?? []).map(esc) }),
        view.admins.length > 0 ? s.refused.askAdmins({ admins: view.admins.map(esc) }) : s.refused.noAdmins,
      ];
    case 'progress':
      return [view.operation === 'undo' ? s.progress.restoring(view) : s.progress.removing(view)];
    case 'result':
      return resultText(view, s);
    case 'notice':
      return [noticeText(view, s, esc)];
    case 'user-licenses':
      return [
        ...underline(s.userLicenses.title({ name: esc(view.user.displayName) })),
        ...(view.licenses.length > 0
          ? view.licenses.map((l) => `${esc(l.product.displayName)}: ${licenseSource(l, s, esc)}`)
          : [s.userLicenses.none({ name: esc(view.user.displayName) })]),
      ];
    case 'who-has':
      return [
        ...underline(s.whoHas.title({ product: esc(view.product.displayName) })),
        s.common.seats(view.product.seats),
        ...(view.users.length > 0 ? view.users.map((u) => `  ${personLine(u, s, esc)}`) : [s.whoHas.none]),
        ...(view.truncated > 0 ? [s.common.andMore({ count: view.truncated })] : []),
      ];
    case 'free-seats':
      return [
        ...underline(s.freeSeats.title),
        ...(view.products.length > 0
          ? view.products.map((p) => s.freeSeats.line({ product: esc(p.displayName), ...p.seats }))
          : [s.freeSeats.none]),
      ];
    case 'help':
      return [
        ...underline(s.help.title),
        ...(view.welcome ? [s.help.welcome] : []),
        s.help.intro,
        ...block(s.help.examplesHeading, helpExamples(view, s, esc)),
        ...(view.canRemove ? [] : ['', s.help.managerNote]),
        s.help.safety,
      ];
    case 'approval':
      return approvalText(view, s);
  }
}

export function renderText(view: View): string {
  return `${lines(view).join('\n')}\n`;
}

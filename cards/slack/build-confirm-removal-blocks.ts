/**
 * The confirmation as a Slack message, mirroring the admin-center dialog: title, product and
 * seats, the users as pre-checked checkboxes (≤ 10 per block), who is left out and why,
 * warnings, consequences, seats freed and the next step, then a danger button guarded by
 * Slack's confirm dialog and Cancel. Too much to show is summarised (see fit-message.ts).
 */
import type { ConfirmRemovalView } from '../views';
import { VERBS } from '../views';
import type { Strings } from '../strings/strings';
import { stringsFor } from '../strings/strings';
import { formatScheduled } from '../strings/format-date';
import { scheduleStringsFor } from '../strings/schedule-strings';
import {
  confirmNotes,
  confirmUserRows,
  dialogTitle,
  hasRemovable,
  isSelectable,
  licenseRows,
  noSeatNote,
  notRemovedLines,
  removableProductNames,
} from '../shared/confirm-rows';
import type { Block, Button, SlackMessage } from './block-kit';
import {
  actions,
  bulletLines,
  button,
  checkboxBlocks,
  compactBlocks,
  confirmDialog,
  context,
  fields,
  header,
  option,
  section,
  sections,
  textInputBlock,
} from './blocks';
import { escapeMrkdwn as esc, plain, truncate } from './escape-mrkdwn';
import { SLACK_LIMITS } from './slack-limits';
import type { Detail } from './fit-message';
import { fitMessage } from './fit-message';
import { SLACK_INPUTS } from './slack-inputs';
import { consequenceBlocks, seatBlocks, warningBlocks } from './slack-sections';
import { INPUT_LIMITS } from '../input-limits';

/** Users listed as left out before "…and N more". */
const SKIPPED_SHOWN: Record<Detail, number> = { 0: 20, 1: 10, 2: 5 };

function productFields(view: ConfirmRemovalView, s: Strings): Block {
  return fields(
    view.products.flatMap((p) => [
      { title: s.dialog.productLabel, value: esc(p.displayName) },
      { title: s.dialog.seatsLabel, value: s.common.seats(p.seats) },
    ]),
  );
}

function notRemovedBlocks(view: ConfirmRemovalView, s: Strings, detail: Detail, except?: ReadonlySet<string>): Block[] {
  const lines = notRemovedLines(view, s, esc, except);
  const shown = lines.slice(0, SKIPPED_SHOWN[detail]);
  if (lines.length > shown.length) shown.push(s.common.andMore({ count: lines.length - shown.length }));
  return shown.length > 0 ? sections([bulletLines(shown)], s.dialog.notRemovedHeading) : [];
}

function userCheckboxes(view: ConfirmRemovalView, s: Strings, detail: Detail): Block[] {
  const selectable = confirmUserRows(view).filter(isSelectable);
  const notes = selectable.flatMap((r) => {
    const note = noSeatNote(r, view, s, esc);
    return note ? [`${esc(r.person.displayName)}: ${note}`] : [];
  });
  return compactBlocks([
    checkboxBlocks(
      SLACK_INPUTS.usersBlock,
      SLACK_INPUTS.usersAction,
      (i, count) =>
        count > 1
          ? `${s.dialog.usersHeading({ count: selectable.length })} ${i + 1}/${count}`
          : s.dialog.usersHeading({ count: selectable.length }),
      selectable.map((r) => ({
        option: option(
          r.person.accountEnabled
            ? esc(r.person.displayName)
            : `${esc(r.person.displayName)} (${s.common.accountDisabled})`,
          r.person.id,
          plain(`${r.person.address}${r.person.department ? ` — ${r.person.department}` : ''}`),
        ),
        checked: true,
      })),
    ),
    notes.length > 0 && context(bulletLines(notes)),
    notRemovedBlocks(view, s, detail),
  ]);
}

function licenseCheckboxes(view: ConfirmRemovalView, s: Strings, detail: Detail, actionable: boolean): Block[] {
  const rows = licenseRows(view, s, esc);
  const toggles = rows.filter((r) => r.toggle);
  const fixed = rows.filter((r) => !r.toggle).map((r) => `${esc(r.product.displayName)}: ${r.reason ?? ''}`);
  const notes = toggles.flatMap((r) => (r.note ? [`${esc(r.product.displayName)}: ${r.note}`] : []));
  const user = view.users[0];
  return compactBlocks([
    user && section(`*${esc(user.displayName)}* (${esc(user.address)})`),
    // The hint names a checkbox and a button: only where both are in the message.
    actionable && view.mode === 'direct' && toggles.length > 0 && context(s.dialog.userLicensesHint),
    // Checkboxes only in a message that can act: without a button they would promise a choice.
    actionable
      ? checkboxBlocks(
          SLACK_INPUTS.skusBlock,
          SLACK_INPUTS.skusAction,
          () => s.dialog.licensesHeading,
          toggles.map((r) => ({ option: option(esc(r.product.displayName), r.product.skuId), checked: r.keep })),
        )
      : toggles.length > 0 &&
        sections([bulletLines(toggles.map((r) => esc(r.product.displayName)))], s.dialog.licensesHeading),
    notes.length > 0 && context(bulletLines(notes)),
    fixed.length > 0 && context(bulletLines(fixed)),
    notRemovedBlocks(view, s, detail, new Set(rows.map((r) => r.product.skuId))),
  ]);
}

function selection(view: ConfirmRemovalView, s: Strings, detail: Detail, actionable: boolean): Block[] {
  switch (view.dialog) {
    case 'licenses-page':
      return [productFields(view, s), ...userCheckboxes(view, s, detail)];
    case 'user-licenses':
      return licenseCheckboxes(view, s, detail, actionable);
    case 'manage-product-licenses': {
      const removable = removableProductNames(view, esc);
      return [
        productFields(view, s),
        ...userCheckboxes(view, s, detail),
        ...(removable.length > 0
          ? [
              ...checkboxBlocks(
                () => SLACK_INPUTS.unassignAll,
                SLACK_INPUTS.unassignAll,
                () => s.dialog.licensesHeading,
                [{ option: option(s.dialog.unassignAll, SLACK_INPUTS.unassignAllValue), checked: true }],
              ),
              context(s.dialog.manageHint({ products: removable })),
            ]
          : []),
      ];
    }
  }
}

function primaryButton(view: ConfirmRemovalView, s: Strings): Button {
  if (view.mode === 'needs-approval') {
    return button(s.dialog.sendForApproval, VERBS.sendForApproval, view.requestId, { style: 'primary' });
  }
  const label = view.scheduledFor
    ? scheduleStringsFor(view.locale).scheduleButton
    : view.dialog === 'licenses-page'
      ? s.dialog.unassign
      : s.dialog.saveChanges;
  const summary = s.dialog.confirmText({
    products: removableProductNames(view, plain),
    count: confirmUserRows(view).filter(isSelectable).length,
  });
  return button(label, VERBS.confirm, view.requestId, {
    style: 'danger',
    confirm: confirmDialog(s.dialog.confirmTitle, summary, s.dialog.unassign, s.common.cancel),
  });
}

export function buildConfirmRemovalBlocks(view: ConfirmRemovalView): SlackMessage {
  const s = stringsFor(view.locale);
  const actionable = hasRemovable(view);
  const approval = view.mode === 'needs-approval' && actionable;
  const build = (detail: Detail): Block[] =>
    compactBlocks([
      header(dialogTitle(view, s)),
      view.batch.count > 1 && context(s.dialog.batch(view.batch)),
      view.scheduledFor &&
        section(
          `*${scheduleStringsFor(view.locale).runsAt({ when: formatScheduled(view.scheduledFor.at, view.scheduledFor.timeZone, s) })}*`,
        ),
      approval && section(s.dialog.approvalIntro),
      ...confirmNotes(view, s, esc).map((note) => section(`:warning: *${note}*`)),
      selection(view, s, detail, actionable),
      warningBlocks(view.warnings, view.users, s),
      consequenceBlocks(view.consequences, view.users, s, detail),
      seatBlocks(view.seatChanges, s),
      approval &&
        textInputBlock(SLACK_INPUTS.reason, s.dialog.reasonLabel, INPUT_LIMITS.reason, s.dialog.reasonPlaceholder),
      !actionable && section(s.notice['nothing-to-remove']({})),
      actionable && actions([primaryButton(view, s), button(s.common.cancel, VERBS.cancel, view.requestId)]),
    ]);
  const count = confirmUserRows(view).filter(isSelectable).length;
  // The notification text: never "Unassign Visio Plan 2 from 0 users?" — with nothing to
  // unassign it says so, and why.
  const text = actionable
    ? s.dialog.summary({ products: removableProductNames(view, esc), count })
    : [s.notice['nothing-to-remove']({}), ...notRemovedLines(view, s, esc)].join(' ');
  return {
    text: truncate(text, SLACK_LIMITS.messageText),
    blocks: fitMessage(build, s.common.shortened),
  };
}

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
  confirmUserRows,
  dialogTitle,
  hasRemovable,
  isSelectable,
  productNames,
  rowSkipText,
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
import { escapeMrkdwn as esc, plain } from './escape-mrkdwn';
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

function userCheckboxes(view: ConfirmRemovalView, s: Strings, detail: Detail): Block[] {
  const rows = confirmUserRows(view);
  const selectable = rows.filter(isSelectable);
  const skipped = rows.filter((r) => !isSelectable(r));
  const shown = skipped.slice(0, SKIPPED_SHOWN[detail]);
  const more = skipped.length - shown.length;
  const skippedLines = shown.map((r) => `${esc(r.person.displayName)}: ${rowSkipText(r, view, s, esc)}`);
  if (more > 0) skippedLines.push(s.common.andMore({ count: more }));
  return [
    ...checkboxBlocks(
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
    ...(skippedLines.length > 0 ? sections([bulletLines(skippedLines)], s.dialog.notRemovedHeading) : []),
  ];
}

function licenseCheckboxes(view: ConfirmRemovalView, s: Strings): Block[] {
  const licenses = view.userLicenses ?? [];
  const removable = licenses.filter((l) => l.removable);
  const fixed = licenses
    .filter((l) => !l.removable)
    .map((l) => {
      const groups = view.entries.filter((e) => e.skuId === l.product.skuId).flatMap((e) => e.groups ?? []);
      return `${esc(l.product.displayName)}: ${s.dialog.licenseNotRemovable({ groups: [...new Set(groups)].map(esc) })}`;
    });
  const user = view.users[0];
  return compactBlocks([
    user && section(`*${esc(user.displayName)}* (${esc(user.address)})`),
    context(s.dialog.userLicensesHint),
    checkboxBlocks(
      SLACK_INPUTS.skusBlock,
      SLACK_INPUTS.skusAction,
      () => s.dialog.licensesHeading,
      removable.map((l) => ({ option: option(esc(l.product.displayName), l.product.skuId), checked: l.keep })),
    ),
    fixed.length > 0 && context(bulletLines(fixed)),
  ]);
}

function selection(view: ConfirmRemovalView, s: Strings, detail: Detail): Block[] {
  switch (view.dialog) {
    case 'licenses-page':
      return [productFields(view, s), ...userCheckboxes(view, s, detail)];
    case 'user-licenses':
      return licenseCheckboxes(view, s);
    case 'manage-product-licenses':
      return [
        productFields(view, s),
        ...userCheckboxes(view, s, detail),
        ...checkboxBlocks(
          () => SLACK_INPUTS.unassignAll,
          SLACK_INPUTS.unassignAll,
          () => s.dialog.licensesHeading,
          [{ option: option(s.dialog.unassignAll, SLACK_INPUTS.unassignAllValue), checked: true }],
        ),
        context(s.dialog.manageHint({ products: productNames(view, esc) })),
      ];
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
    products: view.products.map((p) => plain(p.displayName)),
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
      selection(view, s, detail),
      warningBlocks(view.warnings, view.users, s),
      consequenceBlocks(view.consequences, view.users, s, detail),
      seatBlocks(view.seatChanges, s, detail),
      approval &&
        textInputBlock(SLACK_INPUTS.reason, s.dialog.reasonLabel, INPUT_LIMITS.reason, s.dialog.reasonPlaceholder),
      !actionable && section(s.notice['nothing-to-remove']({})),
      actionable && actions([primaryButton(view, s), button(s.common.cancel, VERBS.cancel, view.requestId)]),
    ]);
  const count = confirmUserRows(view).filter(isSelectable).length;
  return {
    text: s.dialog.summary({ products: productNames(view, esc), count }),
    blocks: fitMessage(build, s.common.shortened),
  };
}

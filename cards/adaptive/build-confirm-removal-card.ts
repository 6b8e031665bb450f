/**
 * The confirmation card, mirroring the admin-center dialog the request came from:
 * Billing > Licenses "Unassign licenses", Active users "Licenses and apps" (one user), or
 * Active users "Manage product licenses" (several users). In needs-approval mode the primary
 * action sends the request to an approver with a reason instead of removing.
 */
import type { ConfirmRemovalView } from '../views';
import { INPUTS, VERBS } from '../views';
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
import { personLine } from '../shared/people';
import type { AdaptiveCard, CardElement, ExecuteAction } from './adaptive-card';
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
  toggle,
  withoutInputs,
} from './elements';
import { escapeMarkdown as esc } from './escape-markdown';
import { consequencesSection, seatsSection, warningsSection } from './sections';
import { INPUT_LIMITS } from '../input-limits';

function productFacts(view: ConfirmRemovalView, s: Strings): CardElement {
  return factSet(
    view.products.flatMap((p) => [
      { title: s.dialog.productLabel, value: esc(p.displayName) },
      { title: s.dialog.seatsLabel, value: s.common.seats(p.seats) },
    ]),
  );
}

/** Users as checkboxes (checked), with a note where no seat is freed. */
function userToggles(view: ConfirmRemovalView, s: Strings): CardElement[] {
  const selectable = confirmUserRows(view).filter(isSelectable);
  return compact([
    selectable.length > 0 && heading(s.dialog.usersHeading({ count: selectable.length })),
    ...selectable.flatMap((r) => {
      const note = noSeatNote(r, view, s, esc);
      return compact([
        toggle(INPUTS.userToggle(r.person.id), personLine(r.person, s, esc), true),
        note !== undefined && textBlock(note, { isSubtle: true, spacing: 'none' }),
      ]);
    }),
  ]);
}

/** Who or what is left out and why: nothing is skipped silently. */
function notRemoved(view: ConfirmRemovalView, s: Strings, except?: ReadonlySet<string>): CardElement[] {
  const lines = notRemovedLines(view, s, esc, except);
  return compact([lines.length > 0 && heading(s.dialog.notRemovedHeading), bullets(lines)]);
}

/**
 * The one user's licenses: checkboxes only for what can be unassigned (asked ones unchecked);
 * group-only licenses and self-service purchases as text with the reason, never as a checkbox.
 */
function licenseToggles(view: ConfirmRemovalView, s: Strings, actionable: boolean): CardElement[] {
  const rows = licenseRows(view, s, esc);
  const toggles = rows.filter((r) => r.toggle);
  const shown = new Set(rows.map((r) => r.product.skuId));
  return compact([
    ...view.users.map((u) => factSet([{ title: s.dialog.userLabel, value: personLine(u, s, esc) }])),
    rows.length > 0 && heading(s.dialog.licensesHeading),
    // The hint names a checkbox and "Save changes": only where both are on the card (a manager's
    // card has "Send for approval" instead).
    actionable &&
      view.mode === 'direct' &&
      toggles.length > 0 &&
      textBlock(s.dialog.userLicensesHint, { isSubtle: true, spacing: 'none' }),
    // Checkboxes only on a card that can act: without a button they would promise a choice.
    ...(actionable
      ? toggles.flatMap((r) =>
          compact([
            toggle(INPUTS.skuToggle(r.product.skuId), esc(r.product.displayName), r.keep),
            r.note !== undefined && textBlock(r.note, { isSubtle: true, spacing: 'none' }),
          ]),
        )
      : compact([bullets(toggles.map((r) => esc(r.product.displayName)))])),
    bullets(
      rows.filter((r) => !r.toggle).map((r) => `${esc(r.product.displayName)}: ${r.reason ?? ''}`),
      { isSubtle: true },
    ),
    ...notRemoved(view, s, shown),
  ]);
}

function manageToggles(view: ConfirmRemovalView, s: Strings): CardElement[] {
  const removable = removableProductNames(view, esc);
  return compact([
    productFacts(view, s),
    ...userToggles(view, s),
    ...notRemoved(view, s),
    removable.length > 0 && heading(s.dialog.licensesHeading),
    removable.length > 0 && toggle(INPUTS.unassignAll, s.dialog.unassignAll, true),
    removable.length > 0 &&
      textBlock(s.dialog.manageHint({ products: removable }), { isSubtle: true, spacing: 'none' }),
  ]);
}

function selection(view: ConfirmRemovalView, s: Strings, actionable: boolean): CardElement[] {
  switch (view.dialog) {
    case 'licenses-page':
      return [productFacts(view, s), ...userToggles(view, s), ...notRemoved(view, s)];
    case 'user-licenses':
      return licenseToggles(view, s, actionable);
    case 'manage-product-licenses':
      return manageToggles(view, s);
  }
}

function primaryAction(view: ConfirmRemovalView, s: Strings): ExecuteAction {
  const data = { requestId: view.requestId };
  if (view.mode === 'needs-approval')
    return executeAction(VERBS.sendForApproval, data, s.dialog.sendForApproval, 'positive');
  if (view.scheduledFor)
    return executeAction(VERBS.confirm, data, scheduleStringsFor(view.locale).scheduleButton, 'destructive');
  const label = view.dialog === 'licenses-page' ? s.dialog.unassign : s.dialog.saveChanges;
  return executeAction(VERBS.confirm, data, label, 'destructive');
}

export function buildConfirmRemovalCard(view: ConfirmRemovalView): AdaptiveCard {
  const s = stringsFor(view.locale);
  // Nothing removable (e.g. nobody holds the license directly): the reasons are shown, no action offered.
  const actionable = hasRemovable(view);
  const approval = view.mode === 'needs-approval' && actionable;
  return adaptiveCard(
    compact([
      title(dialogTitle(view, s)),
      view.batch.count > 1 && textBlock(s.dialog.batch(view.batch), { isSubtle: true, spacing: 'none' }),
      view.scheduledFor &&
        textBlock(
          scheduleStringsFor(view.locale).runsAt({
            when: formatScheduled(view.scheduledFor.at, view.scheduledFor.timeZone, s),
          }),
          { weight: 'bolder', color: 'accent' },
        ),
      approval && textBlock(s.dialog.approvalIntro, { color: 'accent' }),
      ...confirmNotes(view, s, esc).map((note) => textBlock(note, { color: 'attention', weight: 'bolder' })),
      ...selection(view, s, actionable),
      ...warningsSection(view.warnings, view.users, s),
      ...consequencesSection(view.consequences, view.users, s),
      ...seatsSection(view.seatChanges, s),
      approval && textInput(INPUTS.reason, s.dialog.reasonLabel, INPUT_LIMITS.reason, s.dialog.reasonPlaceholder),
      !actionable && textBlock(s.notice['nothing-to-remove']({}), { weight: 'bolder' }),
      actionable &&
        actionSet([
          primaryAction(view, s),
          withoutInputs(executeAction(VERBS.cancel, { requestId: view.requestId }, s.common.cancel)),
        ]),
    ]),
  );
}

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
  confirmUserRows,
  dialogTitle,
  hasRemovable,
  isSelectable,
  productNames,
  rowSkipText,
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

/** Users as checkboxes (checked), and those left out as text with the reason. */
function userToggles(view: ConfirmRemovalView, s: Strings): CardElement[] {
  const rows = confirmUserRows(view);
  const selectable = rows.filter(isSelectable);
  const skipped = rows.filter((r) => !isSelectable(r));
  return compact([
    heading(s.dialog.usersHeading({ count: selectable.length })),
    ...selectable.map((r) => toggle(INPUTS.userToggle(r.person.id), personLine(r.person, s, esc), true)),
    skipped.length > 0 && heading(s.dialog.notRemovedHeading),
    bullets(skipped.map((r) => `${esc(r.person.displayName)}: ${rowSkipText(r, view, s, esc)}`)),
  ]);
}

/** The one user's licenses: removable ones as checkboxes (asked ones unchecked), group-only ones as text. */
function licenseToggles(view: ConfirmRemovalView, s: Strings): CardElement[] {
  const licenses = view.userLicenses ?? [];
  const fixed = licenses.filter((l) => !l.removable);
  return compact([
    ...view.users.map((u) => factSet([{ title: s.dialog.userLabel, value: personLine(u, s, esc) }])),
    heading(s.dialog.licensesHeading),
    textBlock(s.dialog.userLicensesHint, { isSubtle: true, spacing: 'none' }),
    ...licenses
      .filter((l) => l.removable)
      .map((l) => toggle(INPUTS.skuToggle(l.product.skuId), esc(l.product.displayName), l.keep)),
    bullets(
      fixed.map((l) => {
        const groups = view.entries.filter((e) => e.skuId === l.product.skuId).flatMap((e) => e.groups ?? []);
        return `${esc(l.product.displayName)}: ${s.dialog.licenseNotRemovable({ groups: [...new Set(groups)].map(esc) })}`;
      }),
      { isSubtle: true },
    ),
  ]);
}

function manageToggles(view: ConfirmRemovalView, s: Strings): CardElement[] {
  return [
    productFacts(view, s),
    ...userToggles(view, s),
    heading(s.dialog.licensesHeading),
    toggle(INPUTS.unassignAll, s.dialog.unassignAll, true),
    textBlock(s.dialog.manageHint({ products: productNames(view, esc) }), { isSubtle: true, spacing: 'none' }),
  ];
}

function selection(view: ConfirmRemovalView, s: Strings): CardElement[] {
  switch (view.dialog) {
    case 'licenses-page':
      return [productFacts(view, s), ...userToggles(view, s)];
    case 'user-licenses':
      return licenseToggles(view, s);
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
      ...selection(view, s),
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

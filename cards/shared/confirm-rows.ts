/**
 * The users of a confirmation, split the way the admin center shows them: those whose license
 * can be unassigned get a checkbox; the others are listed with the reason they are left out.
 */
import type { ConfirmRemovalView, EntryView, PersonView } from '../views';
import type { Strings } from '../strings/strings';
import type { Escape } from './escape';

/** One user of the confirmation. `removable` and `skipped` together hold all of the user's entries. */
export interface ConfirmUserRow {
  person: PersonView;
  removable: EntryView[];
  skipped: EntryView[];
}

const REMOVABLE: ReadonlySet<EntryView['reason']> = new Set(['remove', 'remove-stays-via-group']);

export function confirmUserRows(view: ConfirmRemovalView): ConfirmUserRow[] {
  return view.users.map((person) => {
    const entries = view.entries.filter((e) => e.userId === person.id);
    return {
      person,
      removable: entries.filter((e) => REMOVABLE.has(e.reason)),
      skipped: entries.filter((e) => !REMOVABLE.has(e.reason)),
    };
  });
}

/** The admin center dialog's title for the confirmation. */
export function dialogTitle(view: Pick<ConfirmRemovalView, 'dialog'>, s: Strings): string {
  switch (view.dialog) {
    case 'licenses-page':
      return s.dialog.licensesPageTitle;
    case 'user-licenses':
      return s.dialog.userLicensesTitle;
    case 'manage-product-licenses':
      return s.dialog.manageTitle;
  }
}

/** Whether anything in the confirmation can be unassigned; without it the dialog offers no action. */
export function hasRemovable(view: Pick<ConfirmRemovalView, 'entries'>): boolean {
  return view.entries.some((e) => REMOVABLE.has(e.reason));
}

/** Whether the row gets a checkbox. */
export function isSelectable(row: ConfirmUserRow): boolean {
  return row.removable.length > 0;
}

/** Why an entry is left out; prefixed with the product when the request has several. */
export function skipText(entry: EntryView, view: ConfirmRemovalView, strings: Strings, esc: Escape): string {
  const reason = strings.skipReason[entry.reason]({
    groups: (entry.groups ?? []).map(esc),
    buyer: entry.buyer ? esc(entry.buyer) : '',
    ...(entry.units ? { units: entry.units.map(esc) } : {}),
  });
  if (view.products.length < 2) return reason;
  const product = view.products.find((p) => p.skuId === entry.skuId)?.displayName ?? entry.skuId;
  return `${esc(product)}: ${reason}`;
}

/** Why a user is left out: their skip reasons, or "not changed" when they have no entry at all. */
export function rowSkipText(row: ConfirmUserRow, view: ConfirmRemovalView, strings: Strings, esc: Escape): string {
  if (row.skipped.length === 0) return strings.skipReason.remove({ groups: [], buyer: '' });
  return row.skipped.map((e) => skipText(e, view, strings, esc)).join('; ');
}

/** Product names of the request, escaped. */
export function productNames(view: { products: readonly { displayName: string }[] }, esc: Escape): string[] {
  return view.products.map((p) => esc(p.displayName));
}

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

/** Why an entry is left out; prefixed with the product when the request has several (or `withProduct`). */
export function skipText(
  entry: EntryView,
  view: Pick<ConfirmRemovalView, 'products'>,
  strings: Strings,
  esc: Escape,
  withProduct = view.products.length > 1,
): string {
  const reason = strings.skipReason[entry.reason]({
    groups: (entry.groups ?? []).map(esc),
    buyer: entry.buyer ? esc(entry.buyer) : '',
  });
  if (!withProduct) return reason;
  const product = view.products.find((p) => p.skuId === entry.skuId)?.displayName ?? entry.skuId;
  return `${esc(product)}: ${reason}`;
}

/** Why a user is left out: their skip reasons, or "not changed" when they have no entry at all. */
export function rowSkipText(row: ConfirmUserRow, view: ConfirmRemovalView, strings: Strings, esc: Escape): string {
  if (row.skipped.length === 0) return strings.skipReason.remove({ groups: [], buyer: '' });
  return row.skipped.map((e) => skipText(e, view, strings, esc)).join('; ');
}

/**
 * Every "not removed" line of a confirmation: users left out entirely, and — so nothing is skipped
 * silently — the skipped products of users who are otherwise removed ("remove all licenses" with a
 * self-service purchase). `except` leaves out SKUs the card already explains inline.
 */
export function notRemovedLines(
  view: ConfirmRemovalView,
  strings: Strings,
  esc: Escape,
  except: ReadonlySet<string> = new Set(),
): string[] {
  const withProduct = view.products.length > 1 || view.dialog === 'user-licenses';
  return confirmUserRows(view).flatMap((row) => {
    const name = esc(row.person.displayName);
    if (!isSelectable(row)) {
      const shown = row.skipped.filter((e) => !except.has(e.skuId));
      if (row.skipped.length > 0 && shown.length === 0) return [];
      const reasons =
        shown.length === 0
          ? strings.skipReason.remove({ groups: [], buyer: '' })
          : shown.map((e) => skipText(e, view, strings, esc, withProduct)).join('; ');
      return [`${name}: ${reasons}`];
    }
    const skipped = row.skipped.filter((e) => !except.has(e.skuId));
    return skipped.length > 0
      ? [`${name}: ${skipped.map((e) => skipText(e, view, strings, esc, true)).join('; ')}`]
      : [];
  });
}

/** The "no seat freed" note of a selectable row whose license also comes through a group. */
export function noSeatNote(
  row: ConfirmUserRow,
  view: ConfirmRemovalView,
  strings: Strings,
  esc: Escape,
): string | undefined {
  const viaGroup = row.removable.filter((e) => e.reason === 'remove-stays-via-group');
  if (viaGroup.length === 0) return undefined;
  return viaGroup
    .map((e) => {
      const note = strings.dialog.noSeatFreed({ groups: (e.groups ?? []).map(esc) });
      if (view.products.length < 2) return note;
      const product = view.products.find((p) => p.skuId === e.skuId)?.displayName ?? e.skuId;
      return `${esc(product)}: ${note}`;
    })
    .join('; ');
}

/** The one user's licenses (user-licenses dialog): toggles only for what can really be unassigned. */
export interface LicenseRow {
  product: ConfirmRemovalView['products'][number];
  /** a checkbox: directly assigned and no rule (self-service purchase …) holds it back */
  toggle: boolean;
  keep: boolean;
  /** why there is no checkbox */
  reason?: string;
  /** a checkbox whose removal frees no seat: the license also comes through a group */
  note?: string;
}

export function licenseRows(view: ConfirmRemovalView, strings: Strings, esc: Escape): LicenseRow[] {
  return (view.userLicenses ?? []).map((l) => {
    const entry = view.entries.find((e) => e.skuId === l.product.skuId);
    const blocked = entry !== undefined && !REMOVABLE.has(entry.reason);
    if (l.removable && !blocked) {
      const note =
        entry?.reason === 'remove-stays-via-group'
          ? strings.dialog.noSeatFreed({ groups: (entry.groups ?? []).map(esc) })
          : undefined;
      return { product: l.product, toggle: true, keep: l.keep, ...(note ? { note } : {}) };
    }
    const reason = entry
      ? skipText(entry, view, strings, esc, false)
      : l.buyer !== undefined
        ? strings.skipReason['self-service-purchase']({ groups: [], buyer: esc(l.buyer) })
        : strings.dialog.licenseNotRemovable({ groups: [] });
    return { product: l.product, toggle: false, keep: true, reason };
  });
}

/** Products of the request that are really unassigned from someone, escaped. */
export function removableProductNames(view: ConfirmRemovalView, esc: Escape): string[] {
  return view.products
    .filter((p) => view.entries.some((e) => e.skuId === p.skuId && REMOVABLE.has(e.reason)))
    .map((p) => esc(p.displayName));
}

/**
 * What the admin must know before the click, above everything else: that the card was planned
 * again (and how), and which loosely named products were guessed ("Teams" → Teams Premium).
 */
export function confirmNotes(view: ConfirmRemovalView, strings: Strings, esc: Escape): string[] {
  return [
    ...(view.replanned
      ? [strings.dialog.replanned({ added: view.replanned.added.map(esc), dropped: view.replanned.dropped.map(esc) })]
      : []),
    ...(view.guesses ?? []).map((g) => strings.dialog.guess({ text: esc(g.text), product: esc(g.product) })),
  ];
}

/** Product names of the request, escaped. */
export function productNames(view: { products: readonly { displayName: string }[] }, esc: Escape): string[] {
  return view.products.map((p) => esc(p.displayName));
}

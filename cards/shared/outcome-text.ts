/** What happened to one user: removed, restored, skipped and why, failed and why (with Graph's request-id). */
import type { EntryView, ResultView, UserOutcomeView } from '../views';
import type { OutcomeCounts, Strings } from '../strings/strings';
import { KNOWN_FAILURE_CODES } from '../strings/strings';
import type { Escape } from './escape';

/** The failure reason for a code, plus the Graph request-id Microsoft support asks for. */
export function failureText(code: string, requestId: string | undefined, strings: Strings, esc: Escape): string {
  const known = KNOWN_FAILURE_CODES.find((c) => c === code);
  const reason = known ? strings.failure[known] : strings.failure.unknown({ code: esc(code) });
  return requestId ? `${reason} (${strings.failure.supportId({ requestId: esc(requestId) })})` : reason;
}

const REMOVABLE: ReadonlySet<EntryView['reason']> = new Set(['remove', 'remove-stays-via-group']);

function entryReason(
  entry: EntryView | undefined,
  reason: EntryView['reason'] | 'already-removed' | 'deselected',
  strings: Strings,
  esc: Escape,
): string {
  return strings.skipReason[reason]({
    groups: (entry?.groups ?? []).map(esc),
    buyer: entry?.buyer ? esc(entry.buyer) : '',
  });
}

/**
 * The outcome as a phrase without the user's name. `undo` words a done outcome as "restored",
 * because undo outcomes reuse the 'removed' status for "the operation succeeded". With the plan's
 * `entries`, a skip names its group or buyer, and a removed user's skipped products are said too
 * ("unassigned Office 365 E3; Power BI Pro: bought by Maria … ").
 */
export function outcomeText(
  outcome: UserOutcomeView,
  strings: Strings,
  esc: Escape,
  undo = false,
  entries: readonly EntryView[] = [],
  productName: (skuId: string) => string = (id) => id,
): string {
  const products = outcome.products.map(esc);
  const mine = entries.filter((e) => e.userId === outcome.userId);
  switch (outcome.status) {
    case 'removed': {
      const done = undo ? strings.result.restored({ products }) : strings.result.removed({ products });
      if (undo) return done;
      const skipped = mine
        .filter((e) => !REMOVABLE.has(e.reason))
        .map(
          (e) =>
            `${esc(productName(e.skuId))}: ${strings.result.skipped({ reason: entryReason(e, e.reason, strings, esc) })}`,
        );
      return [done, ...skipped].join('; ');
    }
    case 'skipped': {
      const entry = mine.find((e) => e.reason === outcome.reason);
      return strings.result.skipped({ reason: entryReason(entry, outcome.reason, strings, esc) });
    }
    case 'failed':
      return strings.result.failed({ reason: failureText(outcome.code, outcome.requestId, strings, esc) });
    case 'pending':
      return strings.result.pending;
  }
}

/** How many users ended in each status. */
export function outcomeCounts(outcomes: readonly UserOutcomeView[]): OutcomeCounts {
  const count = (status: UserOutcomeView['status']) => outcomes.filter((o) => o.status === status).length;
  return { done: count('removed'), skipped: count('skipped'), failed: count('failed'), pending: count('pending') };
}

/** The result's title: counted outcomes ("2 removed, 1 skipped"), or the undo's ("2 restored, 1 failed"). */
export function resultTitle(view: ResultView, strings: Strings): string {
  const undo = view.state === 'restored' || view.state === 'partially-restored';
  const outcomes = undo ? (view.undoOutcomes ?? []) : view.outcomes;
  if (outcomes.length === 0) return strings.result.title[view.state];
  return strings.result.countTitle({ ...outcomeCounts(outcomes), undo });
}

/** The product name of a SKU id as the result knows it (from its outcomes' entries), else the id. */
export function resultProductName(view: ResultView): (skuId: string) => string {
  return (skuId) => view.products?.find((p) => p.skuId === skuId)?.displayName ?? skuId;
}

/** Seat changes and the billing next step, shared by the confirmation, result and approval renderers. */
import type { SeatChangeView } from '../views';
import type { Strings } from '../strings/strings';
import type { Escape } from './escape';

export function seatChangeTexts(changes: readonly SeatChangeView[], strings: Strings, esc: Escape): string[] {
  return changes.map((c) => strings.seatChange({ ...c, product: esc(c.product) }));
}

/**
 * The next step after freeing seats (they are billed until the subscription shrinks). Empty when
 * no seat is freed: then there is nothing to act on.
 */
export function nextStepTexts(changes: readonly SeatChangeView[], strings: Strings): string[] {
  if (!changes.some((c) => c.freed > 0)) return [];
  const { stillBilled, removeUnused, cancellationWindow } = strings.nextStep;
  return [stillBilled, removeUnused, cancellationWindow];
}

/** Seat changes and the billing next step, shared by the confirmation, result and approval renderers. */
import type { SeatChangeView } from '../views';
import type { Strings } from '../strings/strings';
import type { Escape } from './escape';

/** Seat changes; `done` words them in the past tense (the result). */
export function seatChangeTexts(
  changes: readonly SeatChangeView[],
  strings: Strings,
  esc: Escape,
  done = false,
): string[] {
  const text = done ? strings.seatChangeDone : strings.seatChange;
  return changes.map((c) => text({ ...c, product: esc(c.product) }));
}

/**
 * The next step after seats were freed (they are billed until the subscription shrinks): said
 * once, on the result. Empty when no seat was freed: then there is nothing to act on.
 */
export function nextStepTexts(changes: readonly SeatChangeView[], strings: Strings): string[] {
  return changes.some((c) => c.freed > 0) ? [strings.nextStep] : [];
}

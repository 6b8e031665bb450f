/**
 * How many Slack chat turns (slash commands, DMs, mentions) may be waiting or running after their
 * ack. Slack needs the ack within 3 seconds and the bot gives it at once, then plans in the
 * background; without a bound, a flood of commands queues unbounded work and memory, and every
 * answer arrives later and later. Past the bound, a turn is answered "busy, try again" at once
 * instead of being queued (clicks are never refused: they are few, short and decide something).
 */
/** About a second of planning on one core: answers stay prompt, and a burst of a team's commands fits. */
export const DEFAULT_MAX_PENDING_TURNS = 200;

export class TurnAdmission {
  private pending = 0;

  constructor(readonly maxPending: number) {
    if (!Number.isInteger(maxPending) || maxPending < 1) throw new RangeError('maxPending must be a whole number ≥ 1');
  }

  /** Takes a place; resolves the function that gives it back, or undefined when full. */
  tryAdmit(): (() => void) | undefined {
    if (this.pending >= this.maxPending) return undefined;
    this.pending++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.pending--;
    };
  }

  get size(): number {
    return this.pending;
  }
}

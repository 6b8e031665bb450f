/**
 * Wall-clock time in an IANA time zone ↔ UTC instants, with Intl only (no time-zone library:
 * Node's ICU knows every zone and its DST rules). chrono-node's own `timezone` option takes
 * fixed offsets or abbreviations, which are wrong for half the year in Europe/Stockholm, so
 * dates are parsed as wall-clock components and converted here.
 */

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** Whether `timeZone` is an IANA zone this runtime knows ("Europe/Stockholm", "UTC"). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `timeZone` at `instant`. */
export function wallClockOf(instant: Date, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** Offset of `timeZone` from UTC at `instant`, in ms (Stockholm: +1 h in winter, +2 h in summer). */
function offsetAt(instant: number, timeZone: string): number {
  const w = wallClockOf(new Date(instant), timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return asUtc - Math.floor(instant / 60_000) * 60_000;
}

/**
 * The instant at which `timeZone`'s clocks show `wall`. A wall time skipped by a DST change
 * (02:30 on the last Sunday of March in Stockholm) resolves to the same offset shifted forward.
 */
export function instantOf(wall: WallClock, timeZone: string): Date {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  // Two passes settle the offset of the target instant, even next to a DST change.
  let instant = naive - offsetAt(naive, timeZone);
  instant = naive - offsetAt(instant, timeZone);
  return new Date(instant);
}

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

/**
 * One formatter per zone, built once: constructing an Intl.DateTimeFormat costs ~50 µs (ICU loads
 * the zone's rules), far more than formatting with it, and every removal message asks for the
 * tenant's wall clock. A plain Map suffices: only zones that Intl accepted get in, and there are
 * a few hundred of those at most.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock in `timeZone` at `instant`. */
export function wallClockOf(instant: Date, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(instant);
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

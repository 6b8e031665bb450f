/*
 * Dates in a removal request: "on Friday", "den 31 december kl 17", "when she leaves on
 * 2027-01-15". Found with chrono-node (a maintained parser with Swedish and English), read as
 * wall-clock components and placed in the tenant's time zone (zoned-time.ts). What chrono does
 * not do is done here, and said why:
 * - chrono's Swedish locale (2.10) has no time-of-day parser, so "kl 17", "klockan 17.30" and
 *   "17:00" are read by TIME below;
 * - chrono.sv reads "fr" inside "från" as Friday: a match must start and end at word edges;
 * - a bare month ("May" in "May Lee") is never a date: the day or weekday must be stated
 *   (or implied by "tomorrow" / "imorgon").
 * The date phrase (and "when she leaves") is cut out of the text, so the request parser reads
 * "remove Visio from Bo" and not a person called "Bo on Friday".
 */
import * as chrono from 'chrono-node';
import type { Locale } from './parsed-request';
import { mayNameDate } from './date-cue-words';
import { instantOf, wallClockOf, type WallClock } from './zoned-time';

export interface ScheduleSettings {
  locale: Locale;
  now: Date;
  /** IANA zone of the tenant (TIME_ZONE), e.g. Europe/Stockholm. */
  timeZone: string;
}

/** When no time is given the removal runs at the end of that working day, as a leaver's would. */
export const DEFAULT_HOUR = 17;
/** A schedule further ahead than this is refused: likely a typo, and plans go stale. */
export const MAX_DAYS_AHEAD = 366;

export type ScheduleExtraction =
  | { kind: 'none' }
  | { kind: 'date'; at: Date; timeGiven: boolean; rest: string; phrase: string }
  | { kind: 'invalid'; code: 'date-in-past' | 'date-too-far'; rest: string; phrase: string };

const TIME =
  /(?<![\p{L}\d])(?:(?:kl\.?|klockan|at)\s*(?<h1>[01]?\d|2[0-3])(?:[:.](?<m1>[0-5]\d))?|(?<h2>[01]?\d|2[0-3])[:.](?<m2>[0-5]\d))(?![\p{L}\d])/iu;
const LEAVING =
  /\s*(?:,\s*)?\b(?:when|once|after)\s+(?:she|he|they)\s+(?:leaves?|quits?)\b|\s*(?:,\s*)?\b(?:när|då)\s+(?:hon|han|hen|de)\s+(?:slutar|går)\b/giu;
const CONNECTOR_BEFORE = /\s*\b(?:on|at|by|from|per|den|på|från|och|,)\s*$/iu;

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\d]/u.test(c);
}

/** The first chrono result of either language that is a real date at word edges. */
function findDate(text: string, settings: ScheduleSettings, reference: Date): chrono.ParsedResult | undefined {
  const parsers = settings.locale === 'sv' ? [chrono.sv, chrono.en] : [chrono.en, chrono.sv];
  for (const parser of parsers) {
    for (const r of parser.parse(text, { instant: reference, timezone: 0 }, { forwardDate: true })) {
      const atEdges = !isLetter(text[r.index - 1]) && !isLetter(text[r.index + r.text.length]);
      const dayKnown = r.start.isCertain('day') || r.start.isCertain('weekday');
      if (atEdges && dayKnown) return r;
    }
  }
  return undefined;
}

function cut(text: string, from: number, length: number): string {
  const before = text.slice(0, from).replace(CONNECTOR_BEFORE, '');
  return `${before} ${text.slice(from + length)}`.replace(/\s+/g, ' ').trim();
}

/** The date of a request, if it names one; never throws. */
export function extractScheduleDate(message: string, settings: ScheduleSettings): ScheduleExtraction {
  // chrono.sv knows "imorgon" but not the two-word "i morgon" (Swedish writes both).
  const text = message.replace(/(?<![\p{L}])i morgon(?![\p{L}])/giu, 'imorgon');
  if (!mayNameDate(text)) return { kind: 'none' };
  const nowWall = wallClockOf(settings.now, settings.timeZone);
  // chrono computes relative dates ("Friday", "tomorrow") from the reference's UTC fields, so the
  // reference is the tenant's wall clock written as if it were UTC.
  const reference = new Date(Date.UTC(nowWall.year, nowWall.month - 1, nowWall.day, nowWall.hour, nowWall.minute));
  const found = findDate(text, settings, reference);
  if (!found) return { kind: 'none' };

  let rest = cut(text, found.index, found.text.length);
  let phrase = found.text;
  const wall: WallClock = {
    year: found.start.get('year') ?? nowWall.year,
    month: found.start.get('month') ?? nowWall.month,
    day: found.start.get('day') ?? nowWall.day,
    hour: DEFAULT_HOUR,
    minute: 0,
  };
  let timeGiven = found.start.isCertain('hour');
  if (timeGiven) {
    wall.hour = found.start.get('hour') ?? DEFAULT_HOUR;
    wall.minute = found.start.get('minute') ?? 0;
  } else {
    const time = TIME.exec(rest);
    if (time?.groups) {
      wall.hour = Number(time.groups.h1 ?? time.groups.h2);
      wall.minute = Number(time.groups.m1 ?? time.groups.m2 ?? 0);
      timeGiven = true;
      phrase = `${phrase} ${time[0]}`;
      rest = cut(rest, time.index, time[0].length);
    }
  }
  rest = rest.replace(LEAVING, '').replace(/\s+/g, ' ').trim();

  const at = instantOf(wall, settings.timeZone);
  if (at.getTime() <= settings.now.getTime()) return { kind: 'invalid', code: 'date-in-past', rest, phrase };
  if (at.getTime() - settings.now.getTime() > MAX_DAYS_AHEAD * 86_400_000)
    return { kind: 'invalid', code: 'date-too-far', rest, phrase };
  return { kind: 'date', at, timeGiven, rest, phrase };
}

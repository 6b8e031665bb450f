/**
 * Dates as the strings table wants them: day and time in the tenant's (or user's) time zone,
 * formatted per locale (sv-SE "12 mars 2026", en-GB "12 Mar 2026", time "14:05"), with the zone
 * named ("14:05 (Europe/Stockholm)") so nobody has to guess. Views carry ISO strings and, where
 * they show a time, the IANA zone to show it in; without one (or with one Intl does not know)
 * the time is shown in UTC and says so.
 */
import type { Strings } from './strings';

/** The zone to use: `timeZone` when Intl knows it, else 'UTC'. */
export function knownTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone }).format(0);
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/** Date and time parts of an ISO timestamp in `timeZone`; `undefined` when it does not parse. */
export function dateParts(
  iso: string,
  intlLocale: Strings['intlLocale'],
  timeZone = 'UTC',
): { date: string; time: string; zone: string } | undefined {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  const zone = knownTimeZone(timeZone);
  const date = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeZone: zone }).format(d);
  const time = new Intl.DateTimeFormat(intlLocale, {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: zone,
  }).format(d);
  return { date, time, zone };
}

/** "14:05 (Europe/Stockholm), 12 Mar 2026" / "14:05 (Europe/Stockholm) den 12 mars 2026"; an unparseable value is shown as given. */
export function formatWhen(iso: string, strings: Strings, timeZone?: string): string {
  const parts = dateParts(iso, strings.intlLocale, timeZone);
  return parts ? strings.common.at(parts) : iso;
}

/**
 * When a scheduled removal runs, in the tenant's zone and named: "fredag 4 december 17:00
 * (Europe/Stockholm)" / "Friday 4 December 17:00 (Europe/Stockholm)". Intl's own joining words
 * ("kl.", "at") are left out on purpose: the card states the moment, the zone says whose clock.
 */
export function formatScheduled(iso: string, timeZone: string, strings: Strings): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(strings.intlLocale, { ...options, timeZone }).format(d);
  const date = part({ weekday: 'long', day: 'numeric', month: 'long' });
  const time = part({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${date.replace(',', '')} ${time} (${timeZone})`;
}

/**
 * Dates as the strings table wants them: day and time in UTC, formatted per locale
 * (sv-SE "12 mars 2026", en-GB "12 Mar 2026", time "14:05"). Views carry ISO strings and
 * no time zone of the reader, so UTC is stated rather than guessed.
 */
import type { Strings } from './strings';

/** Date and time parts of an ISO timestamp; `undefined` when it does not parse. */
export function dateParts(iso: string, intlLocale: Strings['intlLocale']): { date: string; time: string } | undefined {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  const date = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
  const time = new Intl.DateTimeFormat(intlLocale, {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'UTC',
  }).format(d);
  return { date, time };
}

/** "14:05 UTC, 12 Mar 2026" / "14:05 UTC den 12 mars 2026"; an unparseable value is shown as given. */
export function formatWhen(iso: string, strings: Strings): string {
  const parts = dateParts(iso, strings.intlLocale);
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

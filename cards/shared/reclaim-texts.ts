/** Texts of the reclaim dialog shared by the Teams card, the Slack message and the CLI. */
import type { ReclaimCandidateView, ReclaimView } from '../views';
import type { Strings } from '../strings/strings';
import { dateParts } from '../strings/format-date';
import { reclaimStringsFor } from '../strings/reclaim-strings';
import { nameOf } from './people';

type Esc = (text: string) => string;

/** "1 247,50 kr" / "SEK 1,247.50", in the view's locale. */
export function formatMoney(amount: number, currency: string, strings: Strings): string {
  return new Intl.NumberFormat(strings.intlLocale, { style: 'currency', currency }).format(amount);
}

/** What a candidate's checkbox says: "Tobias Strand — Office 365 E3 · no sign-in for 140 days (last 14 Jul 2026)". */
export function candidateLine(view: ReclaimView, c: ReclaimCandidateView, strings: Strings, esc: Esc): string {
  const r = reclaimStringsFor(view.locale);
  const base = `${esc(nameOf(view.users, c.userId, strings))} — ${esc(c.product)}`;
  if (c.daysInactive !== undefined && c.lastActivity) {
    const date = dateParts(c.lastActivity, strings.intlLocale)?.date ?? c.lastActivity;
    return `${base} · ${r.inactiveSince({ days: c.daysInactive, date })}`;
  }
  if (c.coveredBy && c.coveredBy.length > 0) return `${base} · ${r.losesNothing({ via: c.coveredBy.map(esc) })}`;
  return base;
}

/** "Oskar Lund — Office 365 E3 (inactive): inherited from the group …". */
export function notOfferedLines(view: ReclaimView, strings: Strings, esc: Esc): string[] {
  const r = reclaimStringsFor(view.locale);
  return view.notOffered.map((n) => {
    const why = strings.skipReason[n.kind]({ groups: (n.groups ?? []).map(esc), buyer: esc(n.buyer ?? '') });
    return `${esc(nameOf(view.users, n.userId, strings))} — ${esc(n.product)} (${r.matchedBecause[n.because]}): ${why}`;
  });
}

/** Per product, then the total (money per currency: a prices file may mix them). */
export function savingsLines(view: ReclaimView, strings: Strings, esc: Esc): string[] {
  const r = reclaimStringsFor(view.locale);
  const money = (m: { amount: number; currency: string }) =>
    r.perMonth({ money: formatMoney(m.amount, m.currency, strings) });
  const lines = view.savings.map((s) =>
    r.saving({ product: esc(s.product), seats: s.seats, ...(s.monthly ? { money: money(s.monthly) } : {}) }),
  );
  const totals = new Map<string, number>();
  for (const s of view.savings) {
    if (s.monthly) totals.set(s.monthly.currency, (totals.get(s.monthly.currency) ?? 0) + s.monthly.amount);
  }
  const seats = view.savings.reduce((n, s) => n + s.seats, 0);
  if (view.savings.length > 1 || totals.size > 1) {
    lines.push(r.total({ seats, money: [...totals].map(([currency, amount]) => money({ amount, currency })) }));
  }
  return lines;
}

/** Whether any candidate can be confirmed. */
export function candidateCount(view: ReclaimView): number {
  return view.groups.reduce((n, g) => n + g.candidates.length, 0);
}

/** Without a prices file the card says once that money is not shown. */
export function pricesMissing(view: ReclaimView): boolean {
  return view.savings.length > 0 && !view.pricesConfigured;
}

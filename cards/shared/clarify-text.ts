/** Texts of clarifications and help that depend on the tenant: its domain, its people, who holds what. */
import type { ClarifyView, HelpView, ProductView } from '../views';
import type { Strings } from '../strings/strings';
import type { Escape } from './escape';

/** Used only when the core could not read the tenant's default domain. */
const FALLBACK_DOMAIN = 'contoso.com';
const FALLBACK_EXAMPLES: NonNullable<HelpView['examples']> = {
  person: 'Anna',
  people: ['Anna', 'Bo', 'Cecilia'],
  product: 'E3',
};

/** "Check the spelling or use the email address, e.g. `remove E3 from anna@<tenant domain>`". */
export function personHint(view: ClarifyView, s: Strings): string {
  return s.clarify.noPersonSuggestions({ domain: view.domain ?? FALLBACK_DOMAIN });
}

/** A product candidate; in "which E3?" also who of the named users holds it. */
export function productChoiceTitle(p: ProductView, view: ClarifyView, s: Strings, esc: Escape): string {
  const line = s.clarify.product({ name: esc(p.displayName), ...p.seats });
  if (view.code !== 'ambiguous-product' || !view.holders) return line;
  const holders = view.holders[p.skuId] ?? [];
  return `${line} — ${holders.length > 0 ? s.clarify.heldBy({ names: holders.map(esc) }) : s.clarify.heldByNone}`;
}

/** The people already settled, said under a question about another one. */
export function resolvedLine(view: ClarifyView, s: Strings, esc: Escape): string | undefined {
  return view.resolved && view.resolved.length > 0
    ? s.clarify.resolvedSoFar({ names: view.resolved.map(esc) })
    : undefined;
}

/** Whether the question offers "Continue without …" (person questions the core allows to drop). */
export function canSkip(view: ClarifyView): boolean {
  return view.canSkip === true && (view.code === 'ambiguous-person' || view.code === 'person-not-found');
}

/** Help examples with the tenant's names and product (backticks kept: they are code to copy). */
export function helpExamples(view: HelpView, s: Strings, esc: Escape): string[] {
  const e = view.examples ?? FALLBACK_EXAMPLES;
  return s.help.examples({
    person: esc(e.person),
    people: [esc(e.people[0]), esc(e.people[1]), esc(e.people[2])],
    product: esc(e.product),
  });
}

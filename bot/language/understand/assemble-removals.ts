import { understoodProduct, type ClauseAnalysis, type ClauseEntity } from './clause-analysis';
import type { PersonSpan } from './people';
import type { UnderstandingProblemCode, UnderstoodPerson, UnderstoodProduct, UnderstoodRemoval } from './understanding';

/*
 * Removal clauses → removal requests. Within a clause, entities are grouped into segments in
 * word order ("E3 from Anna and Visio from Bo" → two); pronouns take the only person or product
 * mentioned elsewhere; a removal clause that only named the product a pronoun later took
 * ("we must free a Visio seat, take it from Anna") is folded into that one. Anything that does
 * not come out complete is a problem, never a guess.
 */

type Side = 'product' | 'person';

function sideOf(e: ClauseEntity): Side {
  return e.kind === 'product' || e.kind === 'all' || e.kind === 'product-pronoun' ? 'product' : 'person';
}

/** Splits a clause's entities where a side comes back after both sides were seen. */
export function segments(entities: readonly ClauseEntity[]): ClauseEntity[][] {
  const out: ClauseEntity[][] = [];
  let current: ClauseEntity[] = [];
  let first: Side | undefined;
  let sawOther = false;
  for (const e of entities) {
    const side = sideOf(e);
    if (first === undefined) first = side;
    else if (side !== first) sawOther = true;
    else if (sawOther) {
      out.push(current);
      current = [];
      sawOther = false;
    }
    current.push(e);
  }
  if (current.length > 0) out.push(current);
  return out;
}

export function toPerson(span: PersonSpan): UnderstoodPerson {
  return {
    text: span.text,
    ...(span.mention ? { mention: span.mention } : {}),
    candidates: span.candidates,
    unknown: span.unknown,
  };
}

function personKey(p: PersonSpan): string {
  if (p.mention) return `m:${p.mention.userId}`;
  const ids = p.candidates.map((c) => c.user.id).sort();
  return ids.length > 0 && !p.unknown ? `u:${ids.join(',')}` : `t:${p.text.toLowerCase()}`;
}

function productKeyOf(p: UnderstoodProduct): string {
  return p.skuIds.length > 0 ? p.skuIds.join(',') : `t:${p.text.toLowerCase()}`;
}

function uniqueBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

interface Located<T> {
  clause: number;
  at: number;
  value: T;
}

function peopleIn(clauses: readonly ClauseAnalysis[]): Located<PersonSpan>[] {
  return clauses.flatMap((c) =>
    c.entities.flatMap((e) => (e.kind === 'person' ? [{ clause: c.index, at: e.at, value: e.person }] : [])),
  );
}

function productsIn(clauses: readonly ClauseAnalysis[]): Located<UnderstoodProduct>[] {
  return clauses.flatMap((c) =>
    c.entities.flatMap((e) =>
      e.kind === 'product' ? [{ clause: c.index, at: e.at, value: understoodProduct(e.product) }] : [],
    ),
  );
}

export type RemovalAssembly =
  { ok: true; removals: UnderstoodRemoval[] } | { ok: false; code: UnderstandingProblemCode };

/** Builds the removals of a message from its clauses (all of them, for pronoun targets). */
export function assembleRemovals(clauses: readonly ClauseAnalysis[]): RemovalAssembly {
  const removalClauses = clauses.filter((c) => c.role === 'remove');
  const everyone = peopleIn(clauses);
  const contextProducts = productsIn(clauses.filter((c) => c.role !== 'remove'));
  const removalProducts = productsIn(removalClauses);
  const absorbed = new Set<number>();
  const removals: UnderstoodRemoval[] = [];
  const pending: { clause: ClauseAnalysis; products: UnderstoodProduct[] | 'all' | undefined; people: PersonSpan[] }[] =
    [];

  for (const clause of removalClauses) {
    for (const segment of segments(clause.entities)) {
      let products: UnderstoodProduct[] | 'all' | undefined;
      const people: PersonSpan[] = [];
      for (const e of segment) {
        if (e.kind === 'product')
          products = [...(products === 'all' || !products ? [] : products), understoodProduct(e.product)];
        else if (e.kind === 'all') products ??= 'all';
        else if (e.kind === 'person') people.push(e.person);
        else if (e.kind === 'person-pronoun') {
          // "Bo doesn't need his Visio": a possessive next to a named person is that person.
          if (segment.some((x) => x.kind === 'person')) continue;
          const others = uniqueBy(
            everyone.filter(
              (p) => !(p.clause === clause.index && segment.some((s) => s.kind === 'person' && s.person === p.value)),
            ),
            (p) => personKey(p.value),
          );
          if (others.length === 0 || (!e.plural && others.length > 1)) return { ok: false, code: 'unresolved-pronoun' };
          people.push(...others.map((o) => o.value));
        } else if (e.kind === 'product-pronoun') {
          const elsewhere = uniqueBy(
            removalProducts.filter((p) => p.clause !== clause.index),
            (p) => productKeyOf(p.value),
          );
          if (elsewhere.length === 1 && elsewhere[0]) {
            products = [elsewhere[0].value];
            absorbed.add(elsewhere[0].clause);
          } else if (elsewhere.length === 0 && contextProducts.length > 0) {
            return { ok: false, code: 'product-only-in-context' };
          } else {
            return { ok: false, code: 'unresolved-pronoun' };
          }
        }
      }
      if (!products && clause.leftover !== '' && people.length > 0) products = [{ text: clause.leftover, skuIds: [] }];
      pending.push({ clause, products, people });
    }
    if (clause.entities.length === 0) pending.push({ clause, products: undefined, people: [] });
  }

  for (const p of pending) {
    const complete = p.products !== undefined && p.people.length > 0;
    if (!complete && absorbed.has(p.clause.index)) continue;
    if (p.products === undefined)
      return {
        ok: false,
        code: contextProducts.length > 0 && p.people.length > 0 ? 'product-only-in-context' : 'missing-product',
      };
    if (p.people.length === 0) return { ok: false, code: 'missing-people' };
    removals.push({
      kind: 'remove',
      products: p.products === 'all' ? 'all' : uniqueBy(p.products, productKeyOf),
      people: uniqueBy(p.people, personKey).map(toPerson),
    });
  }
  return removals.length > 0 ? { ok: true, removals } : { ok: false, code: 'missing-product' };
}

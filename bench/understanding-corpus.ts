import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Understanding, UnderstoodPerson, UnderstoodProduct } from '../bot/language/understand/understanding';

/*
 * The understanding corpus (tests/fixtures/language/understanding-corpus.json) and how an
 * Understanding is judged against it. Shared by the corpus test and the classifier evaluation.
 */

const removalSchema = z.object({
  people: z.array(z.string()),
  products: z.union([z.literal('all'), z.array(z.string())]),
});

const expectSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('remove'), removals: z.array(removalSchema).min(1), dated: z.literal(true).optional() }),
  z.object({ intent: z.literal('who-has'), product: z.string() }),
  z.object({ intent: z.literal('free-seats'), product: z.string().optional() }),
  z.object({ intent: z.literal('list-user-licenses'), person: z.string() }),
  z.object({ intent: z.literal('help') }),
  z.object({ intent: z.literal('other') }),
  z.object({ intent: z.literal('ask'), reason: z.string() }),
]);

export type Expected = z.infer<typeof expectSchema>;

export const corpusEntrySchema = z.object({
  text: z.string(),
  lang: z.enum(['sv', 'en']),
  tenant: z.enum(['demo', 'fabrikam']),
  kind: z.string(),
  split: z.enum(['train', 'held-out']),
  personForms: z.array(z.string()).optional(),
  expect: expectSchema,
});

export type CorpusEntry = z.infer<typeof corpusEntrySchema>;

export function loadUnderstandingCorpus(root: string): CorpusEntry[] {
  const file = join(root, 'tests/fixtures/language/understanding-corpus.json');
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return z.object({ entries: z.array(corpusEntrySchema) }).parse(parsed).entries;
}

/** Names a tenant's SKU ids by part number, for comparing with the corpus. */
export type PartNumberOf = (skuId: string) => string;

function certainPerson(p: UnderstoodPerson): string | undefined {
  if (p.self) return 'me';
  if (p.mention) return p.mention.displayName;
  const [only, ...rest] = p.candidates;
  return only && rest.length === 0 && !p.unknown ? (only.user.displayName ?? only.user.id) : undefined;
}

function personAsk(p: UnderstoodPerson): string {
  return p.unknown ? 'person-not-found' : 'ambiguous-person';
}

function productAsk(p: UnderstoodProduct): string {
  return p.skuIds.length === 0 ? 'product-not-found' : 'ambiguous-product';
}

/** What the pipeline's answer amounts to, in the corpus's terms. */
export function outcomeOf(u: Understanding, partNumber: PartNumberOf): Expected {
  if (!u.ok) {
    const code = u.problems[0]?.code ?? 'unknown-intent';
    return code === 'unknown-intent' || code === 'empty' ? { intent: 'other' } : { intent: 'ask', reason: code };
  }
  const [first] = u.requests;
  if (!first) return { intent: 'other' };
  switch (first.kind) {
    case 'help':
      return { intent: 'help' };
    case 'free-seats': {
      if (!first.product) return { intent: 'free-seats' };
      const [id, ...more] = first.product.skuIds;
      return id && more.length === 0
        ? { intent: 'free-seats', product: partNumber(id) }
        : { intent: 'ask', reason: productAsk(first.product) };
    }
    case 'who-has': {
      const [id, ...more] = first.product.skuIds;
      return id && more.length === 0
        ? { intent: 'who-has', product: partNumber(id) }
        : { intent: 'ask', reason: productAsk(first.product) };
    }
    case 'list-user-licenses': {
      const person = certainPerson(first.person);
      return person ? { intent: 'list-user-licenses', person } : { intent: 'ask', reason: personAsk(first.person) };
    }
    case 'remove':
      break;
  }
  const removals: { people: string[]; products: string[] | 'all' }[] = [];
  for (const r of u.requests) {
    if (r.kind !== 'remove') return { intent: 'other' };
    const people: string[] = [];
    for (const p of r.people) {
      const name = certainPerson(p);
      if (!name) return { intent: 'ask', reason: personAsk(p) };
      people.push(name);
    }
    let products: string[] | 'all' = 'all';
    if (r.products !== 'all') {
      products = [];
      for (const p of r.products) {
        const [id, ...more] = p.skuIds;
        if (!id || more.length > 0) return { intent: 'ask', reason: productAsk(p) };
        products.push(partNumber(id));
      }
      products.sort();
    }
    removals.push({ people: people.sort(), products });
  }
  return { intent: 'remove', removals, ...(u.date ? { dated: true as const } : {}) };
}

function normalise(e: Expected): Expected {
  if (e.intent !== 'remove') return e;
  return {
    ...e,
    removals: e.removals.map((r) => ({
      people: [...r.people].sort(),
      products: r.products === 'all' ? 'all' : [...r.products].sort(),
    })),
  };
}

/** Every (person, product) pair an outcome would remove; "all" is its own product. */
function pairs(e: Expected): Set<string> {
  if (e.intent !== 'remove') return new Set();
  return new Set(
    e.removals.flatMap((r) =>
      r.people.flatMap((p) => (r.products === 'all' ? ['all'] : r.products).map((q) => `${p} × ${q}`)),
    ),
  );
}

export interface Verdict {
  intentRight: boolean;
  /** Intent and every entity right (people, products, two plans, dated flag, the reason to ask). */
  allRight: boolean;
  /** Removals the text did not ask for. Must stay empty. */
  wrongRemovals: string[];
  outcome: Expected;
}

export function judge(entry: CorpusEntry, u: Understanding, partNumber: PartNumberOf): Verdict {
  const outcome = outcomeOf(u, partNumber);
  const expected = normalise(entry.expect);
  const wanted = pairs(expected);
  const wrongRemovals = [...pairs(outcome)].filter((p) => !wanted.has(p));
  return {
    intentRight: outcome.intent === expected.intent,
    allRight: JSON.stringify(normalise(outcome)) === JSON.stringify(expected),
    wrongRemovals,
    outcome,
  };
}

import type { FilterExpr, FilterLiteral } from './filter-parser';

/** What a filter can look at: plain properties plus the user's assigned licenses. */
export type Filterable = Readonly<Record<string, unknown>> & { assignedLicenses?: readonly { skuId: string }[] };

/** Directory string comparisons in Graph ignore case. */
function equal(actual: unknown, expected: FilterLiteral): boolean {
  if (expected === null) return actual === null || actual === undefined;
  if (typeof expected === 'string')
    return typeof actual === 'string' && actual.toLowerCase() === expected.toLowerCase();
  return actual === expected;
}

/** `a/b` reads `item.a.b`; a missing step is undefined. */
function valueAt(item: Readonly<Record<string, unknown>>, path: string): unknown {
  let value: unknown = item;
  for (const step of path.split('/')) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[step] : undefined;
  }
  return value;
}

/** A DateTimeOffset comparison; null or missing never matches (as in Graph: never signed in ≠ "before X"). */
function inRange(actual: unknown, op: 'le' | 'lt' | 'ge' | 'gt', at: number): boolean {
  const t = typeof actual === 'string' ? Date.parse(actual) : NaN;
  if (Number.isNaN(t)) return false;
  return op === 'le' ? t <= at : op === 'lt' ? t < at : op === 'ge' ? t >= at : t > at;
}

/** Evaluates a parsed `$filter` against one object. */
export function matchesFilter(expr: FilterExpr, item: Filterable): boolean {
  switch (expr.kind) {
    case 'and':
      return matchesFilter(expr.left, item) && matchesFilter(expr.right, item);
    case 'or':
      return matchesFilter(expr.left, item) || matchesFilter(expr.right, item);
    case 'not':
      return !matchesFilter(expr.expr, item);
    case 'compare':
      return equal(valueAt(item, expr.field), expr.value) === (expr.op === 'eq');
    case 'in':
      return expr.values.some((v) => equal(valueAt(item, expr.field), v));
    case 'startswith': {
      const actual = item[expr.field];
      return typeof actual === 'string' && actual.toLowerCase().startsWith(expr.value.toLowerCase());
    }
    case 'range':
      return inRange(valueAt(item, expr.field), expr.op, expr.at);
    case 'anyLicense':
      return (item.assignedLicenses ?? []).some((l) => l.skuId.toLowerCase() === expr.skuId.toLowerCase());
  }
}

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
      return equal(item[expr.field], expr.value) === (expr.op === 'eq');
    case 'in':
      return expr.values.some((v) => equal(item[expr.field], v));
    case 'startswith': {
      const actual = item[expr.field];
      return typeof actual === 'string' && actual.toLowerCase().startsWith(expr.value.toLowerCase());
    }
    case 'anyLicense':
      return (item.assignedLicenses ?? []).some((l) => l.skuId.toLowerCase() === expr.skuId.toLowerCase());
  }
}

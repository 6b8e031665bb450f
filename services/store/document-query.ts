import type { SqlQuerySpec } from '@azure/cosmos';

/** A `where` object as the `DocumentStore.query` port takes it: top-level field → equal value. */
export type WhereClause = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * Field names end up inside SQL text (values never do: they are parameters), so they are held
 * to a plain identifier. Anything else is a programming error, not bad input, hence a throw.
 */
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Throws a TypeError unless `name` is a plain identifier that is safe to put in query text. */
export function assertFieldName(name: string): void {
  if (!FIELD_NAME.test(name)) {
    throw new TypeError(`Invalid field name for a store query: ${JSON.stringify(name)}`);
  }
}

/** The `where` entries that actually filter (an `undefined` value in a Partial means "no filter"). */
export function whereEntries(where: WhereClause | undefined): [string, string | number | boolean][] {
  const entries: [string, string | number | boolean][] = [];
  for (const [field, value] of Object.entries(where ?? {})) {
    assertFieldName(field);
    if (value !== undefined) entries.push([field, value]);
  }
  return entries;
}

/**
 * Builds the parameterised Cosmos SQL for `query`: tenant first, then one equality per field,
 * ascending ORDER BY when given. Fields use bracket notation so names that are SQL keywords
 * (`value`, `order`) still work; the identifier check keeps the brackets unbreakable.
 */
export function buildQuerySpec(tenantId: string, where?: WhereClause, orderBy?: string): SqlQuerySpec {
  const parameters: { name: string; value: string | number | boolean }[] = [{ name: '@tenantId', value: tenantId }];
  const conditions = ['c["tenantId"] = @tenantId'];
  whereEntries(where).forEach(([field, value], index) => {
    const name = `@p${index}`;
    conditions.push(`c["${field}"] = ${name}`);
    parameters.push({ name, value });
  });
  let query = `SELECT * FROM c WHERE ${conditions.join(' AND ')}`;
  if (orderBy !== undefined) {
    assertFieldName(orderBy);
    query += ` ORDER BY c["${orderBy}"] ASC`;
  }
  return { query, parameters };
}

/** Parsed `$select`: undefined when absent (the resource's default properties apply). */
export type SelectResult = { ok: true; fields: string[] | undefined } | { ok: false; message: string };

/**
 * Parses `$select=a,b`. With `known`, an unknown property is refused like Graph does
 * ("Could not find a property named 'x' on type 'microsoft.graph.user'.").
 */
export function parseSelect(
  text: string | undefined,
  known: ReadonlySet<string> | undefined,
  typeName: string,
): SelectResult {
  if (text === undefined) return { ok: true, fields: undefined };
  const fields = text
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f.length > 0);
  if (fields.length === 0) return { ok: false, message: "Syntax error at position 0 in '$select'." };
  const unknown = known && fields.find((f) => f !== '*' && !known.has(f));
  if (unknown) return { ok: false, message: `Could not find a property named '${unknown}' on type '${typeName}'.` };
  return { ok: true, fields: fields.includes('*') ? undefined : fields };
}

/** Picks `fields` from `item` in the order asked; missing properties come back as null, as in Graph. */
export function pick(item: Readonly<Record<string, unknown>>, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f] = item[f] ?? null;
  return out;
}

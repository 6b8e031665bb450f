import type { PackageProblem, PackageResult } from './package-problem';

/** `${{NAME}}`, the placeholder syntax of the Teams Toolkit, so its templates and ours read alike. */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Names of the placeholders in a template, in order of first appearance, without duplicates. */
export function placeholderNames(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (m) => m[1] ?? ''))];
}

/**
 * Replaces every `${{NAME}}` in a JSON manifest template with `values[NAME]` and parses the result.
 *
 * Contract: every placeholder needs a non-blank value, else one `manifest/missing-setting`
 * problem per missing name (all reported at once, so one run tells you everything to set).
 * Values are inserted JSON-escaped, so a quote or backslash in a value cannot break the JSON.
 * Values are not validated here (see `readPackageSettings`). Pure: no I/O, no environment.
 */
export function fillManifest(
  template: string,
  values: Readonly<Record<string, string | undefined>>,
): PackageResult<unknown> {
  const missing: PackageProblem[] = placeholderNames(template)
    .filter((name) => (values[name] ?? '').trim() === '')
    .map((name) => ({ code: 'manifest/missing-setting', setting: name, message: `${name} is not set` }));
  if (missing.length > 0) return { ok: false, problems: missing };

  const filled = template.replace(PLACEHOLDER, (_match, name: string) =>
    JSON.stringify((values[name] ?? '').trim()).slice(1, -1),
  );
  try {
    return { ok: true, value: JSON.parse(filled) as unknown };
  } catch (e) {
    const reason = e instanceof Error ? e.message : 'unknown parse error';
    return {
      ok: false,
      problems: [{ code: 'manifest/not-json', message: `the manifest template is not JSON: ${reason}` }],
    };
  }
}

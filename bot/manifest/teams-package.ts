/**
 * Builds the Teams app package (manifest.json + two icons, zipped at the root) from the
 * template in manifest/teams. Pure apart from the `readFile` it is given, so tests run it
 * on the real template without touching the file system or the environment.
 */
import { fillManifest } from './fill-manifest';
import { readPackageSettings } from './package-settings';
import type { PackageProblem, PackageResult } from './package-problem';
import { readPngHeader } from './png-header';
import { validateManifest } from './validate-manifest';
import { writeZip } from './zip-writer';
import type { ZipEntry } from './zip-writer';

export { fillManifest, placeholderNames } from './fill-manifest';
export { readPackageSettings } from './package-settings';
export type { PackageSettings } from './package-settings';
export { isSettingsProblem } from './package-problem';
export type { PackageProblem, PackageProblemCode, PackageResult } from './package-problem';
export { readPngHeader } from './png-header';
export type { PngHeader } from './png-header';
export { COMMAND_DESCRIPTION_MAX, COMMAND_TITLE_MAX, validateManifest } from './validate-manifest';
export { writeZip } from './zip-writer';
export type { ZipEntry } from './zip-writer';

/** Inputs of `buildTeamsPackage`. */
export interface TeamsPackageInput {
  /** Text of manifest/teams/manifest.json, with `${{NAME}}` placeholders. */
  template: string;
  /** Settings by placeholder name (process.env merged with .env, or a test's record). */
  env: Readonly<Record<string, string | undefined>>;
  /** Reads a file named by the manifest (an icon), relative to the template; undefined if absent. */
  readFile: (relativePath: string) => Buffer | undefined;
}

/** A built package: the filled manifest, the zip entries in archive order, and the zip bytes. */
export interface TeamsPackage {
  manifest: Record<string, unknown>;
  entries: ZipEntry[];
  zip: Buffer;
}

/** Icon slots Teams knows, with the size each must have and whether it must be transparent. */
const ICON_RULES: Record<string, { size: number; transparent: boolean }> = {
  color: { size: 192, transparent: false },
  outline: { size: 32, transparent: true },
  color32x32: { size: 32, transparent: true },
};

function iconProblem(message: string): PackageProblem {
  return { code: 'manifest/icon-invalid', message };
}

/** Checks each icon the manifest names and returns its bytes (or the problems found). */
function collectIcons(
  icons: unknown,
  readFile: TeamsPackageInput['readFile'],
): { problems: PackageProblem[]; files: ZipEntry[] } {
  const problems: PackageProblem[] = [];
  const files: ZipEntry[] = [];
  if (typeof icons !== 'object' || icons === null) return { problems, files }; // the schema reports it
  for (const [slot, name] of Object.entries(icons)) {
    const rule = ICON_RULES[slot];
    if (rule === undefined || typeof name !== 'string') continue;
    const data = readFile(name);
    if (data === undefined) {
      problems.push(iconProblem(`icons.${slot}: ${name} not found next to manifest.json`));
      continue;
    }
    const png = readPngHeader(data);
    if (png === undefined) {
      problems.push(iconProblem(`icons.${slot}: ${name} is not a PNG`));
      continue;
    }
    if (png.width !== rule.size || png.height !== rule.size) {
      problems.push(
        iconProblem(`icons.${slot}: ${name} is ${png.width}×${png.height}, expected ${rule.size}×${rule.size}`),
      );
    }
    if (rule.transparent && !png.hasAlpha) {
      problems.push(iconProblem(`icons.${slot}: ${name} has no transparency (Teams wants a transparent background)`));
    }
    files.push({ name, data });
  }
  return { problems, files };
}

/**
 * Fills, validates and zips the Teams app package.
 *
 * Contract: settings are checked first and, if any is missing or invalid, only those problems
 * are returned (the rest cannot be judged without them). Otherwise schema and icon problems are
 * returned together. On success the zip holds manifest.json (pretty-printed) then the icons, at
 * the root; it is byte-for-byte reproducible. Resolves, never rejects, for bad input.
 */
export async function buildTeamsPackage(input: TeamsPackageInput): Promise<PackageResult<TeamsPackage>> {
  const settings = readPackageSettings(input.env);
  if (!settings.ok) return settings;
  const filled = fillManifest(input.template, { ...input.env, ...settings.value });
  if (!filled.ok) return filled;
  const manifest = filled.value;
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    return {
      ok: false,
      problems: [{ code: 'manifest/not-json', message: 'the manifest template is not a JSON object' }],
    };
  }
  const record = manifest as Record<string, unknown>;

  const schemaErrors = await validateManifest(record);
  const icons = collectIcons(record['icons'], input.readFile);
  const problems: PackageProblem[] = [
    ...schemaErrors.map((message): PackageProblem => ({ code: 'manifest/schema-invalid', message })),
    ...icons.problems,
  ];
  if (problems.length > 0) return { ok: false, problems };

  const entries: ZipEntry[] = [
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(record, null, 2)}\n`, 'utf8') },
    ...icons.files,
  ];
  return { ok: true, value: { manifest: record, entries, zip: writeZip(entries) } };
}

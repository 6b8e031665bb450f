/**
 * What can go wrong while building the Teams app package, as values with stable codes.
 * Problems about settings name the setting, never its value.
 */
export type PackageProblemCode =
  /** A placeholder's setting (e.g. `MicrosoftAppId`) is unset or empty. */
  | 'manifest/missing-setting'
  /** A setting is present but malformed (not a GUID, a URL instead of a host name, …). */
  | 'manifest/invalid-setting'
  /** The filled template is not JSON (a broken template, not a bad setting). */
  | 'manifest/not-json'
  /** The manifest does not satisfy its Teams schema or License Desk's stricter rules. */
  | 'manifest/schema-invalid'
  /** An icon is missing, not a PNG, or the wrong size. */
  | 'manifest/icon-invalid'
  /** A package input (manifest template) could not be read. */
  | 'manifest/unreadable';

/** One problem; `setting` is set for the two setting codes so a CLI can name it. */
export interface PackageProblem {
  code: PackageProblemCode;
  message: string;
  setting?: string;
}

/** Result of a packaging step: the value, or every problem found (never empty when `ok` is false). */
export type PackageResult<T> = { ok: true; value: T } | { ok: false; problems: PackageProblem[] };

/** True when every problem is about settings: the CLI exits 2 for those and 1 for the rest. */
export function isSettingsProblem(problem: PackageProblem): boolean {
  return problem.code === 'manifest/missing-setting' || problem.code === 'manifest/invalid-setting';
}

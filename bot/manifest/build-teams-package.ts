/**
 * CLI: `npm run manifest:zip` — builds dist/teams/license-desk.zip from manifest/teams.
 *
 * Settings come from the environment and .env (real variables win): MicrosoftAppId (GUID) and
 * BOT_DOMAIN (host name, not a URL). Exit codes: 0 written; 1 manifest or icon problems (listed);
 * 2 a setting is missing or invalid (named, value never printed). Paths are relative to the
 * working directory, which npm sets to the repository root.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { readEnvironment } from '../config';
import { buildTeamsPackage, isSettingsProblem } from './teams-package';

const TEMPLATE_DIR = join('manifest', 'teams');
const OUTPUT = join('dist', 'teams', 'license-desk.zip');

async function main(): Promise<number> {
  const templatePath = join(TEMPLATE_DIR, 'manifest.json');
  if (!existsSync(templatePath)) {
    process.stderr.write(`manifest:zip: ${templatePath} not found; run from the repository root\n`);
    return 1;
  }
  const result = await buildTeamsPackage({
    template: readFileSync(templatePath, 'utf8'),
    env: readEnvironment(),
    // Only names the manifest itself lists are read, and only from inside the template folder.
    readFile: (name) => {
      const path = resolve(TEMPLATE_DIR, name);
      return path.startsWith(resolve(TEMPLATE_DIR) + sep) && existsSync(path) ? readFileSync(path) : undefined;
    },
  });
  if (!result.ok) {
    const settingsOnly = result.problems.every(isSettingsProblem);
    const heading = settingsOnly
      ? 'missing or invalid settings (set them in the environment or .env)'
      : 'the Teams manifest is invalid';
    process.stderr.write(`manifest:zip: ${heading}:\n${result.problems.map((p) => `  - ${p.message}\n`).join('')}`);
    return settingsOnly ? 2 : 1;
  }
  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, result.value.zip);
  const names = result.value.entries.map((e) => e.name).join(', ');
  process.stdout.write(`manifest:zip: wrote ${OUTPUT} (${result.value.zip.length} bytes: ${names})\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`manifest:zip: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import type { AppManifest } from '@microsoft/app-manifest';

type ManifestSchema = Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];

/**
 * Limits the Teams clients apply to the bot command menu. Newer schemas allow 128/4000, but the
 * command menu documentation and older clients cut at 32/128, so we hold ourselves to those.
 */
export const COMMAND_TITLE_MAX = 32;
export const COMMAND_DESCRIPTION_MAX = 128;

const SCHEMA_URL = (version: string): string =>
  `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;

/**
 * Loads the Teams schema bundled in @microsoft/app-manifest for `version`, or undefined when the
 * package has none. Read from disk by us (not `fetchSchema`) so validation can never reach the
 * network, whatever `$schema` says.
 */
function loadBundledSchema(version: string): ManifestSchema | undefined {
  if (!/^1\.\d{1,2}$/.test(version)) return undefined;
  const root = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  try {
    const text = readFileSync(
      join(root, 'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json'),
      'utf8',
    );
    return JSON.parse(text) as ManifestSchema;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** License Desk's own rules, on top of the schema. */
function houseRules(manifest: Record<string, unknown>, version: string): string[] {
  const errors: string[] = [];
  if (manifest['$schema'] !== SCHEMA_URL(version)) {
    errors.push(`/$schema must be ${SCHEMA_URL(version)} to match manifestVersion ${version}`);
  }
  const bots = Array.isArray(manifest['bots']) ? (manifest['bots'] as unknown[]) : [];
  bots.forEach((bot, b) => {
    const lists = isRecord(bot) && Array.isArray(bot['commandLists']) ? (bot['commandLists'] as unknown[]) : [];
    lists.forEach((list, l) => {
      const commands = isRecord(list) && Array.isArray(list['commands']) ? (list['commands'] as unknown[]) : [];
      commands.forEach((command, c) => {
        if (!isRecord(command)) return;
        const at = `/bots/${b}/commandLists/${l}/commands/${c}`;
        const { title, description } = command;
        if (typeof title === 'string' && title.length > COMMAND_TITLE_MAX) {
          errors.push(`${at}/title must NOT have more than ${COMMAND_TITLE_MAX} characters`);
        }
        if (typeof description === 'string' && description.length > COMMAND_DESCRIPTION_MAX) {
          errors.push(`${at}/description must NOT have more than ${COMMAND_DESCRIPTION_MAX} characters`);
        }
      });
    });
  });
  return errors;
}

/**
 * Validates a filled Teams manifest offline against the schema bundled for its `manifestVersion`
 * (via `AppManifestUtils.validateAgainstSchema`) plus the rules above.
 *
 * Contract: resolves to a list of readable errors (JSON pointer first), empty when valid. Never
 * rejects for a bad manifest and never touches the network; an unknown `manifestVersion` is an error.
 */
export async function validateManifest(manifest: unknown): Promise<string[]> {
  if (!isRecord(manifest)) return ['manifest must be a JSON object'];
  const version = manifest['manifestVersion'];
  if (typeof version !== 'string') return ['/manifestVersion must be a string such as "1.24"'];
  const schema = loadBundledSchema(version);
  if (schema === undefined) return [`/manifestVersion ${version} has no schema bundled in @microsoft/app-manifest`];
  const schemaErrors = await AppManifestUtils.validateAgainstSchema(manifest as unknown as AppManifest, schema);
  return [...schemaErrors.map((e) => e.trim()), ...houseRules(manifest, version)];
}

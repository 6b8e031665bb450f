import './strip-bom-mock';
import {
  COMMAND_DESCRIPTION_MAX,
  COMMAND_TITLE_MAX,
  fillManifest,
  validateManifest,
} from '../../../bot/manifest/teams-package';
import { SETTINGS, readTemplate } from './fixtures';

/** The parts of the manifest these tests read or break; extra keys let a test add bad ones. */
interface TestManifest {
  [key: string]: unknown;
  $schema: string;
  manifestVersion: string;
  id: string;
  name: { short: string; full: string };
  description: { short: string; full: string };
  permissions: string[];
  bots: {
    [key: string]: unknown;
    botId?: string;
    scopes: string[];
    supportsFiles: boolean;
    commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[];
  }[];
}

// Each schema validation compiles the large Teams schema (about a second), so each test below
// breaks several things at once and the timeout is generous for a loaded CI machine.
const SCHEMA_TIMEOUT_MS = 30_000;

function filledManifest(): TestManifest {
  const result = fillManifest(readTemplate(), SETTINGS);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value as TestManifest;
}

describe('the Teams manifest template', () => {
  let fetchSpy: jest.SpyInstance;
  beforeEach(() => {
    // Validation must never download a schema: fail loudly if anything tries.
    fetchSpy = jest.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('network used'));
  });
  afterEach(() => fetchSpy.mockRestore());

  it(
    'validates against its bundled schema once filled, offline',
    async () => {
      await expect(validateManifest(filledManifest())).resolves.toEqual([]);
      expect(fetchSpy).not.toHaveBeenCalled();
    },
    SCHEMA_TIMEOUT_MS,
  );

  it('declares one bot in personal, team and group chat scopes, without files', () => {
    const manifest = filledManifest();
    expect(manifest.manifestVersion).toBe('1.24');
    expect(manifest.bots).toHaveLength(1);
    expect(manifest.bots[0]!).toMatchObject({ scopes: ['personal', 'team', 'groupChat'], supportsFiles: false });
    expect(manifest.permissions).toEqual(['identity', 'messageTeamMembers']);
    expect(manifest.name.short).toBe('License Desk');
    expect(`${manifest.description.short} ${manifest.description.full}`).toMatch(/Swedish/);
  });

  it('offers the same five commands in each scope, within the command menu limits', () => {
    const lists = filledManifest().bots[0]!.commandLists;
    expect(lists.map((l) => l.scopes)).toEqual([['personal'], ['team'], ['groupChat']]);
    for (const list of lists) {
      expect(list.commands.map((c) => c.title)).toEqual([
        'help',
        'remove E3 from Anna and Bo',
        'what licenses does Anna have?',
        'who has Visio?',
        'how many E3 are free?',
      ]);
      expect(list.commands[0]!.description).toBe('Show what I can do / Visa vad jag kan göra');
      for (const command of list.commands) {
        expect(command.title.length).toBeLessThanOrEqual(COMMAND_TITLE_MAX);
        expect(command.description.length).toBeLessThanOrEqual(COMMAND_DESCRIPTION_MAX);
      }
    }
  });
});

describe('validateManifest on broken manifests', () => {
  it(
    'lists every schema error: missing botId, bad id, long short description, unknown property',
    async () => {
      const manifest = filledManifest();
      delete manifest.bots[0]!.botId;
      manifest.id = 'not-a-guid';
      manifest.description.short = 'x'.repeat(81);
      manifest.bots[0]!.supportsTelepathy = true;
      const errors = await validateManifest(manifest);
      expect(errors).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^\/bots\/0 must have required property 'botId'/),
          expect.stringMatching(/^\/id must match pattern/),
          expect.stringMatching(/^\/description\/short must NOT have more than 80 characters/),
          expect.stringMatching(/^\/bots\/0 must NOT have additional properties.*supportsTelepathy/),
        ]),
      );
    },
    SCHEMA_TIMEOUT_MS,
  );

  it(
    'adds its own rules: command menu limits (stricter than the schema) and a $schema matching manifestVersion',
    async () => {
      const manifest = filledManifest();
      manifest.bots[0]!.commandLists[1]!.commands[2]!.title = 't'.repeat(33);
      manifest.bots[0]!.commandLists[2]!.commands[0]!.description = 'd'.repeat(129);
      manifest.$schema = 'https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json';
      await expect(validateManifest(manifest)).resolves.toEqual([
        '/$schema must be https://developer.microsoft.com/json-schemas/teams/v1.24/MicrosoftTeams.schema.json to match manifestVersion 1.24',
        '/bots/0/commandLists/1/commands/2/title must NOT have more than 32 characters',
        '/bots/0/commandLists/2/commands/0/description must NOT have more than 128 characters',
      ]);
    },
    SCHEMA_TIMEOUT_MS,
  );

  it.each([
    ['a version with no bundled schema', { manifestVersion: '1.99' }, /no schema bundled/],
    ['a version that is not a string', { manifestVersion: 1.24 }, /manifestVersion must be a string/],
    ['a path-like version', { manifestVersion: '../../x' }, /no schema bundled/],
  ])('reports %s without throwing', async (_label, manifest, pattern) => {
    const errors = await validateManifest(manifest);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(pattern);
  });

  it('reports a value that is not an object', async () => {
    await expect(validateManifest([])).resolves.toEqual(['manifest must be a JSON object']);
    await expect(validateManifest(null)).resolves.toEqual(['manifest must be a JSON object']);
  });
});

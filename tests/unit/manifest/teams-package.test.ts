import './strip-bom-mock';
import { crc32 } from 'node:zlib';
import { buildTeamsPackage, isSettingsProblem } from '../../../bot/manifest/teams-package';
import type { TeamsPackageInput } from '../../../bot/manifest/teams-package';
import { APP_ID, SETTINGS, readTeamsFile, readTemplate } from './fixtures';
import { readZip } from './zip-reader';

// Schema validation compiles the Teams schema (about a second); allow for a loaded machine.
const SCHEMA_TIMEOUT_MS = 30_000;

function input(overrides: Partial<TeamsPackageInput> = {}): TeamsPackageInput {
  return { template: readTemplate(), env: SETTINGS, readFile: readTeamsFile, ...overrides };
}

describe('buildTeamsPackage', () => {
  it(
    'zips exactly manifest.json, color.png and outline.png at the root, with correct CRCs',
    async () => {
      const result = await buildTeamsPackage(input());
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      const read = readZip(result.value.zip);
      expect(read.map((e) => e.name)).toEqual(['manifest.json', 'color.png', 'outline.png']);
      for (const entry of read) expect(entry.crc).toBe(crc32(entry.data));

      const manifest = JSON.parse(read[0]!.data.toString('utf8')) as { id: string; bots: { botId: string }[] };
      expect(manifest).toEqual(result.value.manifest);
      expect(manifest.id).toBe(APP_ID);
      expect(manifest.bots[0]!.botId).toBe(APP_ID);
      expect(read[1]!.data.equals(readTeamsFile('color.png')!)).toBe(true);
      expect(read[2]!.data.equals(readTeamsFile('outline.png')!)).toBe(true);
    },
    SCHEMA_TIMEOUT_MS,
  );

  it('reports only settings problems when settings are missing, before judging anything else', async () => {
    const result = await buildTeamsPackage(
      input({ env: { BOT_DOMAIN: 'https://x.example.com' }, readFile: () => undefined }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.code, p.setting])).toEqual([
      ['manifest/missing-setting', 'MicrosoftAppId'],
      ['manifest/invalid-setting', 'BOT_DOMAIN'],
    ]);
    expect(result.problems.every(isSettingsProblem)).toBe(true);
  });

  it(
    'reports icons of the wrong size, without transparency, or missing, together with schema errors',
    async () => {
      const template = readTemplate().replace('"supportsFiles": false', '"supportsFiles": "no"');
      const swapped: TeamsPackageInput['readFile'] = (name) =>
        name === 'color.png' ? readTeamsFile('outline.png') : name === 'outline.png' ? undefined : readTeamsFile(name);
      const result = await buildTeamsPackage(input({ template, readFile: swapped }));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems).toEqual([
        {
          code: 'manifest/schema-invalid',
          message: expect.stringMatching(/^\/bots\/0\/supportsFiles must be boolean/),
        },
        { code: 'manifest/icon-invalid', message: 'icons.color: color.png is 32×32, expected 192×192' },
        { code: 'manifest/icon-invalid', message: 'icons.outline: outline.png not found next to manifest.json' },
      ]);
      expect(result.problems.some(isSettingsProblem)).toBe(false);
    },
    SCHEMA_TIMEOUT_MS,
  );

  it(
    'rejects an outline icon without transparency and a file that is not a PNG',
    async () => {
      const opaqueRgb = Buffer.from(readTeamsFile('outline.png')!);
      opaqueRgb[25] = 2; // colour type RGB, no tRNS: the header check needs nothing more
      const readFile: TeamsPackageInput['readFile'] = (name) =>
        name === 'outline.png' ? opaqueRgb : Buffer.from('not a png at all, just some text here');
      const result = await buildTeamsPackage(input({ readFile }));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems.map((p) => p.message)).toEqual([
        'icons.color: color.png is not a PNG',
        'icons.outline: outline.png has no transparency (Teams wants a transparent background)',
      ]);
    },
    SCHEMA_TIMEOUT_MS,
  );
});

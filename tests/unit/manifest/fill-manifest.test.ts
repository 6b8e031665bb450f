import './strip-bom-mock';
import {
  fillManifest,
  isSettingsProblem,
  placeholderNames,
  readPackageSettings,
} from '../../../bot/manifest/teams-package';
import { APP_ID, BOT_DOMAIN, SETTINGS, readTemplate } from './fixtures';

describe('fillManifest', () => {
  it('replaces every placeholder of the real template', () => {
    const template = readTemplate();
    expect(placeholderNames(template)).toEqual(['MicrosoftAppId', 'BOT_DOMAIN']);
    const result = fillManifest(template, SETTINGS);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const text = JSON.stringify(result.value);
    expect(text).not.toContain('${{');
    expect(result.value).toMatchObject({
      id: APP_ID,
      bots: [{ botId: APP_ID }],
      validDomains: [BOT_DOMAIN],
      developer: { websiteUrl: `https://${BOT_DOMAIN}/`, privacyUrl: `https://${BOT_DOMAIN}/privacy` },
    });
  });

  it('accepts spaces inside the braces and repeated placeholders', () => {
    const result = fillManifest('{"a":"${{ X }}","b":"${{X}}-${{Y}}"}', { X: 'x', Y: 'y' });
    expect(result).toEqual({ ok: true, value: { a: 'x', b: 'x-y' } });
  });

  it('inserts values JSON-escaped so they cannot break out of the string', () => {
    const result = fillManifest('{"name":"${{NAME}}"}', { NAME: 'a"b\\c' });
    expect(result).toEqual({ ok: true, value: { name: 'a"b\\c' } });
  });

  it('reports every missing or blank value by name, once each', () => {
    const result = fillManifest('{"a":"${{A}}","b":"${{B}}","c":"${{A}}","d":"${{C}}"}', {
      A: undefined,
      B: '  ',
      C: 'ok',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { code: 'manifest/missing-setting', setting: 'A', message: 'A is not set' },
      { code: 'manifest/missing-setting', setting: 'B', message: 'B is not set' },
    ]);
    expect(result.problems.every(isSettingsProblem)).toBe(true);
  });

  it('reports a template that is not JSON as a template problem, not a settings problem', () => {
    const result = fillManifest('{"a": ${{A}}', { A: 'x' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.code)).toEqual(['manifest/not-json']);
    expect(isSettingsProblem(result.problems[0]!)).toBe(false);
  });
});

describe('readPackageSettings', () => {
  it('accepts a GUID and a host name, trimming and lower-casing the domain', () => {
    expect(readPackageSettings({ MicrosoftAppId: ` ${APP_ID} `, BOT_DOMAIN: 'LicenseDesk.Example.com' })).toEqual({
      ok: true,
      value: { MicrosoftAppId: APP_ID, BOT_DOMAIN: 'licensedesk.example.com' },
    });
  });

  it('names both settings when both are missing or blank', () => {
    const result = readPackageSettings({ MicrosoftAppId: '', BOT_DOMAIN: undefined });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.code, p.setting])).toEqual([
      ['manifest/missing-setting', 'MicrosoftAppId'],
      ['manifest/missing-setting', 'BOT_DOMAIN'],
    ]);
  });

  it.each([
    ['https://licensedesk.example.com', 'not a URL'],
    ['licensedesk.example.com/api', 'not a URL'],
    ['licensedesk.example.com:443', 'no port'],
    ['localhost', 'no port'],
    ['-bad.example.com', 'no port'],
  ])('rejects BOT_DOMAIN %s without echoing it', (domain, hint) => {
    const result = readPackageSettings({ MicrosoftAppId: APP_ID, BOT_DOMAIN: domain });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ code: 'manifest/invalid-setting', setting: 'BOT_DOMAIN' });
    expect(result.problems[0]!.message).toContain(hint);
    expect(result.problems[0]!.message).not.toContain(domain);
  });

  it('rejects an app id that is not a GUID, without echoing it', () => {
    const result = readPackageSettings({ MicrosoftAppId: 'my-secret-ish-id', BOT_DOMAIN });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'manifest/invalid-setting', setting: 'MicrosoftAppId' }),
    ]);
    expect(result.problems[0]!.message).not.toContain('my-secret-ish-id');
  });
});

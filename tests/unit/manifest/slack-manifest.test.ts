// No YAML parser is installed, so the Slack manifest is checked structurally, line by line:
// enough to catch a wrong URL, a missing scope or a broken indentation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './fixtures';

const text = readFileSync(join(REPO_ROOT, 'manifest', 'slack', 'manifest.yml'), 'utf8');
const lines = text.split('\n');

/** The `- item` values of the list under the line `key:` found after `after:` (by indentation). */
function listUnder(after: string, key: string): { value: string; commented: boolean }[] {
  const start = lines.findIndex(
    (l, i) => l.trim() === `${key}:` && lines.slice(0, i).some((p) => p.trim() === `${after}:`),
  );
  if (start < 0) throw new Error(`${after} > ${key} not found`);
  const indent = lines[start]!.search(/\S/);
  const items: { value: string; commented: boolean }[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (line.search(/\S/) <= indent) break;
    const item = /^\s*- (.+)$/.exec(line);
    if (item) items.push({ value: item[1]!.trim(), commented: lines[i - 1]!.trim().startsWith('#') });
  }
  return items;
}

describe('Slack app manifest', () => {
  it('is indented with spaces only, in steps of two', () => {
    for (const line of lines) {
      expect(line).not.toMatch(/^\s*\t/);
      expect(line.search(/\S|$/) % 2).toBe(0);
    }
    for (const key of ['_metadata', 'display_information', 'features', 'oauth_config', 'settings']) {
      expect(lines).toContain(`${key}:`);
    }
  });

  it('declares /license with a description, usage hint and escaping on (mentions arrive as user ids)', () => {
    expect(text).toMatch(/^ {4}- command: \/license$/m);
    expect(text).toMatch(/^ {6}description: \S.+$/m);
    expect(text).toMatch(/^ {6}usage_hint: \S.+$/m);
    expect(text).toMatch(/^ {6}should_escape: true$/m);
  });

  it('sends the slash command, events and interactivity to https://${BOT_DOMAIN}/slack/events', () => {
    const urls = lines.filter((l) => /^\s*(url|request_url):/.test(l)).map((l) => l.split(/:\s+/)[1]);
    expect(urls).toEqual([
      'https://${BOT_DOMAIN}/slack/events',
      'https://${BOT_DOMAIN}/slack/events',
      'https://${BOT_DOMAIN}/slack/events',
    ]);
  });

  it('asks for the least-privilege bot scopes, each with a comment saying why', () => {
    const scopes = listUnder('scopes', 'bot');
    expect(scopes.map((s) => s.value).sort()).toEqual(
      [
        'app_mentions:read',
        'chat:write',
        'commands',
        'im:history',
        'im:write',
        'users:read',
        'users:read.email',
      ].sort(),
    );
    expect(scopes.filter((s) => !s.commented)).toEqual([]);
    expect(text).not.toMatch(/^\s*user:/m); // no user-token scopes
  });

  it('subscribes to DMs and mentions, with the scope each event needs', () => {
    const events = listUnder('event_subscriptions', 'bot_events').map((e) => e.value);
    expect(events.sort()).toEqual(['app_mention', 'message.im']);
    const scopes = listUnder('scopes', 'bot').map((s) => s.value);
    expect(scopes).toEqual(expect.arrayContaining(['app_mentions:read', 'im:history']));
  });

  it('uses HTTP delivery on one workspace, with interactivity on', () => {
    expect(text).toMatch(/^ {2}org_deploy_enabled: false$/m);
    expect(text).toMatch(/^ {2}socket_mode_enabled: false$/m);
    expect(text).toMatch(/^ {4}is_enabled: true$/m);
    expect(text).toMatch(/^ {4}messages_tab_enabled: true$/m);
    expect(text).toMatch(/^ {4}messages_tab_read_only_enabled: false$/m);
  });
});

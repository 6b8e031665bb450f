// Shared inputs for the manifest tests: the real template and icons, and valid settings.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..', '..');
export const TEAMS_DIR = join(REPO_ROOT, 'manifest', 'teams');
export const APP_ID = '3f1c2b7e-1d2a-4c5b-9e8f-0a1b2c3d4e5f';
export const BOT_DOMAIN = 'licensedesk.example.com';
export const SETTINGS = { MicrosoftAppId: APP_ID, BOT_DOMAIN } as const;

export function readTemplate(): string {
  return readFileSync(join(TEAMS_DIR, 'manifest.json'), 'utf8');
}

export function readTeamsFile(name: string): Buffer | undefined {
  const path = join(TEAMS_DIR, name);
  return existsSync(path) ? readFileSync(path) : undefined;
}

import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); `.ci/run` installs it in CI. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Whether the browser suites run: yes with Chromium; without it they are skipped locally (with a
 * reason on stderr) but must fail in CI, where a missing browser is a broken pipeline, not a skip.
 */
export function browserAvailability(): { run: true } | { run: false; reason: string } | { fail: string } {
  if (existsSync(CHROMIUM_PATH)) return { run: true };
  if (process.env.CI === 'true')
    return { fail: `CI=true but ${CHROMIUM_PATH} is missing: .ci/run should have installed Debian's chromium` };
  return { run: false, reason: `${CHROMIUM_PATH} not found (apt-get install chromium)` };
}

/** Headless Chromium with a throwaway profile and nothing that phones home. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * License Desk as a user meets it: the whole bot (tenant simulator, embedded Cosmos, Teams
 * endpoint) behind Microsoft 365 Agents Playground, a Teams-like chat, in headless Chromium.
 * The playground user is the demo tenant's License Administrator (Maria Nilsson).
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startApp, type RunningApp } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { startPlayground, type RunningPlayground } from '../../bot/playground/start-playground';
import { loadDemoTenant } from '../../services/tenant-simulator/demo-tenant';
import { browserAvailability, launchChromium } from './support/chromium';
import { PlaygroundChat } from './support/playground-chat';

const ENTERPRISEPACK = '6fd2c87f-b296-42f0-b197-1e91e994b900';
const TARGETS = ['anna.lindberg@contoso.se', 'bo.ek@contoso.se'];
const SCREENSHOTS = join(__dirname, 'screenshots');
const DOCS_SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');
// Explicit: jest-circus reads only the global testTimeout, not the e2e project's.
const SETUP_MS = 60_000;
const FLOW_MS = 60_000;

const availability = browserAvailability();
if ('run' in availability && !availability.run)
  process.stderr.write(`playground e2e skipped: ${availability.reason}\n`);
const suite = 'run' in availability && !availability.run ? describe.skip : describe;

suite('Agents Playground (Teams-like client in Chromium)', () => {
  let app: RunningApp | undefined;
  let playground: RunningPlayground | undefined;
  let browser: Browser | undefined;
  let chat: PlaygroundChat;

  const hasE3 = (upn: string): boolean => {
    const user = app?.simulator?.state.users.find((u) => u.userPrincipalName === upn);
    if (!user) throw new Error(`${upn} is not in the simulated tenant`);
    return user.assignedLicenses.some((l) => l.skuId === ENTERPRISEPACK);
  };
  const shot = async (name: string) => {
    await chat.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  };

  beforeAll(async () => {
    if ('fail' in availability) throw new Error(availability.fail);
    await mkdir(SCREENSHOTS, { recursive: true });
    // PORT 0: the playground is told the real URL; PLAYGROUND off so only this test starts one.
    const config = loadConfig({ PORT: '0', SIMULATOR_PORT: '0', PLAYGROUND: 'off' });
    const logger = createLogger('silent');
    app = await startApp(config, logger, { tenant: loadDemoTenant(), simulatorOptions: { throttling: false } });
    const t0 = Date.now();
    const started = await startPlayground({
      botEndpoint: `${app.url}/api/messages`,
      port: 0,
      tenant: app.simulator!.state,
      logger,
      startTimeoutMs: 30_000,
    });
    if (!started.ok) throw new Error(`playground did not start: ${started.code}: ${started.message}`);
    playground = started.playground;
    const t1 = Date.now();
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 1800 } });
    chat = new PlaygroundChat(page);
    await chat.open(playground.url);
    process.stderr.write(
      `playground setup: started in ${t1 - t0} ms; browser + welcome card in ${Date.now() - t1} ms\n`,
    );
  }, SETUP_MS);

  afterAll(async () => {
    await browser?.close();
    await playground?.close();
    await app?.close();
  }, SETUP_MS);

  it(
    'confirms, unassigns and undoes a removal from the chat',
    async () => {
      expect(TARGETS.map(hasE3)).toEqual([true, true]);

      let start = Date.now();
      await chat.send('remove E3 from Anna Lindberg and Bo');
      const confirm = chat.cardWith('Unassign licenses').last();
      const toConfirm = await chat.visible(chat.button(confirm, 'Unassign'), start);
      await expect(confirm.innerText()).resolves.toContain('Bo Ek');
      await confirm.scrollIntoViewIfNeeded();
      await shot('1-confirm');
      await confirm.screenshot({ path: join(SCREENSHOTS, 'confirm-card.png') });
      // The details (each family's sentence with its Microsoft source) are one click away.
      await chat.button(confirm, 'Show details').click();
      await chat.visible(
        confirm.getByText('Exchange Online: the mailbox is kept for 30 days', { exact: false }),
        start,
      );
      await confirm.screenshot({ path: join(SCREENSHOTS, 'confirm-details.png') });
      await chat.button(confirm, 'Show details').click();
      // Nothing changes before the click.
      expect(TARGETS.map(hasE3)).toEqual([true, true]);

      start = Date.now();
      await chat.button(confirm, 'Unassign').click();
      const result = chat.cardWith('2 removed').last();
      const toResult = await chat.visible(chat.button(result, 'Undo'), start);
      await shot('2-result');
      await result.screenshot({ path: join(SCREENSHOTS, 'result-card.png') });
      expect(TARGETS.map(hasE3)).toEqual([false, false]);

      start = Date.now();
      await chat.button(result, 'Undo').click();
      const toRestored = await chat.visible(chat.cardWith('2 restored').last(), start);
      await shot('3-restored');
      expect(TARGETS.map(hasE3)).toEqual([true, true]);

      process.stderr.write(
        `playground timings: message -> confirm card ${toConfirm} ms; Unassign click -> result card ${toResult} ms; Undo click -> restored card ${toRestored} ms\n`,
      );
      // Refresh the README's screenshots only when asked: they carry times and dates.
      if (process.env.E2E_UPDATE_DOCS === '1') {
        await mkdir(DOCS_SCREENSHOTS, { recursive: true });
        for (const name of ['confirm-card.png', 'confirm-details.png', 'result-card.png'])
          await copyFile(join(SCREENSHOTS, name), join(DOCS_SCREENSHOTS, name));
      }
    },
    FLOW_MS,
  );

  it(
    '"Licenses and apps" explains a self-service skip and a not-assigned skip, with no checkbox or button for them',
    async () => {
      // Liam O'Brien bought his Power BI Pro himself (self-service) and has no Visio.
      const start = Date.now();
      await chat.send("remove Power BI Pro and Visio from Liam O'Brien");
      const card = chat.cardWith('Licenses and apps').last();
      await chat.visible(card.getByText('self-service', { exact: false }), start);
      const text = await card.innerText();
      expect(text).toContain("Power BI Pro: bought by Liam O'Brien through self-service purchase");
      expect(text).toContain("Visio Plan 2: doesn't have this license");
      expect(text).toContain('There is nothing to unassign.');
      // No instruction about checkboxes, no checkbox for the purchase, no Save changes to press.
      expect(text).not.toContain('Clear the licenses you want to unassign');
      await expect(card.getByRole('checkbox', { name: 'Power BI Pro' }).count()).resolves.toBe(0);
      await expect(chat.button(card, 'Save changes').count()).resolves.toBe(0);
      await card.scrollIntoViewIfNeeded();
      await card.screenshot({ path: join(SCREENSHOTS, 'licenses-and-apps-skips.png') });
      if (process.env.E2E_UPDATE_DOCS === '1') {
        await mkdir(DOCS_SCREENSHOTS, { recursive: true });
        await copyFile(
          join(SCREENSHOTS, 'licenses-and-apps-skips.png'),
          join(DOCS_SCREENSHOTS, 'licenses-and-apps-skips.png'),
        );
      }
    },
    FLOW_MS,
  );
});

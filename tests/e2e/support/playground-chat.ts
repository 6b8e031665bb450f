import type { Locator, Page } from 'playwright-core';

/** How long one UI step may take before the test fails (the bot answers in about a second). */
const STEP_MS = 20_000;

/**
 * The Agents Playground's personal chat, seen the way a user sees it: the message box (a
 * `textbox`, placeholder "Type a message..."), Adaptive Cards (rendered by the adaptivecards
 * library, class `ac-adaptiveCard`) and their buttons by accessible name.
 */
export class PlaygroundChat {
  constructor(readonly page: Page) {}

  /**
   * Opens the playground and waits until the bot's welcome card (sent on install) is shown.
   * Everything off the playground's own origin (Office CDN fonts and animations) is refused:
   * the test stays offline and does not wait on DNS for them.
   */
  async open(url: string): Promise<void> {
    const origin = new URL(url).origin;
    await this.page.route('**/*', (route) =>
      new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient'),
    );
    await this.page.goto(url, { waitUntil: 'domcontentloaded' });
    await this.cardWith('Every removal can be undone').first().waitFor({ timeout: STEP_MS });
  }

  /** Types into the message box and presses Enter, like a user. */
  async send(text: string): Promise<void> {
    const box = this.page.getByRole('textbox');
    await box.click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** The cards that show `text` (newest last). */
  cardWith(text: string): Locator {
    return this.page.locator('.ac-adaptiveCard').filter({ hasText: text });
  }

  /** A card button by its exact name (Adaptive Card actions render as buttons named by their title). */
  button(card: Locator, name: string): Locator {
    return card.getByRole('button', { name, exact: true });
  }

  /** Waits for `locator` to be visible; returns the milliseconds since `since` (from `Date.now()`). */
  async visible(locator: Locator, since: number): Promise<number> {
    await locator.waitFor({ state: 'visible', timeout: STEP_MS });
    return Date.now() - since;
  }
}

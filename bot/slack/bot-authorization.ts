import type { SlackApi } from './slack-api';

/** What Bolt's `authorize` must resolve: the token, and the bot's own ids when known. */
export interface BotAuthorization {
  botToken: string;
  botId?: string;
  botUserId?: string;
}

export interface BotAuthorizationOptions {
  /** Longest an event waits for `auth.test` before it goes on without the ids. */
  timeoutMs?: number;
  /** After a failed or late `auth.test`, how long before an event tries again. */
  retryAfterMs?: number;
  now?: () => number;
}

/**
 * Bolt's `authorize` for a single workspace, without Bolt's own `auth.test` at construction
 * (which, offline, never settles and keeps the process alive). The bot ids are looked up once,
 * on the first event, bounded by `timeoutMs` so the 3-second ack is never at risk, and cached for
 * the process's life (they never change for a token). Until they are known, events carry the
 * token only: Bolt's ignoreSelf then lets the bot's own messages through, and the adapter drops
 * them itself (it ignores every message with a `bot_id` or a subtype).
 */
export class BotAuthorizer {
  private ids: { botId: string | undefined; botUserId: string | undefined } | undefined;
  private pending: Promise<void> | undefined;
  private nextAttemptAt = 0;
  private readonly timeoutMs: number;
  private readonly retryAfterMs: number;
  private readonly now: () => number;

  constructor(
    private readonly api: Pick<SlackApi, 'authTest'>,
    private readonly botToken: string,
    options: BotAuthorizationOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 1000;
    this.retryAfterMs = options.retryAfterMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  /** The function to pass as Bolt's `authorize`. Never rejects. */
  readonly authorize = async (): Promise<BotAuthorization> => {
    // Only the event that starts a look-up waits for it; others meanwhile go on without the ids.
    if (!this.ids && !this.pending && this.now() >= this.nextAttemptAt) {
      this.pending = this.lookUp();
      await this.within(this.pending);
    }
    return { botToken: this.botToken, ...this.known() };
  };

  private known(): { botId?: string; botUserId?: string } {
    return {
      ...(this.ids?.botId ? { botId: this.ids.botId } : {}),
      ...(this.ids?.botUserId ? { botUserId: this.ids.botUserId } : {}),
    };
  }

  /** One `auth.test`; a late answer is still cached when it arrives. */
  private async lookUp(): Promise<void> {
    try {
      this.ids = await this.api.authTest();
    } catch {
      this.nextAttemptAt = this.now() + this.retryAfterMs;
    } finally {
      this.pending = undefined;
    }
  }

  private async within(p: Promise<void>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.timeoutMs);
    });
    try {
      await Promise.race([p, late]);
    } finally {
      clearTimeout(timer);
    }
  }
}

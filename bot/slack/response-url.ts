import type { SlackMessage } from '../../cards/slack/block-kit';

/** Slack accepts at most this many posts to one response_url … */
export const RESPONSE_URL_MAX_USES = 5;
/** … within this long after the interaction. */
export const RESPONSE_URL_LIFETIME_MS = 30 * 60_000;

/** How a post places its message: a new ephemeral one, or in place of the one clicked. */
export type ResponseMode = 'new-ephemeral' | 'replace';

export interface ResponseUrlOptions {
  now?: () => number;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** Slack answers `ok` as text, or JSON `{ ok: false, error }` for a refused post. */
function refused(body: string): boolean {
  if (!body.trimStart().startsWith('{')) return false;
  try {
    return (JSON.parse(body) as { ok?: unknown }).ok === false;
  } catch {
    return false;
  }
}

/**
 * One interaction's `response_url`, with its budget: 5 posts within 30 minutes of the
 * interaction. Callers ask `remaining` before spending a post they could do without (progress);
 * `post` resolves `false` when the budget is spent or Slack refuses, never rejects.
 */
export class ResponseUrl {
  private used = 0;
  private readonly createdAt: number;
  private readonly now: () => number;
  private readonly timeoutMs: number;
  private readonly fetchFn: typeof fetch;

  constructor(
    private readonly url: string,
    options: ResponseUrlOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.createdAt = this.now();
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.fetchFn = options.fetch ?? fetch;
  }

  /** Posts left; 0 once the URL has expired. */
  get remaining(): number {
    if (this.now() - this.createdAt >= RESPONSE_URL_LIFETIME_MS) return 0;
    return Math.max(0, RESPONSE_URL_MAX_USES - this.used);
  }

  async post(message: SlackMessage, mode: ResponseMode): Promise<boolean> {
    if (this.remaining === 0) return false;
    this.used += 1;
    const body =
      mode === 'replace'
        ? { replace_original: true, text: message.text, blocks: message.blocks }
        : { response_type: 'ephemeral', replace_original: false, text: message.text, blocks: message.blocks };
    try {
      const res = await this.fetchFn(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      return res.ok && !refused(await res.text());
    } catch {
      return false;
    }
  }
}

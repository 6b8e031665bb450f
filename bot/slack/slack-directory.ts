import { LRUCache } from 'lru-cache';
import type { Locale } from '../../cards/views';
import type { LicenseGraph } from '../../services/graph/license-graph';
import type { Mention } from '../language/parsed-request';
import type { SlackApi } from './slack-api';
import { mentionsIn } from './slack-text';

/**
 * Who a Slack user is in Entra. `entraUserId` is absent when the Slack profile has no email or
 * no Entra user has it as `mail` or `userPrincipalName`; `email` says what was looked for.
 */
export interface SlackIdentity {
  slackUserId: string;
  email: string | undefined;
  entraUserId: string | undefined;
  displayName: string;
  /** 'sv' when the Slack locale says Swedish; otherwise the core detects from the text. */
  locale: Locale | undefined;
}

export interface SlackDirectoryOptions {
  /** How long an identity is reused; a changed profile email is seen after at most this long. */
  ttlMs?: number;
  /** Identities kept; the least recently used go first. */
  maxEntries?: number;
  now?: () => number;
}

interface CacheEntry {
  at: number;
  identity: Promise<SlackIdentity>;
  value?: SlackIdentity;
}

/** Swedish when the Slack user's locale is (sv-SE, sv-FI …). */
export function slackLocale(locale: string | undefined): Locale | undefined {
  return locale?.toLowerCase().startsWith('sv') ? 'sv' : undefined;
}

/**
 * Maps Slack users to Entra users by the email on their Slack profile (`users.info`, scope
 * users:read.email), matched against `mail` / `userPrincipalName`. Lookups are cached per Slack
 * user id for a few minutes, and concurrent lookups of one user share a single call. A failed
 * lookup is not cached.
 */
export class SlackDirectory {
  // Size-bounded by lru-cache; the age is checked here against the injected clock (tests move it).
  private readonly cache: LRUCache<string, CacheEntry>;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(
    private readonly api: Pick<SlackApi, 'userInfo'>,
    private readonly graph: Pick<LicenseGraph, 'findUsersByAddress'>,
    options: SlackDirectoryOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 5 * 60_000;
    this.cache = new LRUCache({ max: options.maxEntries ?? 1000 });
    this.now = options.now ?? Date.now;
  }

  identify(slackUserId: string): Promise<SlackIdentity> {
    const hit = this.cache.get(slackUserId);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.identity;
    const identity = this.lookUp(slackUserId);
    const entry: CacheEntry = { at: this.now(), identity };
    this.cache.set(slackUserId, entry);
    identity.then(
      (value) => (entry.value = value),
      () => {
        if (this.cache.peek(slackUserId) === entry) this.cache.delete(slackUserId);
      },
    );
    return identity;
  }

  /** The cached locale, without waiting for a lookup (a modal must open within 3 seconds). */
  cachedLocale(slackUserId: string): Locale | undefined {
    return this.cache.peek(slackUserId)?.value?.locale;
  }

  /**
   * The `<@U…>` mentions of a text that map to Entra users, as the core's mentions (placeholder =
   * the exact mention text). Mentions of unknown people are left out: the parser reads them as
   * the name typed after the `|`, or the bare id.
   */
  async mentions(text: string, except?: string): Promise<Mention[]> {
    const found = mentionsIn(text).filter((m) => m.slackUserId !== except);
    const resolved = await Promise.all(
      found.map(async (m) => ({ m, who: await this.identify(m.slackUserId).catch(() => undefined) })),
    );
    return resolved.flatMap(({ m, who }) =>
      who?.entraUserId ? [{ placeholder: m.placeholder, userId: who.entraUserId, displayName: who.displayName }] : [],
    );
  }

  private async lookUp(slackUserId: string): Promise<SlackIdentity> {
    const info = await this.api.userInfo(slackUserId);
    const email = info && !info.isBot ? info.email?.trim() : undefined;
    const base = { slackUserId, email, locale: slackLocale(info?.locale) };
    if (!email) return { ...base, entraUserId: undefined, displayName: info?.name ?? slackUserId };
    const wanted = email.toLowerCase();
    const users = await this.graph.findUsersByAddress([email]);
    const user = users.find((u) => u.mail?.toLowerCase() === wanted || u.userPrincipalName?.toLowerCase() === wanted);
    return {
      ...base,
      entraUserId: user?.id ?? undefined,
      displayName: user?.displayName ?? info?.name ?? email,
    };
  }
}

/**
 * A channel-free test harness for the conversation core, in the spirit of botbuilder's
 * TestAdapter: the real core over the real tenant simulator (HTTP, port 0) and memory stores,
 * with a notifier that records what would have reached people proactively.
 *
 *   await h.chat('maria.nilsson@contoso.se').say('ta bort E3 från Anna Lindberg')
 *     .expectView('confirm-removal').click('confirm').expectView('result');
 *
 * Every step runs in order when the chain is awaited. A click goes to the request of the last
 * view (or the one given), and its follow-up (progress, the result) is run to the end: the
 * chain's "last view" is the final one, `answer` the one shown at once.
 */
import {
  type Core,
  type CoreServices,
  createCore,
  type MessageRef,
  type Notifier,
  runReply,
} from '../../bot/core/core';
import { createLogger } from '../../bot/logger';
import { VERBS, type View } from '../../cards/views';
import { TenantVocabulary } from '../../services/directory/tenant-vocabulary';
import { type HarnessOptions, type LicensingHarness, startLicensingHarness } from './licensing-harness';

export type VerbName = keyof typeof VERBS;

/** What the core sent or updated proactively (approval cards, decisions, expiry notices). */
export interface Delivery {
  kind: 'send' | 'update';
  userId: string;
  view: View;
}

class RecordingNotifier implements Notifier {
  readonly deliveries: Delivery[] = [];
  private next = 0;

  constructor(private readonly reachable: (userId: string) => boolean) {}

  sendToUser(userId: string, view: View): Promise<MessageRef | undefined> {
    if (!this.reachable(userId)) return Promise.resolve(undefined);
    this.deliveries.push({ kind: 'send', userId, view });
    this.next += 1;
    return Promise.resolve({ channel: 'teams', userId, conversation: {}, messageId: `message-${this.next}` });
  }

  update(ref: MessageRef, view: View): Promise<void> {
    this.deliveries.push({ kind: 'update', userId: ref.userId, view });
    return Promise.resolve();
  }
}

export interface CoreHarness {
  lic: LicensingHarness;
  core: Core;
  /** What reached people proactively, in order. */
  deliveries: Delivery[];
  /** A conversation with the core as this user (UPN). */
  chat(upn: string): Chat;
  close(): Promise<void>;
}

export interface CoreHarnessOptions extends HarnessOptions {
  approverGroupId?: string;
  expiryDays?: number;
  /** Who the notifier can reach; default everyone. */
  reachable?: (userId: string) => boolean;
  /** Reclaim settings (RECLAIM_INACTIVE_DAYS, prices); default 90 days, seats only. */
  reclaim?: CoreServices['reclaim'];
  /** NOTIFY_USERS on, with this lead time; default off. */
  notifyUsers?: CoreServices['notifyUsers'];
  /** The tenant time zone (TIME_ZONE); default none (UTC). */
  timeZone?: string;
  /** Understand messages against the tenant's vocabulary (loaded once before the first turn), as the bot does. */
  vocabulary?: boolean;
}

export async function startCoreHarness(options: CoreHarnessOptions = {}): Promise<CoreHarness> {
  const lic = await startLicensingHarness(options);
  const notifier = new RecordingNotifier(options.reachable ?? (() => true));
  const vocabulary = options.vocabulary ? new TenantVocabulary(lic.graph) : undefined;
  await vocabulary?.refresh();
  const core = createCore({
    graph: lic.graph,
    messageGraph: lic.graph,
    removals: lic.removals,
    ...(vocabulary ? { vocabulary } : {}),
    notifier,
    approvals: { expiryDays: options.expiryDays ?? 7, approverGroupId: options.approverGroupId },
    logger: createLogger('silent'),
    defaultLocale: 'en',
    ...(options.reclaim ? { reclaim: options.reclaim } : {}),
    ...(options.notifyUsers ? { notifyUsers: options.notifyUsers } : {}),
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  });
  return {
    lic,
    core,
    deliveries: notifier.deliveries,
    chat: (upn) => new Chat(core, (u) => lic.userId(u), upn),
    close: () => lic.close(),
  };
}

/** The request a view is about, when it is about one. */
export function requestIdOf(view: View | undefined): string | undefined {
  return view && 'requestId' in view && typeof view.requestId === 'string' && view.requestId !== ''
    ? view.requestId
    : undefined;
}

/** A fluent, awaitable conversation: steps queue up and run in order when awaited. */
export class Chat implements PromiseLike<View | undefined> {
  private steps: Promise<void> = Promise.resolve();
  /** The view shown at once by the last turn. */
  answer: View | undefined;
  /** The last turn's final view (after its follow-up, if any). */
  last: View | undefined;

  private userId: string;

  constructor(
    private readonly core: Core,
    private readonly userIdOf: (upn: string) => string,
    upn: string,
  ) {
    this.userId = userIdOf(upn);
  }

  private step(run: () => Promise<void>): this {
    this.steps = this.steps.then(run);
    return this;
  }

  private async show(reply: Awaited<ReturnType<Core['message']>>): Promise<void> {
    this.answer = reply.view;
    this.last = await runReply(reply, () => Promise.resolve());
  }

  say(text: string): this {
    return this.step(async () => this.show(await this.core.message({ channel: 'teams', userId: this.userId, text })));
  }

  /** Clicks `verb` on the last view's request (or `requestId`), with card inputs. */
  click(verb: VerbName, inputs: Record<string, string> = {}, requestId?: string): this {
    return this.step(async () => {
      const id = requestId ?? requestIdOf(this.last);
      if (!id) throw new Error(`click ${verb}: the last view (${this.last?.kind}) is about no request`);
      await this.show(
        await this.core.action({ channel: 'teams', userId: this.userId, verb: VERBS[verb], requestId: id, inputs }),
      );
    });
  }

  /** Any verb string as a payload could carry it (forged or unknown verbs). */
  clickRaw(verb: string, requestId: string, inputs: Record<string, string> = {}): this {
    return this.step(async () =>
      this.show(await this.core.action({ channel: 'teams', userId: this.userId, verb, requestId, inputs })),
    );
  }

  /** Later steps are taken by another user (UPN), on the same views: someone else's click. */
  as(upn: string): this {
    return this.step(() => {
      this.userId = this.userIdOf(upn);
      return Promise.resolve();
    });
  }

  /** The last (final) view is of this kind; `check` looks further. */
  expectView(kind: View['kind'], check?: (view: View) => void): this {
    return this.step(() => {
      expect(this.last?.kind).toBe(kind);
      if (this.last) check?.(this.last);
      return Promise.resolve();
    });
  }

  /** The last view is this notice (`already-handled`, `not-your-request` …). */
  expectNotice(code: string): this {
    return this.step(() => {
      expect(this.last).toMatchObject({ kind: 'notice', code });
      return Promise.resolve();
    });
  }

  then<A = View | undefined, B = never>(
    onFulfilled?: ((value: View | undefined) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): PromiseLike<A | B> {
    return this.steps.then(() => this.last).then(onFulfilled, onRejected);
  }
}

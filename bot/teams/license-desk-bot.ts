import {
  type Activity,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  CardFactory,
  type ConversationReference,
  MessageFactory,
  TeamsActivityHandler,
  TurnContext,
} from 'botbuilder';
import { buildCard } from '../../cards/adaptive/build-card';
import { cardResponse, errorResponse } from '../../cards/adaptive/invoke-response';
import type { View } from '../../cards/views';
import type { Services } from '../connect-services';
import { conversationRecordId } from '../conversation-record';
import { type Core, type CoreReply, runReply } from '../core/core';
import type { JobRunner } from '../job-runner';
import type { Logger } from '../logger';
import { RecentWrites } from '../recent-writes';
import { isAddressedToBot, peopleMentions, teamsLocale, textWithoutBotMention } from './teams-turn';

/** Cards sent outside the turn that caused them: updates of a card sent earlier, and new ones. */
export interface ProactiveCards {
  update(reference: Partial<ConversationReference>, activityId: string, view: View): Promise<void>;
  send(reference: Partial<ConversationReference>, view: View): Promise<void>;
}

/** How often an unchanged conversation reference is written again (`updatedAt`: when the user was last seen). */
const REFERENCE_REFRESH_MS = 60 * 60_000;

/** An answer ready sooner than this needs no typing indicator (and saves a connector call per turn). */
const TYPING_AFTER_MS = 400;

/**
 * Shows "typing…" only when the answer takes a while. `stop` cancels it or waits for the one
 * already sent, so nothing is sent through the context after its turn has ended.
 */
function typingIfSlow(context: TurnContext): { stop(): Promise<void> } {
  let sending: Promise<unknown> | undefined;
  const timer = setTimeout(() => {
    sending = context.sendActivity({ type: 'typing' }).catch(() => undefined);
  }, TYPING_AFTER_MS);
  return {
    stop: async () => {
      clearTimeout(timer);
      await sending;
    },
  };
}

/** Only requests show buttons; the requester's Teams id gets the live (refreshed) version in group chats. */
function cardFor(view: View, activity: Activity): ReturnType<typeof buildCard> {
  const personal = (activity.conversation.conversationType ?? 'personal') === 'personal';
  return buildCard(view, personal ? {} : { refreshUserIds: [activity.from.id] });
}

/**
 * The Teams channel: translates activities to core turns and views to Adaptive Cards.
 * Identity is `from.aadObjectId`, never a name in the text or a field in a card payload.
 */
export class LicenseDeskBot extends TeamsActivityHandler {
  /** Conversation references already stored: one Cosmos write per user and hour, not per message. */
  private readonly written = new RecentWrites({ refreshMs: REFERENCE_REFRESH_MS, maxEntries: 10_000 });

  constructor(
    private readonly core: Core,
    private readonly services: Pick<Services, 'conversations' | 'tenantId'>,
    private readonly jobs: JobRunner,
    private readonly cards: ProactiveCards,
    private readonly logger: Logger,
  ) {
    super();
    this.onMessage(async (context, next) => {
      await this.answerMessage(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
    // Teams sends installationUpdate for every scope (personal, group chat, team); welcoming on
    // conversationUpdate's membersAdded as well would greet twice.
  }

  private async remember(context: TurnContext): Promise<void> {
    const userId = context.activity.from.aadObjectId;
    if (!userId) return;
    // Only personal chats are used to reach someone proactively (approval cards go to a 1:1 chat).
    if ((context.activity.conversation.conversationType ?? 'personal') !== 'personal') return;
    const reference = TurnContext.getConversationReference(context.activity) as unknown as Record<string, unknown>;
    // The id of the message being answered changes every turn and is not needed to reach the user.
    const { activityId: _activityId, ...reach } = reference;
    const id = conversationRecordId('teams', userId);
    const serialized = JSON.stringify(reach);
    if (this.written.isUnchanged(id, serialized)) return;
    try {
      await this.services.conversations.upsert({
        id,
        tenantId: this.services.tenantId,
        channel: 'teams',
        userId,
        reference,
        updatedAt: new Date().toISOString(),
      });
      this.written.wrote(id, serialized);
    } catch (e) {
      this.logger.warn({ err: e }, 'could not store conversation reference');
    }
  }

  private async welcome(context: TurnContext): Promise<void> {
    await this.remember(context);
    const view = await this.core.welcome(context.activity.from.aadObjectId, teamsLocale(context.activity));
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(buildCard(view))));
  }

  private async answerMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (!isAddressedToBot(activity)) return;
    await this.remember(context);
    const userId = activity.from.aadObjectId;
    const locale = teamsLocale(activity);
    if (!userId) {
      const view = this.core.unknownRequester(locale ?? this.core.defaultLocale);
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(buildCard(view))));
      return;
    }
    const typing = typingIfSlow(context);
    let reply: CoreReply;
    try {
      reply = await this.core.message({
        channel: 'teams',
        userId,
        text: textWithoutBotMention(activity),
        mentions: await peopleMentions(context),
        ...(locale ? { locale } : {}),
      });
    } finally {
      await typing.stop();
    }
    const sent = await context.sendActivity(
      MessageFactory.attachment(CardFactory.adaptiveCard(cardFor(reply.view, activity))),
    );
    this.follow(context, sent?.id, reply);
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const activity = context.activity;
    const userId = activity.from.aadObjectId;
    if (!userId) return errorResponse(401, 'unknown-user', 'The sender has no Entra identity.');
    const action = invokeValue.action;
    const data = action.data ?? {};
    // Only the verb, the request id and input values are read from the payload.
    const inputs = Object.fromEntries(
      Object.entries(data).flatMap(([k, v]) =>
        k !== 'requestId' && (typeof v === 'string' || typeof v === 'boolean') ? [[k, String(v)]] : [],
      ),
    );
    const locale = teamsLocale(activity);
    const reply = await this.core.action({
      channel: 'teams',
      userId,
      verb: action.verb ?? '',
      requestId: typeof data.requestId === 'string' ? data.requestId : '',
      inputs,
      ...(locale ? { locale } : {}),
    });
    this.follow(context, activity.replyToId, reply);
    return cardResponse(cardFor(reply.view, activity)) as unknown as AdaptiveCardInvokeResponse;
  }

  /**
   * Runs the reply's follow-up after the turn (the answer went out with it), updating the card in
   * place as it progresses. Without a card to update (an invoke without `replyToId`) the work runs
   * all the same and its final view arrives as a new message in the conversation.
   */
  private follow(context: TurnContext, activityId: string | undefined, reply: CoreReply): void {
    if (!reply.followUp) return;
    const reference = TurnContext.getConversationReference(context.activity);
    this.jobs.run('teams-follow-up', async () => {
      await runReply(reply, async (view, phase) => {
        if (phase === 'answer') return;
        if (activityId) await this.cards.update(reference, activityId, view);
        else if (phase === 'final') await this.cards.send(reference, view);
      });
    });
  }
}
